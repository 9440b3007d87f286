using Board.Core.Minutes;
using Board.Core.Composition;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Boards;

/// <summary>Loads and saves a board's constitution: its rules and its seat types.</summary>
public sealed class ConstitutionStore(BoardDatabase database)
{
    public async Task<Constitution?> LoadAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var rules = await connection.QuerySingleOrDefaultAsync<RulesRow>(
            """
            SELECT quorum_min_voting_present AS MinimumVotingMembersPresent,
                   quorum_min_reps_present   AS MinimumRepsPresent,
                   majority_rule             AS Majority,
                   tie_rule                  AS Tie,
                   co_chair_seat_codes       AS CoChairSeatCodes,
                   casting_vote_seat_code    AS CastingVoteSeatCode
            FROM constitutions WHERE board_id = @boardId
            """, new { boardId });
        if (rules is null)
            return null;
        var seats = await connection.QueryAsync<SeatRow>(
            """
            SELECT code AS Code, name AS Name, seats AS Seats, votes AS Votes, counts_as_rep AS CountsAsRep
            FROM seat_types WHERE board_id = @boardId ORDER BY sort_order, code
            """, new { boardId });
        return new Constitution(
            seats.Select(s => new SeatType(s.Code, s.Name, (int)s.Seats, s.Votes, s.CountsAsRep)).ToList(),
            new QuorumRule((int)rules.MinimumVotingMembersPresent, (int)rules.MinimumRepsPresent),
            Enum.Parse<MajorityRule>(rules.Majority),
            Enum.Parse<TieRule>(rules.Tie),
            rules.CoChairSeatCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            rules.CastingVoteSeatCode);
    }

    /// <summary>Saves the rules and seat types together. Seat types in use by a membership cannot be removed (the foreign key refuses).</summary>
    public async Task SaveAsync(long boardId, Constitution constitution)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO constitutions (board_id, quorum_min_voting_present, quorum_min_reps_present, majority_rule, tie_rule, co_chair_seat_codes, casting_vote_seat_code)
            VALUES (@boardId, @MinimumVotingMembersPresent, @MinimumRepsPresent, @Majority, @Tie, @CoChairSeatCodes, @CastingVoteSeatCode)
            ON CONFLICT (board_id) DO UPDATE SET
                quorum_min_voting_present = excluded.quorum_min_voting_present,
                quorum_min_reps_present = excluded.quorum_min_reps_present,
                majority_rule = excluded.majority_rule,
                tie_rule = excluded.tie_rule,
                co_chair_seat_codes = excluded.co_chair_seat_codes,
                casting_vote_seat_code = excluded.casting_vote_seat_code
            """,
            new
            {
                boardId,
                constitution.Quorum.MinimumVotingMembersPresent,
                constitution.Quorum.MinimumRepsPresent,
                Majority = constitution.Majority.ToString(),
                Tie = constitution.Tie.ToString(),
                CoChairSeatCodes = string.Join(',', constitution.CoChairSeatCodes),
                constitution.CastingVoteSeatCode,
            }, transaction);

        var order = 0;
        foreach (var seat in constitution.SeatTypes)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO seat_types (board_id, code, name, seats, votes, counts_as_rep, sort_order)
                VALUES (@boardId, @Code, @Name, @Seats, @Votes, @CountsAsRep, @order)
                ON CONFLICT (board_id, code) DO UPDATE SET
                    name = excluded.name, seats = excluded.seats, votes = excluded.votes,
                    counts_as_rep = excluded.counts_as_rep, sort_order = excluded.sort_order
                """,
                new { boardId, seat.Code, seat.Name, seat.Seats, seat.Votes, seat.CountsAsRep, order = order++ }, transaction);
        }
        // Seat types left out of the rules go; the foreign key refuses if a membership still uses one.
        await connection.ExecuteAsync(
            $"DELETE FROM seat_types WHERE board_id = @boardId AND code {connection.NotIn("@codes")}",
            new { boardId, codes = constitution.SeatTypes.Select(s => s.Code).ToArray() }, transaction);
        await transaction.CommitAsync();
    }

    /// <summary>How the board approves its minutes (kept apart from <see cref="Constitution"/>: only the minutes use it).</summary>
    public async Task<MinutesApproval> MinutesApprovalAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var value = await connection.ExecuteScalarAsync<string?>("SELECT minutes_approval FROM constitutions WHERE board_id = @boardId", new { boardId });
        return value is null ? MinutesApproval.CoChairsSignOff : Enum.Parse<MinutesApproval>(value);
    }

    public async Task SetMinutesApprovalAsync(long boardId, MinutesApproval approval)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("UPDATE constitutions SET minutes_approval = @approval WHERE board_id = @boardId",
            new { boardId, approval = approval.ToString() });
    }

    private sealed class RulesRow
    {
        public long MinimumVotingMembersPresent { get; init; }
        public long MinimumRepsPresent { get; init; }
        public string Majority { get; init; } = "";
        public string Tie { get; init; } = "";
        public string CoChairSeatCodes { get; init; } = "";
        public string? CastingVoteSeatCode { get; init; }
    }

    private sealed class SeatRow
    {
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public long Seats { get; init; }
        public bool Votes { get; init; }
        public bool CountsAsRep { get; init; }
    }
}

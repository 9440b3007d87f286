using Board.Core.Composition;
using Board.Core.Voting;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Voting;

/// <summary>What the chair or coordinator asks when making a poll.</summary>
public sealed record NewPoll(
    long MeetingId, long? AgendaItemId, string Question, string Picture, BallotSecrecy Secrecy, MajorityRule Majority,
    string? MajorityOverrideReason, int MinimumOpenSeconds, IReadOnlyList<(string Label, OptionMeaning Meaning, string Symbol)> Options,
    long? ApprovesMinutesOf = null, int? ApprovesMinutesVersion = null);

public sealed class PollStore(BoardDatabase database)
{
    private const string SelectPoll =
        """
        SELECT id AS Id, board_id AS BoardId, meeting_id AS MeetingId, agenda_item_id AS AgendaItemId, question AS Question,
               picture AS Picture, secrecy AS Secrecy, majority_rule AS Majority, majority_override_reason AS MajorityOverrideReason,
               minimum_open_seconds AS MinimumOpenSeconds, state AS State, opened_at AS OpenedAt, closed_at AS ClosedAt,
               result_text AS ResultText
        FROM polls
        """;

    public async Task<long> CreateAsync(long boardId, long createdBy, NewPoll poll, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO polls (board_id, meeting_id, agenda_item_id, question, picture, secrecy, majority_rule, majority_override_reason,
                               minimum_open_seconds, state, created_by, created_at, approves_minutes_of, approves_minutes_version)
            VALUES (@boardId, @MeetingId, @AgendaItemId, @Question, @Picture, @secrecy, @majority, @MajorityOverrideReason,
                    @MinimumOpenSeconds, 'Draft', @createdBy, @now, @ApprovesMinutesOf, @ApprovesMinutesVersion)
            RETURNING id
            """,
            new
            {
                boardId,
                createdBy,
                now,
                poll.MeetingId,
                poll.AgendaItemId,
                poll.Question,
                poll.Picture,
                secrecy = poll.Secrecy.ToString(),
                majority = poll.Majority.ToString(),
                poll.MajorityOverrideReason,
                poll.MinimumOpenSeconds,
                poll.ApprovesMinutesOf,
                poll.ApprovesMinutesVersion
            }, transaction);
        var position = 0;
        foreach (var (label, meaning, symbol) in poll.Options)
            await connection.ExecuteAsync(
                "INSERT INTO poll_options (poll_id, position, label, meaning, symbol) VALUES (@id, @position, @label, @meaning, @symbol)",
                new { id, position = position++, label, meaning = meaning.ToString(), symbol }, transaction);
        if (poll.Secrecy == BallotSecrecy.Secret)
        {
            // Every counter exists, at zero, before the first vote: not even the order counters appear in says anything.
            await connection.ExecuteAsync(
                "INSERT INTO secret_counts (poll_id, option_id, votes) SELECT poll_id, id, 0 FROM poll_options WHERE poll_id = @id",
                new { id }, transaction);
        }
        await AuditLog.AppendAsync(connection, transaction, boardId, now, "poll-created", $"poll:{id}", poll.Question);
        await transaction.CommitAsync();
        return id;
    }

    /// <summary>A poll of this board, or null: an id from another board is simply not found.</summary>
    public async Task<Poll?> GetAsync(long boardId, long pollId)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<PollRow>(SelectPoll + " WHERE id = @pollId AND board_id = @boardId", new { boardId, pollId });
        return row is null ? null : row.ToPoll(await OptionsAsync(connection, pollId));
    }

    public async Task<IReadOnlyList<Poll>> ForMeetingAsync(long meetingId)
    {
        await using var connection = await database.OpenAsync();
        var rows = (await connection.QueryAsync<PollRow>(SelectPoll + " WHERE meeting_id = @meetingId ORDER BY id", new { meetingId })).ToList();
        var polls = new List<Poll>();
        foreach (var row in rows)
            polls.Add(row.ToPoll(await OptionsAsync(connection, row.Id)));
        return polls;
    }

    public async Task<string?> ResultTextAsync(long pollId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<string?>("SELECT result_text FROM polls WHERE id = @pollId", new { pollId });
    }

    /// <summary>Opens a draft poll, if no other poll of the meeting is open: one question at a time.</summary>
    public async Task<bool> OpenAsync(long boardId, long pollId, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var opened = await connection.ExecuteAsync(
            """
            UPDATE polls SET state = 'Open', opened_at = @now
            WHERE id = @pollId AND board_id = @boardId AND state = 'Draft'
              AND NOT EXISTS (SELECT 1 FROM polls other WHERE other.meeting_id = polls.meeting_id AND other.state = 'Open')
              -- Only while the meeting is live, checked in the same statement, so a meeting closing now cannot leave it open.
              AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = polls.meeting_id AND m.state = 'Live')
            """, new { boardId, pollId, now }, transaction) == 1;
        if (opened)
            await AuditLog.AppendAsync(connection, transaction, boardId, now, "poll-opened", $"poll:{pollId}", "");
        await transaction.CommitAsync();
        return opened;
    }

    /// <summary>
    /// Closes an open poll with the result <paramref name="decide"/> gives for the final counts. The counts are read
    /// inside the closing transaction, which holds the write lock: no ballot can be committed (and acknowledged)
    /// between counting and closing. Returns the result, or null if the poll was not open. Closing always closes,
    /// whatever the counts say: a tie waiting for the casting vote is closed as such and settled afterwards
    /// (<see cref="SettleTieAsync"/>), so pressing Close never tells anyone anything about an open poll's votes.
    /// </summary>
    /// <param name="eligibleNow">The voting members at the meeting now: hands count only if they fit beside the ballots (<see cref="ShowOfHands"/>).</param>
    /// <param name="logChecked">Told whether the write-ahead log was emptied after a secret poll closed, so the caller can log it.</param>
    public async Task<PollResult?> CloseAsync(long boardId, Poll poll, IReadOnlyCollection<long> eligibleNow, Func<IReadOnlyList<OptionCount>, PollResult> decide,
        DateTimeOffset now, Action<LogCheckpoint>? logChecked = null)
    {
        await using var connection = await database.OpenAsync();
        if (poll.Secrecy == BallotSecrecy.Secret)
            await WriteAheadLog.SecureDeleteAsync(connection);
        await using var transaction = await connection.BeginWriteAsync();
        var state = await connection.ExecuteScalarAsync<string?>(
            "SELECT state FROM polls WHERE id = @Id AND board_id = @boardId", new { poll.Id, boardId }, transaction);
        if (state != nameof(PollState.Open))
            return null;
        var counted = ShowOfHands.AtClose(await BallotStore.BallotCountsAsync(connection, transaction, poll),
            await BallotStore.HandCountsAsync(connection, transaction, poll), await BallotStore.NotYetVotedAsync(connection, transaction, poll.Id, eligibleNow));
        var result = decide(counted.Counts);
        if (!counted.HandsCounted)
        {
            // The hands stay in the audit log (room-count entries); the poll's counts from now on are what it closed with.
            result = result with { Explanation = $"{result.Explanation} {counted.Note}" };
            await connection.ExecuteAsync("DELETE FROM room_counts WHERE poll_id = @Id", new { poll.Id }, transaction);
        }
        await connection.ExecuteAsync(
            "UPDATE polls SET state = 'Closed', closed_at = @now, result_outcome = @outcome, result_text = @text WHERE id = @Id AND state = 'Open'",
            new { poll.Id, now, outcome = result.Outcome.ToString(), text = result.Explanation }, transaction);
        await AuditLog.AppendAsync(connection, transaction, boardId, now, "poll-closed", $"poll:{poll.Id}", $"{result.Explanation} ({CountsText(result)})");
        await transaction.CommitAsync();
        if (poll.Secrecy == BallotSecrecy.Secret)
        {
            // The write-ahead log holds a copy of the counters' page for every ballot's commit, in order. Copy the
            // final pages into the database and empty the log, so the order of the votes is gone with it, and check
            // that it really is empty: a reader holding the database stops it, and the close must say so loudly.
            var checkpoint = await ClearLogAsync(connection, boardId, poll.Id, now);
            logChecked?.Invoke(checkpoint);
        }
        return result;
    }

    /// <summary>
    /// Tries again to empty the write-ahead log, if a secret poll's close could not (the audit report calls this),
    /// and records that it is now empty. Returns null when nothing was waiting.
    /// </summary>
    public async Task<LogCheckpoint?> RetryClearLogAsync(long boardId, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        var waiting = await connection.QueryFirstOrDefaultAsync<string?>(
            "SELECT kind FROM audit_log WHERE board_id = @boardId AND kind IN ('log-not-emptied', 'log-emptied') ORDER BY sequence DESC LIMIT 1", new { boardId });
        if (waiting != "log-not-emptied")
            return null;
        var checkpoint = await WriteAheadLog.TruncateAsync(connection, database.FilePath, attempts: 2);
        if (checkpoint.Truncated)
            await AppendLogEntryAsync(connection, boardId, "log-emptied", "log", checkpoint.Describe(), now);
        return checkpoint;
    }

    /// <summary>Whether a secret poll's close left the write-ahead log holding ballots (the newest record says so).</summary>
    public async Task<string?> LogNotEmptiedAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var last = await connection.QueryFirstOrDefaultAsync<(string Kind, string Details)?>(
            "SELECT kind, details FROM audit_log WHERE board_id = @boardId AND kind IN ('log-not-emptied', 'log-emptied') ORDER BY sequence DESC LIMIT 1", new { boardId });
        return last is { Kind: "log-not-emptied" } entry ? entry.Details : null;
    }

    private async Task<LogCheckpoint> ClearLogAsync(System.Data.Common.DbConnection connection, long boardId, long pollId, DateTimeOffset now)
    {
        var checkpoint = await WriteAheadLog.TruncateAsync(connection, database.FilePath);
        if (!checkpoint.Truncated)
            await AppendLogEntryAsync(connection, boardId, "log-not-emptied", $"poll:{pollId}", checkpoint.Describe(), now);
        return checkpoint;
    }

    // The record goes in the audit log, after the checkpoint: it holds no ballot, so writing it does not undo the emptying.
    private static async Task AppendLogEntryAsync(System.Data.Common.DbConnection connection, long boardId, string kind, string subject, string details, DateTimeOffset now)
    {
        await using var transaction = await connection.BeginWriteAsync();
        await AuditLog.AppendAsync(connection, transaction, boardId, now, kind, subject, details);
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Settles a closed tie with the casting vote: an open act, recorded with the co-chair's name. Only a poll that
    /// closed waiting for it can be settled, once (compare-and-set on the stored outcome). Returns the result, or
    /// null when the poll is not waiting; <paramref name="settle"/> may refuse with a problem.
    /// </summary>
    public async Task<(PollResult? Result, string? Problem)> SettleTieAsync(long boardId, Poll poll, long castingPersonId, string castingPersonName,
        Func<IReadOnlyList<OptionCount>, (PollResult? Result, string? Problem)> settle, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var outcome = await connection.ExecuteScalarAsync<string?>(
            "SELECT result_outcome FROM polls WHERE id = @Id AND board_id = @boardId AND state = 'Closed'", new { poll.Id, boardId }, transaction);
        if (outcome != nameof(Outcome.WaitingForCastingVote))
            return (null, "This vote is not waiting for a casting vote.");
        var (result, problem) = settle(await BallotStore.TallyAsync(connection, transaction, poll));
        if (result is null)
            return (null, problem);
        await connection.ExecuteAsync(
            """
            UPDATE polls SET result_outcome = @outcome, result_text = @text
            WHERE id = @Id AND state = 'Closed' AND result_outcome = 'WaitingForCastingVote'
            """, new { poll.Id, outcome = result.Outcome.ToString(), text = result.Explanation }, transaction);
        await AuditLog.AppendAsync(connection, transaction, boardId, now, "casting-vote", $"poll:{poll.Id} co-chair:{castingPersonId}",
            $"{castingPersonName} gave the casting vote. {result.Explanation} ({CountsText(result)})");
        await transaction.CommitAsync();
        return (result, null);
    }

    /// <summary>The meeting's closed polls still waiting for the casting vote.</summary>
    public async Task<IReadOnlyList<long>> WaitingForCastingVoteAsync(long boardId, long meetingId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<long>(
            "SELECT id FROM polls WHERE board_id = @boardId AND meeting_id = @meetingId AND state = 'Closed' AND result_outcome = 'WaitingForCastingVote' ORDER BY id",
            new { boardId, meetingId })).ToList();
    }

    private static string CountsText(PollResult result) => string.Join(", ", result.Counts.Select(c => $"{c.Option.Label} {c.Votes}"));

    /// <summary>
    /// Records (or recounts) the show of hands: the counts replace those recorded before. Refused, with the reason,
    /// unless the poll is open and the hands fit the members who have not voted another way, checked holding the
    /// write lock so a ballot arriving at the same moment cannot take the same place.
    /// </summary>
    public async Task<string?> RecordRoomCountsAsync(long boardId, long pollId, IReadOnlyDictionary<long, int> votesByOption, IReadOnlyCollection<long> eligibleNow,
        long recordedBy, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var state = await connection.ExecuteScalarAsync<string?>(
            "SELECT state FROM polls WHERE id = @pollId AND board_id = @boardId", new { pollId, boardId }, transaction);
        if (state != nameof(PollState.Open))
            return "Hands can only be counted while the vote is open.";
        var options = (await connection.QueryAsync<long>("SELECT id FROM poll_options WHERE poll_id = @pollId", new { pollId }, transaction)).ToHashSet();
        var hands = votesByOption.Where(v => options.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value);
        if (hands.Values.Any(v => v < 0) || hands.Count != votesByOption.Count)
            return ShowOfHands.Recording(-1, 0).Problem;
        var check = ShowOfHands.Recording(hands.Values.Sum(), await BallotStore.NotYetVotedAsync(connection, transaction, pollId, eligibleNow));
        if (!check.IsAllowed)
            return check.Problem;
        await connection.ExecuteAsync("DELETE FROM room_counts WHERE poll_id = @pollId", new { pollId }, transaction);
        foreach (var (optionId, votes) in hands)
            await connection.ExecuteAsync(
                "INSERT INTO room_counts (poll_id, option_id, votes, recorded_by) VALUES (@pollId, @optionId, @votes, @recordedBy)",
                new { pollId, optionId, votes, recordedBy }, transaction);
        await AuditLog.AppendAsync(connection, transaction, boardId, now, "room-count", $"poll:{pollId}",
            string.Join(", ", hands.Select(v => $"option {v.Key}: {v.Value}")));
        await transaction.CommitAsync();
        return null;
    }

    private static async Task<IReadOnlyList<PollOption>> OptionsAsync(System.Data.Common.DbConnection connection, long pollId)
    {
        var rows = await connection.QueryAsync<(long Id, string Label, string Meaning, string Symbol)>(
            "SELECT id, label, meaning, symbol FROM poll_options WHERE poll_id = @pollId ORDER BY position", new { pollId });
        return rows.Select(r => new PollOption(r.Id, r.Label, Enum.Parse<OptionMeaning>(r.Meaning), r.Symbol)).ToList();
    }

    private sealed class PollRow
    {
        public long Id { get; init; }
        public long BoardId { get; init; }
        public long MeetingId { get; init; }
        public long? AgendaItemId { get; init; }
        public string Question { get; init; } = "";
        public string Picture { get; init; } = "";
        public string Secrecy { get; init; } = "";
        public string Majority { get; init; } = "";
        public string? MajorityOverrideReason { get; init; }
        public int MinimumOpenSeconds { get; init; }
        public string State { get; init; } = "";
        public DateTimeOffset? OpenedAt { get; init; }
        public DateTimeOffset? ClosedAt { get; init; }
        public string? ResultText { get; init; }

        public Poll ToPoll(IReadOnlyList<PollOption> options) => new(Id, BoardId, MeetingId, AgendaItemId, Question, Picture,
            Enum.Parse<BallotSecrecy>(Secrecy), Enum.Parse<MajorityRule>(Majority), MajorityOverrideReason, MinimumOpenSeconds,
            Enum.Parse<PollState>(State), OpenedAt, ClosedAt, options);
    }
}

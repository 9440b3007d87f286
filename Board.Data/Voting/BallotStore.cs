using System.Data.Common;
using Board.Core.Voting;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Voting;

public enum BallotOutcome
{
    /// <summary>The ballot is committed and counts.</summary>
    Counted,

    /// <summary>An open ballot replaced the member's earlier choice; the earlier one stays in the history.</summary>
    Changed,

    /// <summary>The same ballot (same key) arrived again, for example after a dropped connection: nothing new was stored.</summary>
    AlreadyCounted,

    /// <summary>A second, different ballot in a secret poll: refused, secret ballots cannot be changed.</summary>
    AlreadyVoted,

    /// <summary>The poll was not open when the ballot reached the database.</summary>
    PollNotOpen,

    /// <summary>The key belongs to a ballot someone else sent: nothing is said about it.</summary>
    KeyNotYours,

    /// <summary>Every member who could vote is already counted (ballots and hands together): a new ballot would count someone twice.</summary>
    NoPlaceLeft,

    /// <summary>The voter declared an interest in the poll's item and said they will not vote on it (or will leave for it).</summary>
    DeclaredInterest,
}

/// <param name="OptionId">The option that now counts for this member (for open polls), when known.</param>
public sealed record BallotReceipt(BallotOutcome Outcome, long? OptionId)
{
    public bool IsCommitted => Outcome is BallotOutcome.Counted or BallotOutcome.Changed or BallotOutcome.AlreadyCounted;
}

/// <summary>A ballot as cast: for whom, by whom and how.</summary>
public sealed record BallotPaper(long VoterId, long OptionId, CastBy CastBy, long? ActingPersonId, string IdempotencyKey);

/// <summary>
/// Ballots. Each is one transaction holding SQLite's write lock (BEGIN IMMEDIATE): the poll is checked to be open,
/// the one-per-member rule is enforced by the primary key, the audit entry is appended, and only then is it
/// committed, so a ballot is acknowledged only once it is safe on disk, and counted once at most.
/// </summary>
public sealed class BallotStore(BoardDatabase database)
{
    /// <param name="eligibleNow">The voting members at the meeting now: a new ballot must fit beside the hands counted (<see cref="ShowOfHands"/>).</param>
    public async Task<BallotReceipt> CastAsync(Poll poll, BallotPaper paper, IReadOnlyCollection<long> eligibleNow, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        if (poll.Secrecy == BallotSecrecy.Secret)
            await WriteAheadLog.SecureDeleteAsync(connection);
        var receipt = await CastOnAsync(connection, poll, paper, eligibleNow, now);
        if (poll.Secrecy == BallotSecrecy.Secret && receipt.Outcome == BallotOutcome.Counted)
        {
            // Shrinks what a copy of the files taken while the poll is open can show: without this the log keeps the
            // counters as they were after every ballot, in order. Never waits, so ballots are not slowed by a reader;
            // closing the poll makes sure (WriteAheadLog.TruncateAsync).
            await WriteAheadLog.TryTruncateAsync(connection, database.FilePath);
        }
        return receipt;
    }

    private static async Task<BallotReceipt> CastOnAsync(DbConnection connection, Poll poll, BallotPaper paper, IReadOnlyCollection<long> eligibleNow, DateTimeOffset now)
    {
        await using var transaction = await connection.BeginWriteAsync();

        // A key seen before is the same ballot sent again (after a dropped connection): answer as before, even if the
        // poll has closed since or the member changed their choice after it. Never a new ballot. Only the person who
        // sent it, or for whom it was sent, is told so; anyone else holding the key gets a neutral refusal.
        switch (await KeySeenAsync(connection, transaction, poll, paper.VoterId, paper.ActingPersonId ?? paper.VoterId, paper.IdempotencyKey))
        {
            case KeyOwner.Caller:
                return new(BallotOutcome.AlreadyCounted, poll.Secrecy == BallotSecrecy.Open ? await CurrentChoiceAsync(connection, transaction, poll.Id, paper.VoterId) : null);
            case KeyOwner.SomeoneElse:
                return new(BallotOutcome.KeyNotYours, null);
            case KeyOwner.Nobody:
                break;
        }

        var state = await connection.ExecuteScalarAsync<string?>("SELECT state FROM polls WHERE id = @Id", new { poll.Id }, transaction);
        if (state != nameof(PollState.Open))
            return new(BallotOutcome.PollNotOpen, null);
        var votedBefore = await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM poll_voters WHERE poll_id = @pollId AND voter_id = @VoterId)", new { pollId = poll.Id, paper.VoterId }, transaction);
        if (votedBefore && poll.Secrecy == BallotSecrecy.Secret)
            return new(BallotOutcome.AlreadyVoted, null);
        // Checked holding the write lock, as the declaration checks for a ballot: one of the two gets through, never both.
        // A declaration is public, so this refusal tells nobody anything new, in a secret poll too.
        if (await Interests.DeclarationStore.DeclaredNotVotingAsync(connection, transaction, poll.Id, paper.VoterId))
            return new(BallotOutcome.DeclaredInterest, null);
        // Checked here, holding the write lock, so hands recorded a moment ago and this ballot cannot both take the last place.
        if (!votedBefore && !ShowOfHands.NewBallot(await HandsAsync(connection, transaction, poll.Id), await NotYetVotedAsync(connection, transaction, poll.Id, eligibleNow)).IsAllowed)
            return new(BallotOutcome.NoPlaceLeft, null);

        var who = new { pollId = poll.Id, paper.VoterId, paper.OptionId, castBy = paper.CastBy.ToString(), paper.ActingPersonId, paper.IdempotencyKey, now };
        await connection.ExecuteAsync(
            """
            INSERT INTO poll_voters (poll_id, voter_id, cast_by, acting_person_id, idempotency_key)
            VALUES (@pollId, @VoterId, @castBy, @ActingPersonId, @IdempotencyKey)
            ON CONFLICT (poll_id, voter_id) DO UPDATE SET cast_by = excluded.cast_by, acting_person_id = excluded.acting_person_id,
                                                          idempotency_key = excluded.idempotency_key
            """, who, transaction);
        var assisted = (paper.ActingPersonId, paper.CastBy) switch
        {
            ({ } acting, CastBy.SupporterToldInPerson) => $" Cast by person {acting} for them ({paper.CastBy}): the Rep told their supporter in person, as they have no device.",
            ({ } acting, _) => $" Cast by person {acting} for them ({paper.CastBy}).",
            (null, _) => $" Cast by {paper.CastBy}.",
        };
        if (poll.Secrecy == BallotSecrecy.Secret)
        {
            // Only the counters change: no row records this choice, so nothing can point back to the voter.
            await connection.ExecuteAsync(
                // Every counter of the poll is rewritten, the chosen one plus one and the others unchanged: on PostgreSQL each
                // row version carries the id of the transaction that wrote it, and the voter's row carries the same one,
                // so touching only the chosen counter would mark it as this voter's choice (ADR-007).
                "UPDATE secret_counts SET votes = votes + CASE WHEN option_id = @OptionId THEN 1 ELSE 0 END WHERE poll_id = @pollId",
                new { pollId = poll.Id, paper.OptionId }, transaction);
            await AuditLog.AppendAsync(connection, transaction, poll.BoardId, now, "ballot", $"poll:{poll.Id} voter:{paper.VoterId}",
                "Voted in a secret poll." + assisted);
        }
        else
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO open_ballots (poll_id, voter_id, option_id, cast_at, idempotency_key)
                VALUES (@pollId, @VoterId, @OptionId, @now, @IdempotencyKey)
                ON CONFLICT (poll_id, voter_id) DO UPDATE SET option_id = excluded.option_id, cast_at = excluded.cast_at,
                                                              idempotency_key = excluded.idempotency_key
                """, who, transaction);
            await connection.ExecuteAsync(
                """
                INSERT INTO open_ballot_history (poll_id, voter_id, option_id, cast_by, acting_person_id, cast_at, idempotency_key)
                VALUES (@pollId, @VoterId, @OptionId, @castBy, @ActingPersonId, @now, @IdempotencyKey)
                """, who, transaction);
            await AuditLog.AppendAsync(connection, transaction, poll.BoardId, now, "ballot", $"poll:{poll.Id} voter:{paper.VoterId}",
                $"Chose option {paper.OptionId}." + assisted);
        }
        await transaction.CommitAsync();
        return new(votedBefore ? BallotOutcome.Changed : BallotOutcome.Counted, poll.Secrecy == BallotSecrecy.Open ? paper.OptionId : null);
    }

    /// <summary>Votes per option: members' ballots plus any show-of-hands counts recorded in the room.</summary>
    public async Task<IReadOnlyList<OptionCount>> TallyAsync(Poll poll)
    {
        await using var connection = await database.OpenAsync();
        return await TallyAsync(connection, null, poll);
    }

    /// <summary>The tally on the caller's connection, so closing a poll can count inside its own transaction.</summary>
    internal static async Task<IReadOnlyList<OptionCount>> TallyAsync(DbConnection connection, DbTransaction? transaction, Poll poll)
    {
        var ballots = await BallotCountsAsync(connection, transaction, poll);
        var hands = await HandCountsAsync(connection, transaction, poll);
        return ShowOfHands.AtClose(ballots, hands, int.MaxValue).Counts;
    }

    /// <summary>Members' own ballots per option (device, supporter, named in the room), without the hands.</summary>
    internal static async Task<IReadOnlyList<OptionCount>> BallotCountsAsync(DbConnection connection, DbTransaction? transaction, Poll poll)
    {
        var sql = poll.Secrecy == BallotSecrecy.Secret
            ? "SELECT option_id, votes FROM secret_counts WHERE poll_id = @pollId"
            : "SELECT option_id, COUNT(*) AS votes FROM open_ballots WHERE poll_id = @pollId GROUP BY option_id";
        var counted = (await connection.QueryAsync<(long OptionId, int Votes)>(sql, new { pollId = poll.Id }, transaction)).ToDictionary(r => r.OptionId, r => r.Votes);
        return poll.Options.Select(o => new OptionCount(o, counted.GetValueOrDefault(o.Id))).ToList();
    }

    /// <summary>The show of hands recorded in the room, per option.</summary>
    internal static async Task<IReadOnlyList<OptionCount>> HandCountsAsync(DbConnection connection, DbTransaction? transaction, Poll poll)
    {
        var counted = (await connection.QueryAsync<(long OptionId, int Votes)>(
            "SELECT option_id, votes FROM room_counts WHERE poll_id = @pollId", new { pollId = poll.Id }, transaction)).ToDictionary(r => r.OptionId, r => r.Votes);
        return poll.Options.Select(o => new OptionCount(o, counted.GetValueOrDefault(o.Id))).ToList();
    }

    /// <summary>
    /// Whether the hands recorded still fit beside the ballots (nobody counted by hand has left since), so the close can
    /// ask for a recount instead of dropping acknowledged hands. Depends only on hands and attendance, never on a choice.
    /// </summary>
    public async Task<HandsCheck> HandsAtCloseAsync(long pollId, IReadOnlyCollection<long> eligibleNow)
    {
        await using var connection = await database.OpenAsync();
        var hands = await HandsAsync(connection, null, pollId);
        var notYetVoted = await NotYetVotedAsync(connection, null, pollId, eligibleNow);
        return hands <= notYetVoted
            ? new(true, hands, notYetVoted, null)
            : new(false, hands, notYetVoted,
                $"Someone has left since the hands were counted: {hands} hands, but {notYetVoted} members here have not voted another way. Count the hands again, then close the vote.");
    }

    internal static Task<int> HandsAsync(DbConnection connection, DbTransaction? transaction, long pollId) =>
        connection.ExecuteScalarAsync<int>("SELECT COALESCE(SUM(votes), 0) FROM room_counts WHERE poll_id = @pollId", new { pollId }, transaction);

    /// <summary>
    /// Voting members at the meeting now with no ballot of their own in this poll, leaving out those who said they will
    /// not vote on its item (a declaration of interest): their hands cannot count either.
    /// </summary>
    internal static Task<int> NotYetVotedAsync(DbConnection connection, DbTransaction? transaction, long pollId, IReadOnlyCollection<long> eligibleNow) =>
        connection.ExecuteScalarAsync<int>(
            // The list travels as one JSON array (Dapper would spell out a list parameter), unpacked by each engine's own JSON function.
            $"""
            SELECT COUNT(DISTINCT e.value) FROM {(connection.IsPostgres() ? "json_array_elements_text(CAST(@eligible AS json)) e" : "json_each(@eligible) e")}
            WHERE NOT EXISTS (SELECT 1 FROM poll_voters v WHERE v.poll_id = @pollId AND v.voter_id = CAST(e.value AS bigint))
              AND NOT {Interests.DeclarationStore.NotVotingCondition(connection, "CAST(e.value AS bigint)")}
            """, new { pollId, eligible = System.Text.Json.JsonSerializer.Serialize(eligibleNow), actions = Core.Interests.InterestRules.ActionsWithoutVote.ToArray() }, transaction);

    /// <summary>
    /// Whether this exact ballot (same voter, same key) was already counted and <paramref name="callerId"/> sent it or
    /// is the voter it was sent for: a resend, however late. Anyone else holding the key is answered as a stranger.
    /// </summary>
    public async Task<bool> AlreadyCountedAsync(Poll poll, long voterId, long callerId, string idempotencyKey)
    {
        await using var connection = await database.OpenAsync();
        return await KeySeenAsync(connection, null, poll, voterId, callerId, idempotencyKey) == KeyOwner.Caller;
    }

    /// <summary>How many members have voted (not how): what everyone sees while the poll is open.</summary>
    public async Task<int> VotedCountAsync(long pollId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM poll_voters WHERE poll_id = @pollId", new { pollId });
    }

    public async Task<bool> HasVotedAsync(long pollId, long voterId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM poll_voters WHERE poll_id = @pollId AND voter_id = @voterId)", new { pollId, voterId });
    }

    /// <summary>The member's current choice in an open poll (never asked of a secret one: there is no such link).</summary>
    public async Task<long?> OpenChoiceAsync(long pollId, long voterId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long?>(
            "SELECT option_id FROM open_ballots WHERE poll_id = @pollId AND voter_id = @voterId", new { pollId, voterId });
    }

    private enum KeyOwner
    {
        Nobody,
        Caller,
        SomeoneElse,
    }

    /// <summary>Who may hear about a key: the voter, and whoever acted for them with it (a supporter, the coordinator in the room).</summary>
    private static async Task<KeyOwner> KeySeenAsync(DbConnection connection, DbTransaction? transaction, Poll poll, long voterId, long callerId, string key)
    {
        var table = poll.Secrecy == BallotSecrecy.Secret ? "poll_voters" : "open_ballot_history";
        var mine = await connection.QueryAsync<bool>(
            $"""
            SELECT @callerId = voter_id OR acting_person_id IS NOT DISTINCT FROM @callerId FROM {table}
            WHERE poll_id = @pollId AND voter_id = @voterId AND idempotency_key = @key
            """, new { pollId = poll.Id, voterId, callerId, key }, transaction);
        return mine.ToList() switch
        {
            [] => KeyOwner.Nobody,
            var rows when rows.Any(r => r) => KeyOwner.Caller,
            _ => KeyOwner.SomeoneElse,
        };
    }

    private static Task<long?> CurrentChoiceAsync(DbConnection connection, DbTransaction transaction, long pollId, long voterId) =>
        connection.ExecuteScalarAsync<long?>(
            "SELECT option_id FROM open_ballots WHERE poll_id = @pollId AND voter_id = @voterId", new { pollId, voterId }, transaction);
}

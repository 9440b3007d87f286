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
/// Ballots. Each is written inside a write transaction (SQLite's write lock, PostgreSQL's writer lock): the poll is
/// checked to be open, the one-per-member rule is enforced by the primary key, the audit entry is appended, and only
/// once the transaction holding it is committed is the ballot acknowledged, so it is safe on disk and counted once at
/// most. The ballots arriving together share one transaction (<see cref="BallotWriter"/>, ADR-023).
/// </summary>
public sealed class BallotStore(BoardDatabase database) : IAsyncDisposable
{
    private readonly BallotWriter _writer = new(database);

    /// <summary>
    /// Casts the ballot through the one ballot writer (<see cref="BallotWriter"/>), which commits ballots in groups.
    /// The receipt comes only after the commit that holds this ballot.
    /// </summary>
    /// <param name="eligibleNow">The voting members at the meeting now: a new ballot must fit beside the hands counted (<see cref="ShowOfHands"/>).</param>
    public Task<BallotReceipt> CastAsync(Poll poll, BallotPaper paper, IReadOnlyCollection<long> eligibleNow, DateTimeOffset now) =>
        _writer.WriteAsync(new QueuedBallot(poll, paper, eligibleNow, now));

    /// <summary>Takes no more ballots and waits for those already queued to be committed (the app is stopping).</summary>
    public ValueTask DisposeAsync() => _writer.DisposeAsync();

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
        return await BallotWrite.KeySeenAsync(connection, null, poll, voterId, callerId, idempotencyKey) == KeyOwner.Caller;
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
}

using System.Data.Common;
using Board.Core.Voting;
using Dapper;

namespace Board.Data.Voting;

/// <summary>A ballot waiting for the ballot writer, with everything its transaction needs to decide it.</summary>
internal sealed record QueuedBallot(Poll Poll, BallotPaper Paper, IReadOnlyCollection<long> EligibleNow, DateTimeOffset Now);

internal enum KeyOwner
{
    Nobody,
    Caller,
    SomeoneElse,
}

/// <summary>
/// One ballot, decided and written inside a write transaction the caller holds and commits: every rule is checked
/// holding the writer lock, so a ballot written earlier in the same transaction counts as already there.
/// Nothing is written for a ballot that is refused. Each ballot costs two statements, one that reads everything the
/// rules need and one that writes: on PostgreSQL every statement is a round trip, made while holding the writer lock.
/// </summary>
internal static class BallotWrite
{
    /// <param name="audit">The audit log's newest entry in this transaction; the ballot's entry is chained on it.</param>
    public static async Task<(BallotReceipt Receipt, AuditEntry? Audit)> DecideAndWriteAsync(DbConnection connection, DbTransaction transaction, QueuedBallot ballot, AuditEntry? audit)
    {
        var (poll, paper, eligibleNow, now) = ballot;
        var facts = await FactsAsync(connection, transaction, poll, paper);
        // A key seen before is the same ballot sent again (after a dropped connection): answer as before, even if the
        // poll has closed since or the member changed their choice after it. Never a new ballot. Only the person who
        // sent it, or for whom it was sent, is told so; anyone else holding the key gets a neutral refusal.
        if (facts.KeyMine > 0)
            return (new(BallotOutcome.AlreadyCounted, poll.Secrecy == BallotSecrecy.Open ? facts.CurrentChoice : null), audit);
        if (facts.KeyRows > 0)
            return (new(BallotOutcome.KeyNotYours, null), audit);
        if (facts.State != nameof(PollState.Open))
            return (new(BallotOutcome.PollNotOpen, null), audit);
        var votedBefore = facts.VotedBefore > 0;
        if (votedBefore && poll.Secrecy == BallotSecrecy.Secret)
            return (new(BallotOutcome.AlreadyVoted, null), audit);
        // Checked holding the write lock, as the declaration checks for a ballot: one of the two gets through, never both.
        // A declaration is public, so this refusal tells nobody anything new, in a secret poll too.
        if (facts.Declared > 0)
            return (new(BallotOutcome.DeclaredInterest, null), audit);
        // Checked here, holding the write lock, so hands recorded a moment ago and this ballot cannot both take the last place.
        if (!votedBefore && !await FitsBesideHandsAsync(connection, transaction, poll.Id, paper.VoterId, (int)facts.Hands, eligibleNow))
            return (new(BallotOutcome.NoPlaceLeft, null), audit);

        var entry = await WriteAsync(connection, transaction, poll, paper, now, audit);
        return (new(votedBefore ? BallotOutcome.Changed : BallotOutcome.Counted, poll.Secrecy == BallotSecrecy.Open ? paper.OptionId : null), entry);
    }

    /// <summary>What the rules need to know about one ballot, read in one statement.</summary>
    private sealed class BallotFacts
    {
        public string? State { get; init; }
        public long KeyRows { get; init; }
        public long KeyMine { get; init; }
        public long VotedBefore { get; init; }
        public long Declared { get; init; }
        public long Hands { get; init; }
        public long? CurrentChoice { get; init; }
    }

    private static Task<BallotFacts> FactsAsync(DbConnection connection, DbTransaction transaction, Poll poll, BallotPaper paper)
    {
        // The voter, and whoever acted for them with the key (a supporter, the coordinator in the room), may hear about it.
        var keys = poll.Secrecy == BallotSecrecy.Secret ? "poll_voters" : "open_ballot_history";
        return connection.QuerySingleAsync<BallotFacts>(
            $"""
            SELECT
              (SELECT state FROM polls WHERE id = @pollId) AS State,
              (SELECT COUNT(*) FROM {keys} WHERE poll_id = @pollId AND voter_id = @voterId AND idempotency_key = @key) AS KeyRows,
              (SELECT COUNT(*) FROM {keys} WHERE poll_id = @pollId AND voter_id = @voterId AND idempotency_key = @key
                 AND (@callerId = voter_id OR acting_person_id IS NOT DISTINCT FROM @callerId)) AS KeyMine,
              (SELECT COUNT(*) FROM poll_voters WHERE poll_id = @pollId AND voter_id = @voterId) AS VotedBefore,
              (CASE WHEN {Interests.DeclarationStore.NotVotingCondition(connection, "@voterId")} THEN 1 ELSE 0 END) AS Declared,
              (SELECT COALESCE(SUM(votes), 0) FROM room_counts WHERE poll_id = @pollId) AS Hands,
              (SELECT option_id FROM open_ballots WHERE poll_id = @pollId AND voter_id = @voterId) AS CurrentChoice
            """,
            new
            {
                pollId = poll.Id,
                voterId = paper.VoterId,
                key = paper.IdempotencyKey,
                callerId = paper.ActingPersonId ?? paper.VoterId,
                actions = Core.Interests.InterestRules.ActionsWithoutVote.ToArray(),
            }, transaction);
    }

    /// <summary>
    /// Whether a new ballot fits beside the hands counted in the room (<see cref="ShowOfHands.NewBallot"/>). With no
    /// hands recorded and the voter among those here, the voter is someone here who has not voted and has not
    /// declared, so at least one place is left: the count of everyone else, a scan of the whole roll per ballot, is
    /// needed only once hands are recorded.
    /// </summary>
    private static async Task<bool> FitsBesideHandsAsync(DbConnection connection, DbTransaction transaction, long pollId, long voterId, int hands, IReadOnlyCollection<long> eligibleNow)
    {
        if (hands == 0 && eligibleNow.Contains(voterId))
            return true;
        return ShowOfHands.NewBallot(hands, await BallotStore.NotYetVotedAsync(connection, transaction, pollId, eligibleNow)).IsAllowed;
    }

    private const string VoterSql =
        """
        INSERT INTO poll_voters (poll_id, voter_id, cast_by, acting_person_id, idempotency_key)
        VALUES (@pollId, @VoterId, @castBy, @ActingPersonId, @IdempotencyKey)
        ON CONFLICT (poll_id, voter_id) DO UPDATE SET cast_by = excluded.cast_by, acting_person_id = excluded.acting_person_id,
                                                      idempotency_key = excluded.idempotency_key;
        """;

    // Only the counters change: no row records this choice, so nothing can point back to the voter. Every counter of
    // the poll is rewritten, the chosen one plus one and the others unchanged: on PostgreSQL each row version carries
    // the id of the transaction that wrote it, and the voter's row carries the same one, so touching only the chosen
    // counter would mark it as this voter's choice (ADR-007).
    private const string SecretSql =
        "UPDATE secret_counts SET votes = votes + CASE WHEN option_id = @OptionId THEN 1 ELSE 0 END WHERE poll_id = @pollId;";

    private const string OpenSql =
        """
        INSERT INTO open_ballots (poll_id, voter_id, option_id, cast_at, idempotency_key)
        VALUES (@pollId, @VoterId, @OptionId, @now, @IdempotencyKey)
        ON CONFLICT (poll_id, voter_id) DO UPDATE SET option_id = excluded.option_id, cast_at = excluded.cast_at,
                                                      idempotency_key = excluded.idempotency_key;
        INSERT INTO open_ballot_history (poll_id, voter_id, option_id, cast_by, acting_person_id, cast_at, idempotency_key)
        VALUES (@pollId, @VoterId, @OptionId, @castBy, @ActingPersonId, @now, @IdempotencyKey);
        """;

    /// <summary>The ballot's rows and its audit entry, in one command (one round trip). Returns the entry, the log's new newest.</summary>
    private static async Task<AuditEntry> WriteAsync(DbConnection connection, DbTransaction transaction, Poll poll, BallotPaper paper, DateTimeOffset now, AuditEntry? audit)
    {
        var assisted = (paper.ActingPersonId, paper.CastBy) switch
        {
            ({ } acting, CastBy.SupporterToldInPerson) => $" Cast by person {acting} for them ({paper.CastBy}): the Rep told their supporter in person, as they have no device.",
            ({ } acting, _) => $" Cast by person {acting} for them ({paper.CastBy}).",
            (null, _) => $" Cast by {paper.CastBy}.",
        };
        var details = poll.Secrecy == BallotSecrecy.Secret ? "Voted in a secret poll." + assisted : $"Chose option {paper.OptionId}." + assisted;
        var entry = AuditChain.Next(audit, now, "ballot", $"poll:{poll.Id} voter:{paper.VoterId}", details);
        var values = new DynamicParameters(new { pollId = poll.Id, paper.VoterId, paper.OptionId, castBy = paper.CastBy.ToString(), paper.ActingPersonId, paper.IdempotencyKey, now });
        values.AddDynamicParams(AuditLog.ValuesOf(poll.BoardId, entry));
        await connection.ExecuteAsync(VoterSql + (poll.Secrecy == BallotSecrecy.Secret ? SecretSql : OpenSql) + AuditLog.InsertSql, values, transaction);
        return entry;
    }

    /// <summary>Who may hear about a key: the voter, and whoever acted for them with it (a supporter, the coordinator in the room).</summary>
    public static async Task<KeyOwner> KeySeenAsync(DbConnection connection, DbTransaction? transaction, Poll poll, long voterId, long callerId, string key)
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
}

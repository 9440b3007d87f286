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
/// Nothing is written for a ballot that is refused.
/// </summary>
internal static class BallotWrite
{
    public static async Task<BallotReceipt> DecideAndWriteAsync(DbConnection connection, DbTransaction transaction, QueuedBallot ballot)
    {
        var (poll, paper, eligibleNow, now) = ballot;
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
        if (!votedBefore && !await FitsBesideHandsAsync(connection, transaction, poll.Id, paper.VoterId, eligibleNow))
            return new(BallotOutcome.NoPlaceLeft, null);

        await WriteAsync(connection, transaction, poll, paper, now);
        return new(votedBefore ? BallotOutcome.Changed : BallotOutcome.Counted, poll.Secrecy == BallotSecrecy.Open ? paper.OptionId : null);
    }

    /// <summary>
    /// Whether a new ballot fits beside the hands counted in the room (<see cref="ShowOfHands.NewBallot"/>). With no
    /// hands recorded and the voter among those here, the voter is someone here who has not voted and has not
    /// declared, so at least one place is left: the count of everyone else, a scan of the whole roll per ballot, is
    /// needed only once hands are recorded.
    /// </summary>
    private static async Task<bool> FitsBesideHandsAsync(DbConnection connection, DbTransaction transaction, long pollId, long voterId, IReadOnlyCollection<long> eligibleNow)
    {
        var hands = await BallotStore.HandsAsync(connection, transaction, pollId);
        if (hands == 0 && eligibleNow.Contains(voterId))
            return true;
        return ShowOfHands.NewBallot(hands, await BallotStore.NotYetVotedAsync(connection, transaction, pollId, eligibleNow)).IsAllowed;
    }

    private static async Task WriteAsync(DbConnection connection, DbTransaction transaction, Poll poll, BallotPaper paper, DateTimeOffset now)
    {
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
            return;
        }
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

    private static Task<long?> CurrentChoiceAsync(DbConnection connection, DbTransaction transaction, long pollId, long voterId) =>
        connection.ExecuteScalarAsync<long?>(
            "SELECT option_id FROM open_ballots WHERE poll_id = @pollId AND voter_id = @voterId", new { pollId, voterId }, transaction);
}

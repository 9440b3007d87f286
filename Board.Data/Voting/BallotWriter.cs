using System.Threading.Channels;
using Board.Core.Voting;
using Board.Data.Database;

namespace Board.Data.Voting;

/// <summary>
/// The one writer of ballots in this process (ADR-023). Ballots wait in a queue; the writer takes every ballot waiting
/// (up to <see cref="MaxGroup"/>), decides and writes each in turn inside one write transaction, commits once, and only
/// then answers each of them. So a ballot is still acknowledged only after the commit that holds it, but 400 ballots
/// a second cost a few dozen commits instead of 400 writers queueing on the database's write lock.
/// </summary>
/// <remarks>
/// Nothing is lost by a crash: a ballot whose commit did not finish was never acknowledged, and the client sends it
/// again with the same key, which the next transaction recognises (counted once). A ballot whose own statements fail
/// is answered with that failure and the others are written without it; a transaction that cannot begin or commit
/// fails every ballot in it, unacknowledged, for the clients to send again.
/// </remarks>
internal sealed class BallotWriter : IAsyncDisposable
{
    /// <summary>Bounds how long one transaction holds the writer lock (a poll's close waits for it); see performance.md.</summary>
    public const int MaxGroup = 128;

    private readonly Channel<Waiting> _queue = Channel.CreateUnbounded<Waiting>(new UnboundedChannelOptions { SingleReader = true });
    private readonly BoardDatabase _database;
    private readonly Func<IReadOnlyList<QueuedBallot>, Task>? _beforeCommit;
    private readonly Task _loop;

    private sealed record Waiting(QueuedBallot Ballot, TaskCompletionSource<BallotReceipt> Answer);

    /// <param name="beforeCommit">Runs after the group's last ballot and before its commit: a test's stand-in for a crash there.</param>
    public BallotWriter(BoardDatabase database, Func<IReadOnlyList<QueuedBallot>, Task>? beforeCommit = null)
    {
        _database = database;
        _beforeCommit = beforeCommit;
        // Started here, not on the first ballot, so stopping can never miss it; without the first caller's context
        // (its trace, its request), which would otherwise ride along for the life of the process.
        using (ExecutionContext.SuppressFlow())
            _loop = Task.Run(RunAsync);
    }

    public Task<BallotReceipt> WriteAsync(QueuedBallot ballot)
    {
        // Continuations run elsewhere, so the writer's loop never runs a caller's code before the next group.
        var waiting = new Waiting(ballot, new TaskCompletionSource<BallotReceipt>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(waiting))
            throw new InvalidOperationException("The server is stopping, so the vote was not counted. Please send it again.");
        return waiting.Answer.Task;
    }

    private async Task RunAsync()
    {
        var group = new List<Waiting>(MaxGroup);
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var next))
                group.Add(next);
            await WriteGroupAsync(group);
        }
    }

    private async Task WriteGroupAsync(List<Waiting> group)
    {
        while (group.Count > 0)
        {
            var failedAt = -1;
            try
            {
                var receipts = await CommitAsync(group, i => failedAt = i);
                for (var i = 0; i < group.Count; i++)
                    group[i].Answer.TrySetResult(receipts[i]);
            }
            catch (Exception ex) when (failedAt >= 0)
            {
                // This ballot's own statements failed: it hears why, and the rest are written again without it.
                group[failedAt].Answer.TrySetException(ex);
                group.RemoveAt(failedAt);
                continue;
            }
            catch (Exception ex)
            {
                foreach (var waiting in group)
                    waiting.Answer.TrySetException(ex);
                return;
            }
            await EmptyTheLogAfterSecretBallotsAsync(group);
            return;
        }
    }

    private async Task<BallotReceipt[]> CommitAsync(List<Waiting> group, Action<int> deciding)
    {
        await using var connection = await _database.OpenAsync();
        if (group.Any(w => w.Ballot.Poll.Secrecy == BallotSecrecy.Secret))
            await WriteAheadLog.SecureDeleteAsync(connection);
        var receipts = new BallotReceipt[group.Count];
        await using (var transaction = await connection.BeginWriteAsync())
        {
            var audit = await AuditLog.LastAsync(connection, transaction);
            for (var i = 0; i < group.Count; i++)
            {
                deciding(i);
                (receipts[i], audit) = await BallotWrite.DecideAndWriteAsync(connection, transaction, group[i].Ballot, audit);
            }
            deciding(-1);
            if (_beforeCommit is not null)
                await _beforeCommit(group.Select(w => w.Ballot).ToList());
            await transaction.CommitAsync();
        }
        return receipts;
    }

    /// <summary>
    /// Shrinks what a copy of the files taken while the poll is open can show: without this the log keeps the counters
    /// as they were after every commit, in order. Never waits, so ballots are not slowed by a reader; closing the poll
    /// makes sure (WriteAheadLog.TruncateAsync). Runs after the answers, and its failure is no ballot's: they are committed.
    /// </summary>
    private async Task EmptyTheLogAfterSecretBallotsAsync(List<Waiting> group)
    {
        if (_database.IsSqlite && group.Any(w => w.Ballot.Poll.Secrecy == BallotSecrecy.Secret))
        {
            try
            {
                await using var connection = await _database.OpenAsync();
                await WriteAheadLog.TryTruncateAsync(connection, _database.FilePath);
            }
            catch (Exception)
            {
                // Best effort only: the close truncates the log and checks that it did.
            }
        }
    }

    /// <summary>Takes no more ballots, and writes and answers every ballot already queued.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }
}

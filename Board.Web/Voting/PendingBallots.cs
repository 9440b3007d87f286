using System.Security.Cryptography;

namespace Board.Web.Voting;

/// <summary>A supporter's ballot for a Rep, waiting for the Rep to say yes or no on their own device.</summary>
/// <param name="Token">Random, 256 bits: the only way to answer it, and only by the Rep it is for.</param>
/// <param name="Key">The supporter's idempotency key: the ballot is cast with it if the Rep says yes.</param>
public sealed record PendingBallot(
    string Token, long BoardId, long MeetingId, long PollId, long RepId, long SupporterId, string SupporterName, string RepName, Hubs.OptionView Option, string Key);

/// <summary>Where ballots wait for a Rep's answer: this process's memory (one server) or Redis (several, ADR-016).</summary>
public interface IPendingBallots
{
    /// <summary>Holds the ballot, replacing any other waiting for the same Rep in the same poll.</summary>
    Task HoldAsync(PendingBallot ballot);

    /// <summary>Takes the ballot away if, and only if, it is this Rep's in this meeting; anything else finds nothing and changes nothing.</summary>
    Task<PendingBallot?> TakeAsync(string? token, long repId, long meetingId);

    /// <summary>The ballot waiting for this Rep in this poll, taken away (the supporter recorded the Rep's vote another way).</summary>
    Task<PendingBallot?> TakeForAsync(long pollId, long repId);

    Task<PendingBallot?> WaitingForAsync(long pollId, long repId);

    /// <summary>Removes every ballot still waiting in a poll that has closed, and returns them so both people can be told.</summary>
    Task<IReadOnlyList<PendingBallot>> DropPollAsync(long pollId);
}

/// <summary>
/// Ballots a supporter sent for a Rep, held in memory only until the Rep confirms or refuses them (ADR-007): never
/// written to the database, so no copy of the data folder holds a Rep beside a choice they have not made. One per
/// Rep per poll (a new one from the supporter replaces the old); deleted at confirm, at refuse and when the poll closes.
/// A restart loses them: the supporter sends again. One server only: with several, <see cref="ScaleOut.RedisPendingBallots"/>
/// keeps the same rules in Redis, because the Rep's device may be connected to another server than the supporter's.
/// </summary>
public sealed class PendingBallots : IPendingBallots
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, PendingBallot> _byToken = new(StringComparer.Ordinal);
    private readonly Dictionary<(long PollId, long RepId), string> _byRep = [];

    public static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Holds the ballot, replacing any other waiting for the same Rep in the same poll.</summary>
    public void Hold(PendingBallot ballot)
    {
        lock (_lock)
        {
            if (_byRep.Remove((ballot.PollId, ballot.RepId), out var old))
                _byToken.Remove(old);
            _byToken[ballot.Token] = ballot;
            _byRep[(ballot.PollId, ballot.RepId)] = ballot.Token;
        }
    }

    /// <summary>Takes the ballot away if, and only if, it is this Rep's in this meeting; anything else finds nothing and changes nothing.</summary>
    public PendingBallot? Take(string? token, long repId, long meetingId)
    {
        if (string.IsNullOrEmpty(token))
            return null;
        lock (_lock)
        {
            if (!_byToken.TryGetValue(token, out var ballot) || ballot.RepId != repId || ballot.MeetingId != meetingId)
                return null;
            _byToken.Remove(token);
            _byRep.Remove((ballot.PollId, ballot.RepId));
            return ballot;
        }
    }

    /// <summary>The ballot waiting for this Rep in this poll, taken away (the supporter recorded the Rep's vote another way).</summary>
    public PendingBallot? TakeFor(long pollId, long repId)
    {
        lock (_lock)
        {
            if (!_byRep.Remove((pollId, repId), out var token))
                return null;
            _byToken.Remove(token, out var ballot);
            return ballot;
        }
    }

    public PendingBallot? WaitingFor(long pollId, long repId)
    {
        lock (_lock)
            return _byRep.TryGetValue((pollId, repId), out var token) ? _byToken[token] : null;
    }

    /// <summary>Removes every ballot still waiting in a poll that has closed, and returns them so both people can be told.</summary>
    public IReadOnlyList<PendingBallot> DropPoll(long pollId)
    {
        lock (_lock)
        {
            var gone = _byToken.Values.Where(b => b.PollId == pollId).ToList();
            foreach (var ballot in gone)
            {
                _byToken.Remove(ballot.Token);
                _byRep.Remove((ballot.PollId, ballot.RepId));
            }
            return gone;
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
                return _byToken.Count;
        }
    }

    Task IPendingBallots.HoldAsync(PendingBallot ballot)
    {
        Hold(ballot);
        return Task.CompletedTask;
    }

    Task<PendingBallot?> IPendingBallots.TakeAsync(string? token, long repId, long meetingId) => Task.FromResult(Take(token, repId, meetingId));

    Task<PendingBallot?> IPendingBallots.TakeForAsync(long pollId, long repId) => Task.FromResult(TakeFor(pollId, repId));

    Task<PendingBallot?> IPendingBallots.WaitingForAsync(long pollId, long repId) => Task.FromResult(WaitingFor(pollId, repId));

    Task<IReadOnlyList<PendingBallot>> IPendingBallots.DropPollAsync(long pollId) => Task.FromResult(DropPoll(pollId));
}

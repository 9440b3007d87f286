using System.Text.Json;
using Board.Web.Voting;
using StackExchange.Redis;

namespace Board.Web.ScaleOut;

/// <summary>
/// Ballots waiting for a Rep's answer, in Redis, when several app servers run (ADR-016): the supporter's device and the
/// Rep's may be connected to different servers. The rules are <see cref="PendingBallots"/>'s: a random 256-bit token,
/// one per Rep per poll (a new one replaces the old), taken away at yes, no, told-in-person and close. Never in the
/// database (ADR-007); Redis must run without persistence (docs/scale-out.md), so, like a restart of one server, a
/// restart of Redis loses them and the supporter sends again. Each key also expires after
/// <see cref="KeepAtMost"/>, so a poll whose close was never seen (a server killed mid-close) leaves nothing behind.
/// </summary>
/// <remarks>
/// Three keys per ballot: the ballot by token, the token by (poll, Rep), and the poll's set of tokens (for the close).
/// Every change is a Redis transaction guarded by what it read, so two servers never both take the same ballot: only
/// the one whose transaction runs first gets it, as only one caller gets it from the in-memory dictionaries.
/// </remarks>
public sealed class RedisPendingBallots(IConnectionMultiplexer redis, ScaleOutOptions options) : IPendingBallots
{
    public static readonly TimeSpan KeepAtMost = TimeSpan.FromHours(8);
    private const int Tries = 20;

    private IDatabase Db => redis.GetDatabase();

    public async Task HoldAsync(PendingBallot ballot)
    {
        var json = JsonSerializer.Serialize(ballot);
        var byRep = ByRep(ballot.PollId, ballot.RepId);
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            var old = await Db.StringGetAsync(byRep);
            var change = Db.CreateTransaction();
            change.AddCondition(old.IsNull ? Condition.KeyNotExists(byRep) : Condition.StringEqual(byRep, old));
            if (!old.IsNull)
            {
                _ = change.KeyDeleteAsync(ByToken(old!));
                _ = change.SetRemoveAsync(OfPoll(ballot.PollId), old);
            }
            _ = change.StringSetAsync(ByToken(ballot.Token), json, KeepAtMost);
            _ = change.StringSetAsync(byRep, ballot.Token, KeepAtMost);
            _ = change.SetAddAsync(OfPoll(ballot.PollId), ballot.Token);
            _ = change.KeyExpireAsync(OfPoll(ballot.PollId), KeepAtMost);
            if (await change.ExecuteAsync())
                return;
        }
        throw new InvalidOperationException($"Could not hold the ballot for Rep {ballot.RepId} in poll {ballot.PollId}: it kept changing.");
    }

    public async Task<PendingBallot?> TakeAsync(string? token, long repId, long meetingId)
    {
        // A token is 64 hex digits; anything else is not one (and is not worth a round trip).
        if (string.IsNullOrEmpty(token) || token.Length > 64)
            return null;
        var (ballot, json) = await ReadAsync(token);
        if (ballot is null || ballot.RepId != repId || ballot.MeetingId != meetingId)
            return null;
        return await RemoveAsync(ballot, json) ? ballot : null;
    }

    public async Task<PendingBallot?> TakeForAsync(long pollId, long repId)
    {
        var token = await Db.StringGetAsync(ByRep(pollId, repId));
        if (token.IsNull)
            return null;
        var (ballot, json) = await ReadAsync(token!);
        return ballot is not null && await RemoveAsync(ballot, json) ? ballot : null;
    }

    public async Task<PendingBallot?> WaitingForAsync(long pollId, long repId)
    {
        var token = await Db.StringGetAsync(ByRep(pollId, repId));
        return token.IsNull ? null : (await ReadAsync(token!)).Ballot;
    }

    public async Task<IReadOnlyList<PendingBallot>> DropPollAsync(long pollId)
    {
        var gone = new List<PendingBallot>();
        foreach (var token in await Db.SetMembersAsync(OfPoll(pollId)))
        {
            var (ballot, json) = await ReadAsync(token!);
            // Another server closing the same poll at the same moment tells only about the ballots it removed itself.
            if (ballot is not null && await RemoveAsync(ballot, json))
                gone.Add(ballot);
        }
        return gone;
    }

    private async Task<(PendingBallot? Ballot, string Json)> ReadAsync(string token)
    {
        var json = await Db.StringGetAsync(ByToken(token));
        return json.IsNull ? (null, "") : (JsonSerializer.Deserialize<PendingBallot>(json.ToString()), json.ToString());
    }

    /// <summary>Removes the ballot if it is still the one read; false when someone else took or replaced it first.</summary>
    private async Task<bool> RemoveAsync(PendingBallot ballot, string json)
    {
        var change = Db.CreateTransaction();
        change.AddCondition(Condition.StringEqual(ByToken(ballot.Token), json));
        _ = change.KeyDeleteAsync(ByToken(ballot.Token));
        _ = change.KeyDeleteAsync(ByRep(ballot.PollId, ballot.RepId));
        _ = change.SetRemoveAsync(OfPoll(ballot.PollId), ballot.Token);
        return await change.ExecuteAsync();
    }

    private RedisKey ByToken(string token) => $"{options.ChannelPrefix}:pending:token:{token}";

    private RedisKey ByRep(long pollId, long repId) => $"{options.ChannelPrefix}:pending:rep:{pollId}:{repId}";

    private RedisKey OfPoll(long pollId) => $"{options.ChannelPrefix}:pending:poll:{pollId}";
}

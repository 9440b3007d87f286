using System.Globalization;
using Board.Web.Voting;
using StackExchange.Redis;

namespace Board.Web.ScaleOut;

/// <summary>
/// Attendance changed on this server: every server (this one too) forgets its copy of the meeting's roll, so a late
/// arrival can vote at once whichever server their ballot reaches (ADR-016). A message lost on the way costs at most
/// the roll's one second of age, after which it is read again anyway.
/// </summary>
public sealed class RedisRollChanges(IConnectionMultiplexer redis, ScaleOutOptions options) : IRollChanges
{
    public RedisChannel Channel { get; } = RedisChannel.Literal($"{options.ChannelPrefix}:roll-changed");

    public void Changed(long meetingId)
    {
        try
        {
            redis.GetSubscriber().Publish(Channel, meetingId.ToString(CultureInfo.InvariantCulture), CommandFlags.FireAndForget);
        }
        catch (RedisConnectionException)
        {
            // Redis is down (the readiness check says so): the attendance is saved, and the other servers read the
            // roll again within a second anyway.
        }
    }
}

/// <summary>Listens for the other servers' attendance changes and forgets the roll here.</summary>
public sealed class RollChangesListener(IConnectionMultiplexer redis, RedisRollChanges changes, VotingRoll rolls) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().SubscribeAsync(changes.Channel, (_, message) =>
        {
            if (long.TryParse(message.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var meetingId))
                rolls.ForgetHere(meetingId);
        });

    public Task StopAsync(CancellationToken cancellationToken) => redis.GetSubscriber().UnsubscribeAsync(changes.Channel);
}

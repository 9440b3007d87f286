using Board.Web.Operations;
using Board.Web.Voting;
using StackExchange.Redis;

namespace Board.Web.ScaleOut;

public static class ScaleOutServiceCollectionExtensions
{
    /// <summary>
    /// With <c>ConnectionStrings:Redis</c>: the SignalR backplane (a message sent on one server reaches the clients of
    /// every server), ballots waiting for a Rep and the roll's "attendance changed" in Redis, and Redis in the
    /// readiness check. Without it, nothing changes: one server, everything in its memory (ADR-016).
    /// </summary>
    public static IServiceCollection AddBoardScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        var options = ScaleOutOptions.From(configuration);
        services.AddSingleton(options);
        if (!options.UsesRedis)
            return services;

        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(Configuration(options.RedisConnection!)));
        services.AddSignalR().AddStackExchangeRedis(options.RedisConnection!, redis =>
        {
            redis.Configuration.ChannelPrefix = RedisChannel.Literal(options.ChannelPrefix);
            // Start even if Redis is down for a moment; the readiness check says so until it is back.
            redis.Configuration.AbortOnConnectFail = false;
        });
        services.AddSingleton<IPendingBallots, RedisPendingBallots>();
        services.AddSingleton<RedisRollChanges>();
        services.AddSingleton<IRollChanges>(provider => provider.GetRequiredService<RedisRollChanges>());
        services.AddHostedService<RollChangesListener>();
        services.AddHealthChecks().AddRedis(provider => provider.GetRequiredService<IConnectionMultiplexer>(), "redis", tags: [HealthEndpoints.Ready]);
        return services;
    }

    private static ConfigurationOptions Configuration(string connection)
    {
        var configuration = ConfigurationOptions.Parse(connection);
        configuration.AbortOnConnectFail = false;
        return configuration;
    }
}

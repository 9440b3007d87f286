namespace Board.Web.ScaleOut;

/// <summary>
/// Settings for running several app servers (docs/scale-out.md). <c>ConnectionStrings:Redis</c> turns on the SignalR
/// backplane and the shared voting state; <c>Redis:ChannelPrefix</c> keeps two deployments on one Redis apart.
/// </summary>
public sealed record ScaleOutOptions(string? RedisConnection, string ChannelPrefix)
{
    public const string DefaultChannelPrefix = "partnershipboard";

    public bool UsesRedis => RedisConnection is { Length: > 0 };

    public static ScaleOutOptions From(IConfiguration configuration) => new(
        configuration.GetConnectionString("Redis") is { Length: > 0 } redis ? redis : null,
        configuration["Redis:ChannelPrefix"] is { Length: > 0 } prefix ? prefix : DefaultChannelPrefix);
}

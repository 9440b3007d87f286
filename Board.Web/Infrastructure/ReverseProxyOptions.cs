using System.Net;

namespace Board.Web.Infrastructure;

/// <summary>
/// The TLS proxy in front of the app (configuration <c>ReverseProxy:KnownProxies</c>, addresses, and
/// <c>ReverseProxy:KnownNetworks</c>, CIDR ranges). Only requests from these may set X-Forwarded-For/-Proto/-Host, so
/// nobody else can claim to be on HTTPS or to come from another address. Each is a list, or one value with commas.
/// </summary>
public sealed record ReverseProxyOptions(IReadOnlyList<IPAddress> KnownProxies, IReadOnlyList<IPNetwork> KnownNetworks)
{
    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public static ReverseProxyOptions From(IConfiguration configuration)
    {
        var proxies = Values(configuration.GetSection("ReverseProxy:KnownProxies"))
            .Select(text => IPAddress.TryParse(text, out var address)
                ? address
                : throw new InvalidOperationException($"ReverseProxy:KnownProxies has \"{text}\", which is not an IP address."))
            .ToList();
        var networks = Values(configuration.GetSection("ReverseProxy:KnownNetworks"))
            .Select(text => IPNetwork.TryParse(text, out var network)
                ? network
                : throw new InvalidOperationException($"ReverseProxy:KnownNetworks has \"{text}\", which is not a range like 10.0.0.0/8."))
            .ToList();
        return new(proxies, networks);
    }

    private static IEnumerable<string> Values(IConfigurationSection section) =>
        new[] { section.Value }.Concat(section.GetChildren().Select(child => child.Value))
            .SelectMany(value => (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

using System.Net;
using Board.Web.Hubs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Board.Bench;

/// <summary>
/// A bare SignalR hub on its own loopback port, in this same process: no sign-in, no database, the ballot answered at
/// once. The same clients and send pattern against it give the floor that SignalR, JSON and two shared cores cost,
/// so the real run's figures show what integrity (checks, one transaction per ballot, the audit chain) adds.
/// </summary>
internal sealed class EchoHubHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EchoHubHost(WebApplication app, Uri hubUri)
    {
        _app = app;
        HubUri = hubUri;
    }

    public Uri HubUri { get; }

    public static async Task<EchoHubHost> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.MapHub<EchoHub>("/hubs/echo");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EchoHubHost(app, new Uri(address + "/hubs/echo"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Same method name and arguments as <see cref="MeetingHub.CastBallot"/>; the answer is the same shape.</summary>
    private sealed class EchoHub : Hub
    {
        public BallotAck CastBallot(long meetingId, long pollId, long optionId, string idempotencyKey, long? onBehalfOf) =>
            new(true, "Your vote is counted.", pollId, optionId);
    }
}

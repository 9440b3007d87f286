using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Board.Data.Database;

namespace Board.Tests.Web.ScaleOut;

/// <summary>
/// One of several app servers over the same PostgreSQL database and the same Redis (ADR-016): the real app, on
/// PostgreSQL whatever BOARD_TEST_PROVIDER says, with its own data folder, as a second machine would have.
/// </summary>
public sealed class ScaleOutServer : WebApplicationFactory<Program>
{
    private readonly string _postgres;
    private readonly string? _redis;
    private readonly string _channelPrefix;
    private readonly bool _seed;

    public ScaleOutServer(string postgres, string? redis, string channelPrefix, bool seed)
    {
        _seed = seed;
        _postgres = postgres;
        _redis = redis;
        _channelPrefix = channelPrefix;
        DataFolder = Path.Combine(Path.GetTempPath(), "pb-web-tests", Guid.NewGuid().ToString("N"));
    }

    public string DataFolder { get; }

    public BoardDatabase Database => Services.GetRequiredService<BoardDatabase>();

    /// <summary>More services for this server, added before it starts (a frozen clock, say).</summary>
    public List<Action<IServiceCollection>> ExtraServices { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        builder.UseSetting("Storage:Provider", "PostgreSql");
        builder.UseSetting("ConnectionStrings:Board", _postgres);
        if (_redis is not null)
            builder.UseSetting("ConnectionStrings:Redis", _redis);
        builder.UseSetting("Redis:ChannelPrefix", _channelPrefix);
        builder.UseSetting("Demo:Seed", _seed ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.ConfigureServices(services => ExtraServices.ForEach(add => add(services)));
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>A hub connection to this server, signed in with a cookie (which may have come from another server).</summary>
    public async Task<HubConnection> ConnectAsync(string cookieHeader)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, "/hubs/meeting"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => Server.CreateHandler();
                options.Headers["Cookie"] = cookieHeader;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder if something still holds a file.
        }
    }
}

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Bench;

/// <summary>
/// The real app on Kestrel (loopback, any free port) over a fresh SQLite file in its own temporary folder (or the
/// PostgreSQL database named by BOARD_BENCH_POSTGRES), as in production: no demo boards, Production settings,
/// logging at Warning.
/// </summary>
internal sealed class BoardHost : WebApplicationFactory<global::Program>
{
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "pb-bench", Guid.NewGuid().ToString("N"));

    public Uri BaseUri { get; private set; } = null!;

    public void Start()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUri = new Uri(addresses.Addresses.First() + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        // BOARD_BENCH_POSTGRES names an empty PostgreSQL database: the same benchmark then runs on PostgreSQL.
        if (Environment.GetEnvironmentVariable("BOARD_BENCH_POSTGRES") is { Length: > 0 } postgres)
        {
            builder.UseSetting("Storage:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:Board", postgres);
        }
        builder.UseSetting("Demo:Seed", "false");
        // Production asks for the public address; the benchmark's clients are on loopback.
        builder.UseSetting("PublicBaseUrl", "http://127.0.0.1");
        // Every benchmark voter signs in from one address, far faster than any person: the per-address limits are raised.
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("RateLimits:CardPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
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

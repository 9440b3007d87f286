using System.Net;
using Board.Data.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Accounts;

/// <summary>
/// The real app as a council runs it: Production, an empty data folder, the public address and email configured
/// (email to <see cref="SmtpTestServer"/>). Demo:Seed is set to true on purpose: Production must ignore it.
/// </summary>
public sealed class ProductionAppFactory(string dataFolder, int smtpPort, bool emailOn = true) : WebApplicationFactory<Program>
{
    public const string PublicBaseUrl = "https://board.example";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Databases = new();

    public string DataFolder { get; } = dataFolder;

    /// <summary>The PostgreSQL database that goes with a data folder (made empty on first use), when the tests run on PostgreSQL.</summary>
    public static string PostgresDatabaseFor(string dataFolder) =>
        Databases.GetOrAdd(dataFolder, _ => TestEngine.NewEmptyPostgresDatabaseAsync().GetAwaiter().GetResult());

    public BoardDatabase Database => Services.GetRequiredService<BoardDatabase>();

    public static string NewDataFolder() => Path.Combine(Path.GetTempPath(), "pb-prod-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        if (TestEngine.IsPostgres)
        {
            // One database per data folder, so an app restarted on the same folder finds its data again.
            builder.UseSetting("Storage:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:Board", PostgresDatabaseFor(DataFolder));
        }
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (emailOn)
        {
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:Security", "None");
            builder.UseSetting("Smtp:From", "Board <board@council.example>");
            builder.UseSetting("Smtp:PublicBaseUrl", PublicBaseUrl);
        }
    }

    /// <summary>Over https, as behind the council's TLS proxy, so Secure cookies come back too.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://localhost"),
    });

    /// <summary>Signs in through the real form; returns the response (a redirect when it worked).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        await BoardAppFactory.PostFormAsync(client, "/sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>Chooses a password on a set-password link (absolute on the public address; the path is what the test server needs).</summary>
    public static async Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string link, string password, string? confirm = null) =>
        await BoardAppFactory.PostFormAsync(client, new Uri(link).AbsolutePath, new Dictionary<string, string>
        {
            ["Input.Password"] = password,
            ["Input.Confirm"] = confirm ?? password,
        });

    public static void AssertRedirect(HttpResponseMessage response, string because) =>
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), because);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        TestEngine.ClearPools();
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

using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.RegularExpressions;
using Board.Data.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Board.Tests.Web;

/// <summary>
/// The real app over a fresh SQLite file in its own temporary folder, with the real migrations and the demo boards.
/// One per test fixture, so each fixture starts clean.
/// </summary>
public sealed class BoardAppFactory : WebApplicationFactory<Program>
{
    public const string Password = "Partnership-2026";

    public BoardAppFactory()
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "pb-web-tests", Guid.NewGuid().ToString("N"));
        if (TestEngine.IsPostgres)
            PostgresConnectionString = TestEngine.NewPostgresDatabaseAsync().GetAwaiter().GetResult();
    }

    public string DataFolder { get; }

    /// <summary>This app's own PostgreSQL database when the tests run on PostgreSQL; null on SQLite.</summary>
    public string? PostgresConnectionString { get; }

    public BoardDatabase Database => Services.GetRequiredService<BoardDatabase>();

    /// <summary>More settings for this app, set before it starts (the public address, limits).</summary>
    /// <remarks>
    /// Every test client comes from one address, and some tests (the authorization matrix) sign in far more often than
    /// any person: their limits are raised here; the limits' own tests set them back (SignInLockoutTests).
    /// </remarks>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["RateLimits:SignInPerMinute"] = "100000",
        ["RateLimits:CardPerMinute"] = "100000",
        ["RateLimits:PasswordResetPer15Minutes"] = "100000",
        ["RateLimits:UploadsPerMinute"] = "100000",
        ["RateLimits:AgendaPacksPerMinute"] = "100000",
    };

    /// <summary>More services for this app, added before it starts (a log capture, say).</summary>
    public List<Action<IServiceCollection>> ExtraServices { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        if (PostgresConnectionString is not null)
        {
            builder.UseSetting("Storage:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:Board", PostgresConnectionString);
        }
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services => ExtraServices.ForEach(add => add(services)));
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the real sign-in form.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = NewClient();
        var token = await AntiforgeryTokenAsync(client, "/sign-in");
        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"sign-in as {email} failed");
        return client;
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenIn(html);
    }

    public static string TokenIn(string html)
    {
        var match = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.That(match.Success, Is.True, "no antiforgery token on the page");
        return match.Groups[1].Value;
    }

    /// <summary>Posts a form the way a browser would: fetches the page first for its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, IDictionary<string, string> fields, string? handler = null)
    {
        var token = await AntiforgeryTokenAsync(client, path);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        var target = handler is null ? path : $"{path}?handler={handler}";
        return await client.PostAsync(target, new FormUrlEncodedContent(form));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        TestEngine.ClearPools();
        if (PostgresConnectionString is not null)
            TestEngine.DropPostgresDatabase(PostgresConnectionString);
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

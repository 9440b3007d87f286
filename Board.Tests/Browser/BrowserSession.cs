using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Board.Tests.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>
/// Starts the real app on Kestrel (loopback, any free port) and Debian's Chromium through Playwright, once for
/// all browser tests. Playwright never downloads a browser here: it is pointed at the installed one.
/// </summary>
[SetUpFixture]
public sealed class BrowserSession
{
    public static BoardAppFactory App { get; private set; } = null!;
    public static string BaseUrl { get; private set; } = "";
    public static IBrowser Browser { get; private set; } = null!;
    private static IPlaywright? _playwright;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // The port is chosen first, so that the public address (which the hubs' Origin check compares with) is right.
        var port = FreePort();
        App = new BoardAppFactory();
        App.Settings["PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        App.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        App.StartServer();
        var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Keep Chromium off the network: this machine has none beyond loopback.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        App.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A phone: small screen, touch and mobile, so taps are real taps.</summary>
    public static async Task<IPage> NewPhoneAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 375, Height = 740 },
            HasTouch = true,
            IsMobile = true,
            Locale = "en-GB",
        });
        return await context.NewPageAsync();
    }

    public static async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });
        return await context.NewPageAsync();
    }

    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BoardAppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/sign-in"));
    }
}

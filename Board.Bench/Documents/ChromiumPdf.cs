using Microsoft.Playwright;

namespace Board.Bench.Documents;

/// <summary>
/// Headless Chromium (Debian's, through Playwright) with one page kept open, printing to A4 PDFs the way a browser's
/// "Save as PDF" does, with backgrounds.
/// </summary>
internal sealed class ChromiumPdf : IAsyncDisposable
{
    private static readonly PagePdfOptions A4 = new() { Format = "A4", PrintBackground = true };

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;

    private ChromiumPdf(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        _page = page;
        _page.Request += (_, _) => Requests++;
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
                ConsoleErrors.Add(message.Text);
        };
    }

    public string Version => _browser.Version;

    /// <summary>Requests the page has made since it opened (the page itself, CSS, scripts, pictures, fonts).</summary>
    public int Requests { get; private set; }

    public List<string> ConsoleErrors { get; } = [];

    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<ChromiumPdf> StartAsync(string executablePath)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executablePath,
                Headless = true,
                // Off the network: this machine has none beyond loopback.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            // The app runs in Production over plain loopback HTTP, and its Content-Security-Policy says
            // upgrade-insecure-requests outside Development: without bypassing it, Chromium asks for the CSS and pictures
            // over HTTPS, fails, and prints an unstyled page with no pictures, which is not the page people see.
            return new ChromiumPdf(playwright, browser, await browser.NewPageAsync(new BrowserNewPageOptions { BypassCSP = true }));
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Navigates to the page and waits for it to load, with its CSS, scripts and pictures. Throws unless it answers 200.</summary>
    public async Task GotoAsync(Uri url)
    {
        var response = await _page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is not { Status: 200 })
            throw new InvalidOperationException($"{url} answered {response?.Status.ToString() ?? "nothing"}.");
    }

    /// <summary>Replaces the open page's document with <paramref name="html"/> (relative links resolve against the page's address) and waits for it to load.</summary>
    public Task SetContentAsync(string html) => _page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });

    public Task<byte[]> PrintAsync() => _page.PdfAsync(A4);

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

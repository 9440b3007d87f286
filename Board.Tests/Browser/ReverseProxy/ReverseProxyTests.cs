using System.Net;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Meetings;
using Board.Data.Voting;
using Board.Tests.Web;
using Board.Web.Demo;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Board.Tests.Browser.ReverseProxy;

/// <summary>
/// The app as a council runs it (docs/operations.md): Production, on Kestrel on loopback, behind nginx with TLS
/// (docs/nginx/partnershipboard.conf, a self-signed certificate). A Rep signs in over HTTPS and votes over the
/// WebSocket through the proxy: the sign-in cookie is Secure and the hubs' Origin check lets the vote through.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ReverseProxyTests
{
    [Test]
    public async Task BehindNginxWithTls_ARepSignsInAndVotesOverTheWebSocket()
    {
        var appPort = BrowserSession.FreePort();
        var proxyPort = BrowserSession.FreePort();
        using var app = new BoardAppFactory();
        app.Settings["environment"] = "Production";
        app.Settings["Demo:Seed"] = "false";
        app.Settings["PublicBaseUrl"] = $"https://127.0.0.1:{proxyPort}";
        app.Settings["ReverseProxy:KnownProxies"] = "127.0.0.1";
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, appPort));
        app.StartServer();
        await using var proxy = await NginxProxy.StartAsync(proxyPort, appPort);
        var (boardId, meetingId) = await LiveMeetingWithAnOpenPollAsync(app);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserSession.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--ignore-certificate-errors", "--disable-background-networking", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new() { BaseURL = proxy.BaseUrl, IgnoreHTTPSErrors = true, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);

        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync("rep@riverside.example");
        await page.GetByLabel("Password").FillAsync(BoardAppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/sign-in"));
        var signIn = (await context.CookiesAsync()).Single(c => c.Name == "pb.signin");

        await page.GotoAsync($"/boards/{boardId}/meetings/{meetingId}/vote");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Connected.");
        await page.GetByRole(AriaRole.Button, new() { Name = "For", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, send my vote" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your vote is counted." })).ToBeVisibleAsync();

        await using var connection = await app.Database.OpenAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(signIn.Secure, Is.True, "the sign-in cookie must be Secure behind TLS");
            Assert.That(signIn.HttpOnly, Is.True);
            Assert.That(sockets, Has.Some.StartsWith($"wss://127.0.0.1:{proxyPort}/hubs/meeting"), "the vote went over a WebSocket through nginx");
            Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM open_ballots"), Is.EqualTo(1));
        }
    }

    /// <summary>The demo boards (seeded directly: Production never seeds them), a live meeting with the Rep in the room, and an open poll.</summary>
    private static async Task<(long BoardId, long MeetingId)> LiveMeetingWithAnOpenPollAsync(BoardAppFactory app)
    {
        await ActivatorUtilities.CreateInstance<DemoSeeder>(app.Services).SeedAsync();
        var ids = await DemoIds.LoadAsync(app.Database);
        var today = DateTime.Today;
        var meetingId = await app.Services.GetRequiredService<MeetingStore>().CreateAsync(ids.Riverside,
            new MeetingDraft("Meeting behind the proxy", today.AddHours(9), today.AddHours(17), "Room 1", null, null, today.AddDays(-2)));
        await Data.Meetings.MeetingData.MoveToAsync(app.Database, ids.Riverside, meetingId, MeetingState.Live);
        await app.Services.GetRequiredService<AttendanceStore>().MarkAsync(meetingId, ids.RiversideRep, AttendanceMark.InRoom, today.AddHours(9));
        await using var connection = await app.Database.OpenAsync();
        var coordinator = await connection.ExecuteScalarAsync<long>("SELECT person_id FROM accounts WHERE user_name = 'coordinator@riverside.example'");
        var polls = app.Services.GetRequiredService<PollStore>();
        var pollId = await polls.CreateAsync(ids.Riverside, coordinator, new NewPoll(meetingId, null, "Should we meet in the library?", "transport",
            BallotSecrecy.Open, Board.Core.Composition.MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions), DateTimeOffset.UtcNow);
        Assert.That(await polls.OpenAsync(ids.Riverside, pollId, DateTimeOffset.UtcNow), Is.True);
        return (ids.Riverside, meetingId);
    }
}

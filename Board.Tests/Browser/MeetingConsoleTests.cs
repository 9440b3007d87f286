using System.Text.RegularExpressions;
using Board.Core.Meetings;
using Board.Data.Meetings;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>
/// The coordinator runs the day from the meeting console on a phone (issue 13, ADR-012), starting from the home page
/// and moving only by tapping, with the taps counted; quorum reaches the room's screen and the Rep's vote screen live;
/// a Rep checks in by opening the room's QR link and one tap.
/// </summary>
[TestFixture]
public sealed class MeetingConsoleTests
{
    [Test]
    public async Task Coordinator_RunsTheDayFromTheConsole_MarksPeople_SeesQuorumLive_AndConfirmsAClose()
    {
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        var boardPath = $"/boards/{ids.Riverside}";
        var title = $"Console day {Guid.NewGuid():N}"[..20];
        var meetingId = await PublishedTodayAsync(ids.Riverside, title);
        const string question = "Should the board meet in the park?";
        var pollId = await LivePolls.WriteAsync(meetingId, question);
        var (repName, carerName) = (await NameOfAsync("rep@riverside.example"), await NameOfAsync("carer@riverside.example"));

        // The room's screen, and the Rep's vote screen, open before anyone is marked.
        var room = await BrowserSession.NewPageAsync(width: 1280, height: 720);
        await BrowserSession.SignInAsync(room, "coordinator@riverside.example");
        await room.GotoAsync($"{boardPath}/meetings/{meetingId}/projector");
        await Assertions.Expect(room.GetByText("Live", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(room.Locator("#projector-quorum")).ToContainTextAsync("cannot make decisions yet");
        var rep = await BrowserSession.NewPhoneAsync();
        await BrowserSession.SignInAsync(rep, "rep@riverside.example");
        await rep.GotoAsync($"{boardPath}/meetings/{meetingId}/vote");
        await Assertions.Expect(rep.Locator("#vote-quorum")).ToHaveTextAsync("The meeting cannot make decisions yet.");

        // The coordinator, on a phone, from the home page.
        var coordinator = new Taps(await BrowserSession.NewPhoneAsync());
        await BrowserSession.SignInAsync(coordinator.Page, "coordinator@riverside.example");
        await coordinator.Page.GotoAsync("/");
        coordinator.Count = 0;
        await coordinator.TapAsync(coordinator.Page.GetByRole(AriaRole.Button, new() { Name = "Menu" }));
        await coordinator.TapAsync(coordinator.Page.GetByRole(AriaRole.Link, new() { Name = "Manage my board" }));
        await coordinator.TapAsync(coordinator.Page.GetByRole(AriaRole.Link, new() { Name = "Meetings and agendas" }));
        await coordinator.TapAsync(coordinator.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^{title}") }));
        await coordinator.TapAsync(coordinator.Page.GetByRole(AriaRole.Button, new() { Name = "Open the meeting console" }));
        await Assertions.Expect(coordinator.Page.GetByRole(AriaRole.Heading, new() { Name = "Meeting console", Level = 1 })).ToBeVisibleAsync();
        Assert.That(coordinator.Count, Is.EqualTo(5), "taps from the home page to the console");
        await coordinator.TapAsync(coordinator.Page.GetByRole(AriaRole.Button, new() { Name = "Start the meeting" }));
        await Assertions.Expect(coordinator.Page.GetByText("The meeting has started.")).ToBeVisibleAsync();
        await Assertions.Expect(coordinator.Page.Locator("#console-connection")).ToHaveTextAsync("Live: this page updates by itself.");

        // Marking: no reload; the row says where the person is, and quorum changes on every screen at once.
        coordinator.Count = 0;
        var marker = await coordinator.Page.EvaluateAsync<string>("() => (window.__notReloaded = 'yes')");
        foreach (var name in new[] { repName, carerName })
        {
            var row = coordinator.Page.Locator(".app-console-person", new() { HasText = name });
            var before = await room.Locator("#projector-quorum").InnerTextAsync();
            await coordinator.TapAsync(row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Here\\W+{name}$") }));
            await Assertions.Expect(row.Locator(".app-console-state")).ToHaveTextAsync("Here");
            await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Has left\\W+{name}$") })).ToBeVisibleAsync();
            await Assertions.Expect(room.Locator("#projector-quorum")).Not.ToHaveTextAsync(before);
            await Assertions.Expect(room.Locator("#projector-quorum")).ToHaveTextAsync(await coordinator.Page.Locator("#console-quorum-text").InnerTextAsync());
        }
        Assert.That(coordinator.Count, Is.EqualTo(2), "one tap per person");
        Assert.That(await coordinator.Page.EvaluateAsync<string>("() => window.__notReloaded"), Is.EqualTo(marker), "marking did not reload the page");
        await Assertions.Expect(coordinator.Page.Locator("#console-quorum-text")).ToContainTextAsync("2 members who can vote are here");
        await Assertions.Expect(rep.Locator("#vote-quorum")).ToHaveTextAsync(new Regex("^The meeting (can|cannot) make decisions"));
        var notYetMarked = coordinator.Page.Locator(".app-console-person[data-state=NotMarked]").First;
        await Assertions.Expect(notYetMarked.Locator(".app-console-state")).ToHaveTextAsync("Not marked");
        await Assertions.Expect(coordinator.Page.Locator(".app-console-person[data-state=InRoom] .app-console-leave:visible")).ToHaveCountAsync(2);
        Assert.That(await coordinator.Page.Locator(".app-console-person[data-state=NotMarked] .app-console-leave:visible").CountAsync(), Is.Zero,
            "\"Has left\" shows only under people who are here");

        // The vote: opened from the console; the count goes up live when the Rep votes; closing with votes missing asks first.
        coordinator.Count = 0;
        await coordinator.TapAsync(coordinator.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Open the vote\\W+{Regex.Escape(question)}$") }));
        var progress = coordinator.Page.Locator($"#poll-{pollId}-progress");
        await Assertions.Expect(progress).ToHaveTextAsync(new Regex(@"^0 of \d+ have voted$"));
        await rep.GetByRole(AriaRole.Button, new() { Name = "For", Exact = true }).TapAsync();
        await rep.GetByRole(AriaRole.Button, new() { Name = "Yes, send my vote" }).TapAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Your vote is counted." })).ToBeVisibleAsync();
        await Assertions.Expect(progress).ToHaveTextAsync(new Regex(@"^1 of \d+ have voted$"));
        await Axe.AssertNoViolationsAsync(coordinator.Page);
        await AssertNoSidewaysScrollAsync(coordinator.Page);
        await Screenshots.SaveAsync(coordinator.Page, "console.png");

        await coordinator.TapAsync(coordinator.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Close the vote\\W+{Regex.Escape(question)}$") }));
        await Assertions.Expect(coordinator.Page.Locator("#confirm")).ToContainTextAsync(new Regex(@"\d+ of the \d+ people here (has|have) not voted yet\. Close the vote anyway\?"));
        await Axe.AssertNoViolationsAsync(coordinator.Page);
        await coordinator.TapAsync(coordinator.Page.GetByRole(AriaRole.Button, new() { Name = "Yes, close the vote" }));
        await Assertions.Expect(coordinator.Page.Locator($"#poll-{pollId}-result")).ToBeVisibleAsync();
        await Assertions.Expect(room.Locator("#projector-headline")).ToBeVisibleAsync();
        Assert.That(coordinator.Count, Is.EqualTo(3), "open, close, yes");
    }

    [Test]
    public async Task Rep_ChecksInByTheRoomsCode_InOneTap_AndTheConsoleAndQuorumUpdateLive()
    {
        var meetingId = await LiveMeetings.StartAsync(everyVoter: false, "carer@riverside.example");
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        var boardPath = $"/boards/{ids.Riverside}";
        var repName = await NameOfAsync("rep@riverside.example");

        var room = await BrowserSession.NewPageAsync(width: 1280, height: 720);
        await BrowserSession.SignInAsync(room, "coordinator@riverside.example");
        await room.GotoAsync($"{boardPath}/meetings/{meetingId}/projector");
        // The coordinator's device drives the room's screen, so it shows the code; the picture is fetched, not in the page.
        await Assertions.Expect(room.Locator("#projector-check-in-code")).ToBeVisibleAsync();
        Assert.That(await room.Locator("#projector-check-in-code").EvaluateAsync<int>("img => img.naturalWidth"), Is.GreaterThan(0), "the code's picture loads");
        await Assertions.Expect(room.Locator("#projector-quorum")).ToContainTextAsync("1 member who can vote is here");
        var console = await BrowserSession.NewPageAsync(width: 820, height: 1180);
        await BrowserSession.SignInAsync(console, "coordinator@riverside.example");
        await console.GotoAsync($"{boardPath}/manage/meetings/{meetingId}/console");
        await Assertions.Expect(console.Locator("#console-connection")).ToHaveTextAsync("Live: this page updates by itself.");
        var repRow = console.Locator(".app-console-person", new() { HasText = repName });
        await Assertions.Expect(repRow.Locator(".app-console-state")).ToHaveTextAsync("Not marked");

        // The QR code holds the meeting's check-in link for this time window; scanning it opens it. Not signed in: sign in, then back.
        var secret = await BrowserSession.App.Services.GetRequiredService<MeetingDayStore>().StoredCheckInSecretAsync(ids.Riverside, meetingId);
        Assert.That(secret, Is.Not.Null, "the room's screen made the meeting's secret when it drew the code");
        var code = CheckIn.CodeFor(secret!, meetingId, CheckIn.WindowOf(DateTimeOffset.UtcNow));
        var rep = new Taps(await BrowserSession.NewPhoneAsync());
        await rep.Page.GotoAsync($"{boardPath}/meetings/{meetingId}/check-in/{code}");
        await rep.Page.GetByLabel("Email address").FillAsync("rep@riverside.example");
        await rep.Page.GetByLabel("Password").FillAsync(Web.BoardAppFactory.Password);
        await rep.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).TapAsync();
        await Assertions.Expect(rep.Page.GetByRole(AriaRole.Heading, new() { Name = "Are you at the meeting?" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(rep.Page);

        await rep.TapAsync(rep.Page.GetByRole(AriaRole.Button, new() { Name = "I am here" }));
        await Assertions.Expect(rep.Page.GetByRole(AriaRole.Heading, new() { Name = "You are checked in" })).ToBeVisibleAsync();
        await Assertions.Expect(rep.Page.GetByText(new Regex("^at Live meeting, "))).ToBeVisibleAsync();
        Assert.That(rep.Count, Is.EqualTo(1), "one tap after opening the link");
        await Axe.AssertNoViolationsAsync(rep.Page);

        await Assertions.Expect(repRow.Locator(".app-console-state")).ToHaveTextAsync("Here (checked in themselves)");
        await Assertions.Expect(room.Locator("#projector-quorum")).ToContainTextAsync("2 members who can vote are here");
        await Assertions.Expect(console.Locator("#console-quorum-text")).ToContainTextAsync("2 members who can vote are here");
    }

    [Test]
    public async Task CheckIn_WithAGuessedCode_IsRefusedPlainly()
    {
        var meetingId = await LiveMeetings.StartAsync(everyVoter: false);
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        var rep = await BrowserSession.NewPhoneAsync();
        await BrowserSession.SignInAsync(rep, "rep@riverside.example");

        await rep.GotoAsync($"/boards/{ids.Riverside}/meetings/{meetingId}/check-in/123456");

        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "You cannot check in" })).ToBeVisibleAsync();
        await Assertions.Expect(rep.GetByText(CheckIn.WrongCode)).ToBeVisibleAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Button, new() { Name = "I am here" })).ToHaveCountAsync(0);
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page) =>
        Assert.That(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), Is.True, "the page scrolls sideways");

    private static async Task<string> NameOfAsync(string userName)
    {
        await using var connection = await BrowserSession.App.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<string>(
            "SELECT p.name FROM people p JOIN accounts a ON a.person_id = p.id WHERE a.user_name = @userName", new { userName }) ?? "";
    }

    /// <summary>A meeting today with its agenda published, nobody marked yet: the console starts it.</summary>
    private static async Task<long> PublishedTodayAsync(long boardId, string title)
    {
        var today = DateTime.Today;
        var meetingId = await BrowserSession.App.Services.GetRequiredService<MeetingStore>().CreateAsync(boardId,
            new MeetingDraft(title, today.AddHours(9), today.AddHours(17), "Room 1", null, null, today.AddDays(-2)));
        await Data.Meetings.MeetingData.MoveToAsync(BrowserSession.App.Database, boardId, meetingId, MeetingState.AgendaPublished);
        return meetingId;
    }

    private sealed class Taps(IPage page)
    {
        public IPage Page { get; } = page;
        public int Count { get; set; }

        public async Task TapAsync(ILocator target)
        {
            await target.TapAsync();
            Count++;
        }
    }
}

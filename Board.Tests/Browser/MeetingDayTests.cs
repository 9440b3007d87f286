using System.Diagnostics;
using System.Text.RegularExpressions;
using Board.Web.Demo;
using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>
/// Meeting day for a Rep (issue 13): journeys that start from the home page and move only by tapping what a person
/// would tap, with the taps counted. From "My board" to "Your vote is counted" is at most three taps.
/// </summary>
[TestFixture]
public sealed class MeetingDayTests
{
    [Test]
    public async Task Rep_SignsInWithTheCard_SeesTheVoteOpenLive_AndVotesInThreeTapsFromTheirHome()
    {
        var meetingId = await LiveMeetings.StartAsync(everyVoter: true);
        var boardPath = $"/boards/{(await Web.DemoIds.LoadAsync(BrowserSession.App.Database)).Riverside}";
        var rep = new Taps(await BrowserSession.NewPhoneAsync());

        // The room's screen fills the screen: no site menu and no personal links.
        var room = await BrowserSession.NewPageAsync(width: 1280, height: 720);
        await BrowserSession.SignInAsync(room, "coordinator@riverside.example");
        await room.GotoAsync($"{boardPath}/meetings/{meetingId}/projector");
        await Assertions.Expect(room.GetByText("Live", new() { Exact = true })).ToBeVisibleAsync();
        Assert.That(await room.Locator("nav, header, footer").CountAsync(), Is.Zero, "the room's screen shows no menu");
        await Assertions.Expect(room.GetByText("Sign out")).ToHaveCountAsync(0);
        await Assertions.Expect(room.GetByText("Manage my board")).ToHaveCountAsync(0);

        // The QR code on the card opens this link; one tap signs in and lands on "My board".
        await rep.Page.GotoAsync($"/card/{DemoSeeder.DemoCardToken()}");
        await rep.TapAsync(rep.Page.GetByRole(AriaRole.Button, new() { Name = "Sign me in" }));
        await Assertions.Expect(rep.Page.GetByRole(AriaRole.Heading, new() { Name = "My board", Level = 1 })).ToBeVisibleAsync();
        Assert.That(rep.Page.Url, Does.EndWith("/me/board"));
        await Assertions.Expect(rep.Page.Locator("#open-votes[data-live=true]")).ToBeAttachedAsync();
        await Axe.AssertNoViolationsAsync(rep.Page);

        // The coordinator opens a question: "Vote now" appears on the Rep's home without a reload (the page has no polling,
        // so only the live message can bring it). How fast is the benchmark's business (docs/performance.md: about 0.1 s);
        // here the bound is loose because a loaded CI machine took 1.3 s, and the time is printed.
        const string question = "Should the board meet in the library?";
        // Timed from the coordinator pressing "Open the vote" (the question was written before, as on the Votes page).
        var pollId = await LivePolls.WriteAsync(meetingId, question);
        var clock = Stopwatch.StartNew();
        await LivePolls.OpenWrittenAsync(meetingId, pollId);
        var voteNow = rep.Page.Locator(".app-open-vote", new() { HasText = question }).GetByRole(AriaRole.Button, new() { Name = "Vote now" });
        await Assertions.Expect(voteNow).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await TestContext.Out.WriteLineAsync($"The vote reached the Rep's home {clock.ElapsedMilliseconds} ms after it opened.");
        await Axe.AssertNoViolationsAsync(rep.Page);
        await Screenshots.SaveAsync(rep.Page, "rep-home.png");

        await Assertions.Expect(room.GetByRole(AriaRole.Heading, new() { Name = question })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(room);
        await Screenshots.SaveAsync(room, "room-screen.png");

        // Three taps: Vote now, an answer, Yes, send my vote.
        rep.Count = 0;
        await rep.TapAsync(voteNow);
        await Assertions.Expect(rep.Page.GetByRole(AriaRole.Heading, new() { Name = question })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(rep.Page, "vote-question.png");
        await rep.TapAsync(rep.Page.GetByRole(AriaRole.Button, new() { Name = "For", Exact = true }));
        await Screenshots.SaveAsync(rep.Page, "vote-confirm.png");
        await rep.TapAsync(rep.Page.GetByRole(AriaRole.Button, new() { Name = "Yes, send my vote" }));
        await Assertions.Expect(rep.Page.GetByRole(AriaRole.Heading, new() { Name = "Your vote is counted." })).ToBeVisibleAsync();
        Assert.That(rep.Count, Is.EqualTo(3), "taps from My board to \"Your vote is counted\"");
        await Screenshots.SaveAsync(rep.Page, "vote-counted.png");
        await LivePolls.CloseAsync(meetingId, pollId);
    }

    [Test]
    public async Task Rep_WithLargeTextAndReadAloud_HearsTheirHomeInOrder_AndVotesInThreeTaps()
    {
        var meetingId = await LiveMeetings.StartAsync(everyVoter: true);
        const string question = "Should we have a summer party?";
        var pollId = await LivePolls.OpenAsync(meetingId, question);
        var rep = new Taps(await BrowserSession.NewPhoneAsync());
        await SpeechRecorder.InstallAsync(rep.Page);

        // From the home page: the demo Rep asked for large text, read aloud and pictures first.
        await rep.Page.GotoAsync("/");
        await rep.TapAsync(rep.Page.GetByRole(AriaRole.Button, new() { Name = "Menu" }));
        await rep.TapAsync(rep.Page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }));
        await rep.Page.GetByLabel("Email address").FillAsync("rep@riverside.example");
        await rep.Page.GetByLabel("Password").FillAsync(Web.BoardAppFactory.Password);
        await rep.TapAsync(rep.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }));
        await Assertions.Expect(rep.Page.GetByRole(AriaRole.Heading, new() { Name = "My board", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(rep.Page.Locator("body")).ToHaveClassAsync(new Regex("app-large-text"));
        await TextSizes.AssertHeadingIsLargestAsync(rep.Page);

        // "Read it to me" reads the page in order: the heading first, then the vote, then the next meeting.
        await rep.TapAsync(rep.Page.GetByRole(AriaRole.Button, new() { Name = "Read it to me" }));
        var spoken = await SpeechRecorder.SpokenAsync(rep.Page);
        Assert.That(spoken, Has.Some.EqualTo("My board"));
        var order = new[] { "My board", "Voting", question, "Your next meeting", "Things to do", "Plan actions you follow" }
            .Select(words => spoken.FindIndex(s => s == words)).ToList();
        Assert.That(order, Is.Ordered.And.All.GreaterThanOrEqualTo(0), string.Join(" | ", spoken));

        rep.Count = 0;
        await rep.TapAsync(rep.Page.Locator($".app-open-vote[data-poll-id='{pollId}']").GetByRole(AriaRole.Button, new() { Name = "Vote now" }));
        await Assertions.Expect(rep.Page.GetByRole(AriaRole.Heading, new() { Name = question })).ToBeVisibleAsync();
        await TextSizes.AssertHeadingIsLargestAsync(rep.Page, "#question-text");
        // Read aloud first: the vote screen says the question without being asked.
        Assert.That(await SpeechRecorder.SpokenAsync(rep.Page), Has.Some.Contains(question));
        await rep.TapAsync(rep.Page.GetByRole(AriaRole.Button, new() { Name = "Abstain", Exact = true }));
        await rep.TapAsync(rep.Page.GetByRole(AriaRole.Button, new() { Name = "Yes, send my vote" }));
        await Assertions.Expect(rep.Page.GetByRole(AriaRole.Heading, new() { Name = "Your vote is counted." })).ToBeVisibleAsync();
        Assert.That(rep.Count, Is.EqualTo(3));
        await Axe.AssertNoViolationsAsync(rep.Page);
        await LivePolls.CloseAsync(meetingId, pollId);
    }

    [Test]
    public async Task Carer_WithTheKeyboardOnly_VotesFromTheirHomeWithThreeEnterPresses()
    {
        var meetingId = await LiveMeetings.StartAsync(everyVoter: true);
        const string question = "Should the bus pass cover evenings?";
        var pollId = await LivePolls.OpenAsync(meetingId, question);
        var page = await BrowserSession.NewPageAsync(width: 390, height: 844);
        await BrowserSession.SignInAsync(page, "carer@riverside.example");
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My board", Level = 1 })).ToBeVisibleAsync();

        var presses = 0;
        await TabToAsync(page, $".app-open-vote[data-poll-id='{pollId}'] .js-vote-link");
        await page.Keyboard.PressAsync("Enter");
        presses++;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = question })).ToBeVisibleAsync();
        await TabToAsync(page, "#options button:nth-child(1)");
        await page.Keyboard.PressAsync("Enter");
        presses++;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You chose FOR. Send my vote?" })).ToBeFocusedAsync();
        await TabToAsync(page, "#send");
        await page.Keyboard.PressAsync("Enter");
        presses++;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your vote is counted." })).ToBeFocusedAsync();
        Assert.That(presses, Is.EqualTo(3));
        await LivePolls.CloseAsync(meetingId, pollId);
    }

    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
                return;
        }
        Assert.Fail($"Could not reach {selector} with the Tab key.");
    }

    /// <summary>A person's taps on a phone, counted.</summary>
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

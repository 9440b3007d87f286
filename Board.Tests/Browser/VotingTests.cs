using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>
/// Live votes in Chromium: the coordinator asks a question, a Rep votes by tapping on a phone and a carer with the
/// keyboard only, the room's screen follows live, and every state of the voting screen passes axe-core.
/// </summary>
[TestFixture]
public sealed class VotingTests
{
    [Test]
    public async Task RepVotesOnAPhone_CarerWithTheKeyboard_TheRoomScreenFollows_AndEveryStateIsAccessible()
    {
        var meetingId = await LiveMeetings.StartAsync(everyVoter: true);
        var boardPath = $"/boards/{(await Web.DemoIds.LoadAsync(BrowserSession.App.Database)).Riverside}";

        var coordinator = await BrowserSession.NewPageAsync();
        await BrowserSession.SignInAsync(coordinator, "coordinator@riverside.example");
        var room = await BrowserSession.NewPageAsync();
        await BrowserSession.SignInAsync(room, "coordinator@riverside.example");
        await room.GotoAsync($"{boardPath}/meetings/{meetingId}/projector");
        await Assertions.Expect(room.GetByText("Live", new() { Exact = true })).ToBeVisibleAsync();

        var rep = await PhoneAsync();
        await BrowserSession.SignInAsync(rep, "rep@riverside.example");
        // Pass the Rep's hub connection through Playwright, so the test can drop it like a lost phone signal.
        IWebSocketRoute? repSocket = null;
        var signalLost = false;
        await rep.RouteWebSocketAsync(new Regex("/hubs/meeting"), socket =>
        {
            if (signalLost)
            {
                _ = socket.CloseAsync(new() { Code = 1001, Reason = "No signal" });
                return;
            }
            socket.ConnectToServer();
            repSocket = socket;
        });
        await rep.GotoAsync($"{boardPath}/meetings/{meetingId}/vote");
        await Assertions.Expect(rep.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Connected.");
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "No question yet" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(rep);

        var carer = await BrowserSession.NewPageAsync();
        await BrowserSession.SignInAsync(carer, "carer@riverside.example");
        await carer.GotoAsync($"{boardPath}/meetings/{meetingId}/vote");
        await Assertions.Expect(carer.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Connected.");

        // The coordinator writes the question and opens it; it appears on every screen without a reload.
        await coordinator.GotoAsync($"{boardPath}/manage/meetings/{meetingId}/polls");
        await Axe.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByLabel("The question, in plain words").FillAsync("Should we ask for later buses?");
        await coordinator.GetByLabel("Picture").SelectOptionAsync("transport");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save the question" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Open the vote\\W+Should we ask for later buses") }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("Voting is open.");

        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Should we ask for later buses?" })).ToBeVisibleAsync();
        await Assertions.Expect(room.GetByRole(AriaRole.Heading, new() { Name = "Should we ask for later buses?" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(rep);

        // The Rep taps FOR, confirms, and is told only once the server has committed it.
        await rep.GetByRole(AriaRole.Button, new() { Name = "For", Exact = true }).TapAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "You chose FOR. Send my vote?" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(rep);
        await rep.GetByRole(AriaRole.Button, new() { Name = "Yes, send my vote" }).TapAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Your vote is counted." })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(rep);
        await Assertions.Expect(room.GetByText("1 of 15 have voted")).ToBeVisibleAsync();

        // The carer uses only the keyboard: Tab past AGAINST to go back, then to FOR, Enter, Tab to the send button, Enter.
        await Assertions.Expect(carer.GetByRole(AriaRole.Heading, new() { Name = "Should we ask for later buses?" })).ToBeFocusedAsync();
        await TabToAsync(carer, "Against");
        await carer.Keyboard.PressAsync("Enter");
        await Assertions.Expect(carer.GetByRole(AriaRole.Heading, new() { Name = "You chose AGAINST. Send my vote?" })).ToBeFocusedAsync();
        await TabToAsync(carer, "No, go back");
        await carer.Keyboard.PressAsync("Enter");
        await Assertions.Expect(carer.GetByRole(AriaRole.Heading, new() { Name = "Should we ask for later buses?" })).ToBeFocusedAsync();
        await TabToAsync(carer, "For");
        await carer.Keyboard.PressAsync("Enter");
        await Assertions.Expect(carer.GetByRole(AriaRole.Heading, new() { Name = "You chose FOR. Send my vote?" })).ToBeFocusedAsync();
        await TabToAsync(carer, "Yes, send my vote");
        await carer.Keyboard.PressAsync("Enter");
        await Assertions.Expect(carer.GetByRole(AriaRole.Heading, new() { Name = "Your vote is counted." })).ToBeFocusedAsync();
        await Assertions.Expect(room.GetByText("2 of 15 have voted")).ToBeVisibleAsync();

        // The connection drops and comes back (over another transport if WebSockets still fail): the screen says
        // so, then resyncs, and the vote is still counted.
        signalLost = true;
        await repSocket!.CloseAsync(new() { Code = 1001, Reason = "Signal lost" });
        await Assertions.Expect(rep.GetByRole(AriaRole.Status).First).ToContainTextAsync("The connection was lost");
        await Axe.AssertNoViolationsAsync(rep);
        signalLost = false;
        await Assertions.Expect(rep.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Connected.", new() { Timeout = 15_000 });
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Your vote is counted." })).ToBeVisibleAsync();

        // Closing shows the result everywhere at once.
        await coordinator.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Close the vote\\W+Should we ask for later buses") }).ClickAsync();
        // Not everyone here has voted, so the page asks first (ADR-012).
        await Assertions.Expect(coordinator.Locator("#confirm")).ToContainTextAsync("Close the vote anyway?");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Yes, close the vote" }).ClickAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Passed" })).ToBeVisibleAsync();
        await Assertions.Expect(rep.GetByText(new Regex("^Passed. 2 for"))).ToBeVisibleAsync();
        await Assertions.Expect(room.GetByRole(AriaRole.Heading, new() { Name = "Passed" })).ToBeVisibleAsync();
        await Assertions.Expect(room.GetByText("✔ For: 2")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(rep);
        await Axe.AssertNoViolationsAsync(room);
    }

    [Test]
    public async Task RepAsksForHelp_SupporterVotesForThem_CoordinatorRecordsARoomVote_AndTheAuditReportShowsBoth()
    {
        var meetingId = await LiveMeetings.StartAsync(everyVoter: true);
        var boardPath = $"/boards/{(await Web.DemoIds.LoadAsync(BrowserSession.App.Database)).Riverside}";
        var coordinator = await BrowserSession.NewPageAsync();
        await BrowserSession.SignInAsync(coordinator, "coordinator@riverside.example");
        await coordinator.GotoAsync($"{boardPath}/manage/meetings/{meetingId}/polls");
        await coordinator.GetByLabel("The question, in plain words").FillAsync("Do we agree the plan?");
        await coordinator.GetByLabel("Picture").SelectOptionAsync("plan");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save the question" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Open the vote\\W+Do we agree the plan") }).ClickAsync();

        var supporter = await BrowserSession.NewPageAsync();
        await BrowserSession.SignInAsync(supporter, "supporter@riverside.example");
        await supporter.GotoAsync($"{boardPath}/meetings/{meetingId}/vote");
        await Assertions.Expect(supporter.GetByLabel("Who are you voting for?")).ToBeVisibleAsync();

        var rep = await PhoneAsync();
        await BrowserSession.SignInAsync(rep, "rep@riverside.example");
        await rep.GotoAsync($"{boardPath}/meetings/{meetingId}/vote");
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Do we agree the plan?" })).ToBeVisibleAsync();
        await rep.GetByRole(AriaRole.Button, new() { Name = "I need help" }).TapAsync();
        await Assertions.Expect(rep.GetByText("We have told your supporter and the co-chairs.")).ToBeVisibleAsync();

        // The supporter is alerted, and votes for the Rep at the Rep's request; the Rep says yes on their phone.
        var repName = (await supporter.GetByText(new Regex(" needs help\\.$")).InnerTextAsync()).Replace(" needs help.", "");
        await supporter.GetByLabel("Who are you voting for?").SelectOptionAsync(new SelectOptionValue { Label = repName });
        await supporter.GetByRole(AriaRole.Button, new() { Name = "For", Exact = true }).ClickAsync();
        await Assertions.Expect(supporter.GetByRole(AriaRole.Heading, new() { Name = $"You chose FOR for {repName}. Send the vote?" })).ToBeVisibleAsync();
        await supporter.GetByRole(AriaRole.Button, new() { Name = "Yes, send my vote" }).ClickAsync();
        await Assertions.Expect(supporter.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex($"^We sent it to {Regex.Escape(repName)}\\.") })).ToBeVisibleAsync();
        // It counts only when the Rep says yes on their own phone.
        await rep.GetByRole(AriaRole.Button, new() { Name = "Yes, count it" }).TapAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Your vote is counted." })).ToBeVisibleAsync();
        await Assertions.Expect(supporter.GetByRole(AriaRole.Heading, new() { Name = $"{repName} said yes. Your vote is counted." })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(supporter);

        // The coordinator records a vote said in the room, then the audit report lists both as cast for someone else.
        await coordinator.ReloadAsync();
        await Axe.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Record their vote" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("The member's vote is recorded.");
        await coordinator.GotoAsync($"{boardPath}/manage/audit");
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "The record is intact" })).ToBeVisibleAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Show only votes cast for someone else") }).ClickAsync();
        var rows = coordinator.GetByRole(AriaRole.Row).Filter(new() { HasText = "ballot" });
        // Other browser tests share the app's database, and may have recorded supporters' ballots on this board too.
        await using (var connection = await BrowserSession.App.Database.OpenAsync())
        {
            var supporterBallots = await Dapper.SqlMapper.ExecuteScalarAsync<int>(connection,
                "SELECT COUNT(*) FROM audit_log WHERE kind = 'ballot' AND details LIKE '%(Supporter)%' AND board_id = (SELECT board_id FROM meetings WHERE id = @meetingId)",
                new { meetingId });
            Assert.That(supporterBallots, Is.GreaterThanOrEqualTo(1));
            await Assertions.Expect(rows.Filter(new() { HasText = "(Supporter)" })).ToHaveCountAsync(supporterBallots);
        }
        await Assertions.Expect(rows.Filter(new() { HasText = "(InRoom)" })).ToHaveCountAsync(1);
        await Axe.AssertNoViolationsAsync(coordinator);
    }

    [Test]
    public async Task RepCoChair_StartsAndFinishesTheVote_AndGivesTheCastingVoteOnATie()
    {
        var meetingId = await LiveMeetings.StartAsync(everyVoter: true);
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        var boardPath = $"/boards/{ids.Riverside}";
        var coordinatorId = await BrowserSession.App.Services.GetRequiredService<Board.Data.Accounts.AccountStore>().FindAsync("coordinator@riverside.example");
        await BrowserSession.App.Services.GetRequiredService<Board.Data.Voting.PollStore>().CreateAsync(ids.Riverside, coordinatorId!.PersonId,
            new Board.Data.Voting.NewPoll(meetingId, null, "Should we meet in the evening?", "time", Board.Core.Voting.BallotSecrecy.Open,
                Board.Core.Composition.MajorityRule.SimpleMajorityOfVotesCast, null, 0, Board.Core.Voting.PollRules.DefaultOptions), DateTimeOffset.UtcNow);

        var chair = await PhoneAsync();
        await BrowserSession.SignInAsync(chair, "rep@riverside.example");
        await chair.GotoAsync($"{boardPath}/meetings/{meetingId}/chair");
        await Axe.AssertNoViolationsAsync(chair);
        await chair.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Start the vote") }).TapAsync();
        await Assertions.Expect(chair.GetByRole(AriaRole.Alert)).ToContainTextAsync("Voting is open.");
        await Axe.AssertNoViolationsAsync(chair);

        foreach (var (user, answer) in new[] { ("rep@riverside.example", "For"), ("carer@riverside.example", "Against") })
        {
            var voter = await BrowserSession.NewPageAsync();
            await BrowserSession.SignInAsync(voter, user);
            await voter.GotoAsync($"{boardPath}/meetings/{meetingId}/vote");
            await voter.GetByRole(AriaRole.Button, new() { Name = answer, Exact = true }).ClickAsync();
            await voter.GetByRole(AriaRole.Button, new() { Name = "Yes, send my vote" }).ClickAsync();
            await Assertions.Expect(voter.GetByRole(AriaRole.Heading, new() { Name = "Your vote is counted." })).ToBeVisibleAsync();
        }

        await chair.ReloadAsync();
        await chair.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Finish the vote") }).TapAsync();
        // Not everyone here has voted, so the page asks first (ADR-012).
        await Assertions.Expect(chair.Locator("#confirm")).ToContainTextAsync("Close the vote anyway?");
        await Axe.AssertNoViolationsAsync(chair);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Yes, close the vote" }).TapAsync();
        // Finishing always finishes (a refusal on a tie would tell whoever sees who voted how they voted); the tie then
        // waits for the casting vote, given openly after the close.
        await Assertions.Expect(chair.GetByRole(AriaRole.Alert)).ToContainTextAsync("The vote is closed.");
        await Assertions.Expect(chair.GetByRole(AriaRole.Alert)).ToContainTextAsync("It is a tie.");
        await Axe.AssertNoViolationsAsync(chair);
        await chair.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^✔ My casting vote is For") }).TapAsync();
        await Assertions.Expect(chair.GetByRole(AriaRole.Alert)).ToContainTextAsync("casting vote");
        await Assertions.Expect(chair.GetByRole(AriaRole.Alert)).ToContainTextAsync("Passed.");
        await Axe.AssertNoViolationsAsync(chair);
    }

    [Test]
    public async Task MemberWhoIsNotHere_IsToldWhyTheyCannotVote()
    {
        var meetingId = await LiveMeetings.StartAsync(everyVoter: false, "rep@riverside.example");
        var boardPath = $"/boards/{(await Web.DemoIds.LoadAsync(BrowserSession.App.Database)).Riverside}";
        var carer = await PhoneAsync();
        await BrowserSession.SignInAsync(carer, "carer@riverside.example");
        await carer.GotoAsync($"{boardPath}/meetings/{meetingId}/vote");
        await Assertions.Expect(carer.GetByText("Only members at the meeting can vote. Ask the coordinator to mark you as here.")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(carer);
    }

    private static Task<IPage> PhoneAsync() => BrowserSession.NewPhoneAsync();

    private static async Task TabToAsync(IPage page, string name)
    {
        for (var presses = 0; presses < 15; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("() => document.activeElement?.innerText?.trim() ?? ''");
            if (focused.EndsWith(name, StringComparison.Ordinal))
                return;
        }
        Assert.Fail($"Could not reach \"{name}\" with the Tab key.");
    }
}

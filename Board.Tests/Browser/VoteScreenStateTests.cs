using System.Text.RegularExpressions;
using Board.Core.Voting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>
/// Every state of the voting screen on a Rep's phone shows only the controls that state allows, checked by what is
/// visible to a person (not what is in the page), and passes axe-core.
/// </summary>
[TestFixture]
public sealed class VoteScreenStateTests
{
    private const string Help = "I need help";
    private static readonly string[] Answers = ["Read it to me", "For", "Against", "Abstain"];

    [Test]
    public async Task EachStateOfTheVoteScreen_ShowsOnlyTheControlsItAllows()
    {
        var meetingId = await LiveMeetings.StartAsync(everyVoter: true);
        var boardPath = $"/boards/{(await Web.DemoIds.LoadAsync(BrowserSession.App.Database)).Riverside}";
        var rep = await BrowserSession.NewPhoneAsync();
        await BrowserSession.SignInAsync(rep, "rep@riverside.example");
        IWebSocketRoute? socket = null;
        var signalLost = false;
        // No signal means no transport at all: without this the client falls back to server-sent events or long
        // polling over plain HTTP and reconnects at once, before the screen can be looked at while it is lost.
        await rep.RouteAsync(new Regex("/hubs/meeting"), route => signalLost ? route.AbortAsync() : route.ContinueAsync());
        await rep.RouteWebSocketAsync(new Regex("/hubs/meeting"), route =>
        {
            if (signalLost)
            {
                _ = route.CloseAsync(new() { Code = 1001, Reason = "No signal" });
                return;
            }
            route.ConnectToServer();
            socket = route;
        });
        await rep.GotoAsync($"{boardPath}/meetings/{meetingId}/vote");

        // Waiting.
        await Assertions.Expect(rep.Locator("#connection")).ToHaveTextAsync("Connected.");
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "No question yet" })).ToBeVisibleAsync();
        await AssertControlsAsync(rep, "waiting", Help);

        // Open: the answers, with "Abstain" explained.
        var named = await LivePolls.OpenAsync(meetingId, "Should we meet on Saturdays?");
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Should we meet on Saturdays?" })).ToBeVisibleAsync();
        await Assertions.Expect(rep.GetByText("Abstain means you do not choose for or against.")).ToBeVisibleAsync();
        await AssertControlsAsync(rep, "open", [.. Answers, Help]);

        // Confirm.
        await rep.GetByRole(AriaRole.Button, new() { Name = "For", Exact = true }).TapAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "You chose FOR. Send my vote?" })).ToBeVisibleAsync();
        await AssertControlsAsync(rep, "confirm", "Yes, send my vote", "No, go back", Help);

        // Counted, in a named vote: it can be changed while the vote is open.
        await rep.GetByRole(AriaRole.Button, new() { Name = "Yes, send my vote" }).TapAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Your vote is counted." })).ToBeVisibleAsync();
        await AssertControlsAsync(rep, "counted", "Change my vote", Help);

        // Help sent: the screen says so, and does not offer the button again for this question.
        await rep.GetByRole(AriaRole.Button, new() { Name = Help }).TapAsync();
        await Assertions.Expect(rep.GetByText("We have told your supporter and the co-chairs.")).ToBeVisibleAsync();
        await AssertControlsAsync(rep, "help sent", "Change my vote");

        // Closed: the result alone, with no "No question yet" above it.
        await LivePolls.CloseAsync(meetingId, named);
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Passed" })).ToBeVisibleAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "No question yet" })).ToBeHiddenAsync();
        await AssertControlsAsync(rep, "closed", Help);

        // Secret counted: never a way to change it.
        var secret = await LivePolls.OpenAsync(meetingId, "Who should be our next co-chair?", BallotSecrecy.Secret);
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Who should be our next co-chair?" })).ToBeVisibleAsync();
        await rep.GetByRole(AriaRole.Button, new() { Name = "Against", Exact = true }).TapAsync();
        await rep.GetByRole(AriaRole.Button, new() { Name = "Yes, send my vote" }).TapAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Your vote is counted." })).ToBeVisibleAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Button, new() { Name = "Change my vote" })).ToBeHiddenAsync();
        await AssertControlsAsync(rep, "secret counted", Help);

        // Reconnecting: nothing can be sent, so nothing is offered; the screen says what is happening.
        signalLost = true;
        await socket!.CloseAsync(new() { Code = 1001, Reason = "Signal lost" });
        await Assertions.Expect(rep.Locator("#connection")).ToContainTextAsync("The connection was lost");
        await AssertControlsAsync(rep, "reconnecting");
        signalLost = false;
        await Assertions.Expect(rep.Locator("#connection")).ToHaveTextAsync("Connected.", new() { Timeout = 15_000 });
        await AssertControlsAsync(rep, "secret counted, after reconnecting", Help);
        await LivePolls.CloseAsync(meetingId, secret);
    }

    /// <summary>The Rep's check of a vote their supporter sent: only Yes, No and help, and none of them while the connection is lost.</summary>
    [Test]
    public async Task TheRepsCheckOfAVoteSentForThem_ShowsOnlyYesAndNo()
    {
        var meetingId = await LiveMeetings.StartAsync(everyVoter: true);
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        var rep = await BrowserSession.NewPhoneAsync();
        await BrowserSession.SignInAsync(rep, "rep@riverside.example");
        IWebSocketRoute? socket = null;
        var signalLost = false;
        // No signal means no transport at all: without this the client falls back to server-sent events or long
        // polling over plain HTTP and reconnects at once, before the screen can be looked at while it is lost.
        await rep.RouteAsync(new Regex("/hubs/meeting"), route => signalLost ? route.AbortAsync() : route.ContinueAsync());
        await rep.RouteWebSocketAsync(new Regex("/hubs/meeting"), route =>
        {
            if (signalLost)
            {
                _ = route.CloseAsync(new() { Code = 1001, Reason = "No signal" });
                return;
            }
            route.ConnectToServer();
            socket = route;
        });
        var pollId = await LivePolls.OpenAsync(meetingId, "Should we paint the office?");
        await rep.GotoAsync($"/boards/{ids.Riverside}/meetings/{meetingId}/vote");
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Should we paint the office?" })).ToBeVisibleAsync();

        var services = BrowserSession.App.Services;
        var accounts = services.GetRequiredService<Board.Data.Accounts.AccountStore>();
        var supporter = (await accounts.FindAsync("supporter@riverside.example"))!.PersonId;
        var repId = (await accounts.FindAsync("rep@riverside.example"))!.PersonId;
        var poll = (await services.GetRequiredService<Board.Data.Voting.PollStore>().GetAsync(ids.Riverside, pollId))!;
        var sent = await services.GetRequiredService<Board.Web.Voting.RepConfirmations>().HoldAsync(ids.Riverside, meetingId, supporter, "Sam",
            pollId, poll.Options.First(o => o.Meaning == OptionMeaning.Against).Id, Guid.NewGuid().ToString(), repId, "the Rep");
        Assert.That(sent.Waiting, Is.True, sent.Message);

        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Your supporter sent Against. Is that what you want?" })).ToBeVisibleAsync();
        await AssertControlsAsync(rep, "checking a vote sent for them", "Yes, count it", "No, do not count it", Help);

        signalLost = true;
        await socket!.CloseAsync(new() { Code = 1001, Reason = "Signal lost" });
        await Assertions.Expect(rep.Locator("#connection")).ToContainTextAsync("The connection was lost");
        await AssertControlsAsync(rep, "checking, while reconnecting");
        signalLost = false;
        await Assertions.Expect(rep.Locator("#connection")).ToHaveTextAsync("Connected.", new() { Timeout = 15_000 });
        await AssertControlsAsync(rep, "checking, after reconnecting", "Yes, count it", "No, do not count it", Help);
        await LivePolls.CloseAsync(meetingId, pollId);
    }

    private static async Task AssertControlsAsync(IPage page, string state, params string[] expected)
    {
        Assert.That(await VisibleControls.InAsync(page, "#vote"), Is.EqualTo(expected), $"the controls a person sees when the vote screen is {state}");
        await Axe.AssertNoViolationsAsync(page);
    }
}

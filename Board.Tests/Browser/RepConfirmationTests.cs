using Board.Core.Voting;
using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>
/// Issue 12 item 7 in a real browser: the supporter sends a vote for the Rep, and it counts only when the Rep says
/// yes on their own phone (read aloud on, as the demo Rep asked). Checked by what is visible, axe clean in every state.
/// </summary>
[TestFixture]
public sealed class RepConfirmationTests
{
    private const string Help = "I need help";

    [TestCase(true)]
    [TestCase(false)]
    public async Task SupporterSendsAVote_TheRepAnswersOnTheirPhone_ItCountsOnlyOnYes(bool yes)
    {
        var meetingId = await LiveMeetings.StartAsync(everyVoter: true);
        var boardPath = $"/boards/{(await Web.DemoIds.LoadAsync(BrowserSession.App.Database)).Riverside}";
        const string question = "Should we go to the seaside?";
        var pollId = await LivePolls.OpenAsync(meetingId, question, BallotSecrecy.Secret);

        var rep = await BrowserSession.NewPhoneAsync();
        await SpeechRecorder.InstallAsync(rep);
        await BrowserSession.SignInAsync(rep, "rep@riverside.example");
        await rep.GotoAsync($"{boardPath}/meetings/{meetingId}/vote");
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = question })).ToBeVisibleAsync();

        var supporter = await BrowserSession.NewPhoneAsync();
        await BrowserSession.SignInAsync(supporter, "supporter@riverside.example");
        await supporter.GotoAsync($"{boardPath}/meetings/{meetingId}/vote");
        await Assertions.Expect(supporter.GetByLabel("Who are you voting for?")).ToBeVisibleAsync();
        await Assertions.Expect(supporter.GetByLabel("The Rep told me in person (they have no device)")).ToBeVisibleAsync();
        var repName = await RepNameAsync();
        await supporter.GetByLabel("Who are you voting for?").SelectOptionAsync(new SelectOptionValue { Label = repName });
        await Axe.AssertNoViolationsAsync(supporter);
        await supporter.GetByRole(AriaRole.Button, new() { Name = "For", Exact = true }).TapAsync();
        await supporter.GetByRole(AriaRole.Button, new() { Name = "Yes, send my vote" }).TapAsync();
        await Assertions.Expect(supporter.GetByRole(AriaRole.Heading, new() { Name = $"We sent it to {repName}. It counts only when {repName} says yes on their own device." }))
            .ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(supporter);
        Assert.That(await VotedAsync(pollId), Is.Zero, "nothing counts before the Rep says yes");

        // The Rep's phone asks, with the answer's symbol, and says it aloud.
        const string ask = "Your supporter sent For. Is that what you want?";
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = ask })).ToBeVisibleAsync();
        await Assertions.Expect(rep.Locator("#rep-check-choice svg")).ToBeVisibleAsync();
        await Assertions.Expect(rep.Locator("#rep-check-choice")).ToHaveTextAsync("For");
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = question })).ToBeHiddenAsync();
        Assert.That(await VisibleControls.InAsync(rep, "#vote"), Is.EqualTo(new[] { "Yes, count it", "No, do not count it", Help }));
        Assert.That(await SpeechRecorder.SpokenAsync(rep), Has.Some.Contains(ask));
        await Axe.AssertNoViolationsAsync(rep);

        // A reload still asks.
        await rep.ReloadAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = ask })).ToBeVisibleAsync();

        if (yes)
        {
            await rep.GetByRole(AriaRole.Button, new() { Name = "Yes, count it" }).TapAsync();
            await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Your vote is counted." })).ToBeVisibleAsync();
            await Assertions.Expect(supporter.GetByRole(AriaRole.Heading, new() { Name = $"{repName} said yes. Your vote is counted." })).ToBeVisibleAsync();
            Assert.That(await VisibleControls.InAsync(rep, "#vote"), Is.EqualTo(new[] { Help }));
            Assert.That(await VotedAsync(pollId), Is.EqualTo(1));
        }
        else
        {
            await rep.GetByRole(AriaRole.Button, new() { Name = "No, do not count it" }).TapAsync();
            await Assertions.Expect(rep.GetByText("Nothing was counted. You can vote yourself.")).ToBeVisibleAsync();
            await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = question })).ToBeVisibleAsync();
            Assert.That(await VisibleControls.InAsync(rep, "#vote"), Is.EqualTo(new[] { "Read it to me", "For", "Against", "Abstain", Help }));
            await Assertions.Expect(supporter.GetByText($"{repName} said no. Nothing was counted.")).ToBeVisibleAsync();
            Assert.That(await VotedAsync(pollId), Is.Zero);
        }
        await Axe.AssertNoViolationsAsync(rep);
        await Axe.AssertNoViolationsAsync(supporter);
        await LivePolls.CloseAsync(meetingId, pollId);
    }

    [Test]
    public async Task TheRepToldTheirSupporterInPerson_ItCountsAtOnce_RecordedAsSuch()
    {
        var meetingId = await LiveMeetings.StartAsync(everyVoter: true);
        var boardPath = $"/boards/{(await Web.DemoIds.LoadAsync(BrowserSession.App.Database)).Riverside}";
        var pollId = await LivePolls.OpenAsync(meetingId, "Should we have a new logo?");
        var supporter = await BrowserSession.NewPhoneAsync();
        await BrowserSession.SignInAsync(supporter, "supporter@riverside.example");
        await supporter.GotoAsync($"{boardPath}/meetings/{meetingId}/vote");
        var repName = await RepNameAsync();
        await supporter.GetByLabel("Who are you voting for?").SelectOptionAsync(new SelectOptionValue { Label = repName });
        await supporter.GetByLabel("The Rep told me in person (they have no device)").CheckAsync();
        await supporter.GetByRole(AriaRole.Button, new() { Name = "Against", Exact = true }).TapAsync();
        await Assertions.Expect(supporter.GetByRole(AriaRole.Heading, new() { Name = $"You chose AGAINST for {repName}, as they told you in person. Send the vote?" }))
            .ToBeVisibleAsync();
        await supporter.GetByRole(AriaRole.Button, new() { Name = "Yes, send my vote" }).TapAsync();
        await Assertions.Expect(supporter.GetByRole(AriaRole.Heading, new() { Name = "Your vote is counted." })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(supporter);
        await using var connection = await BrowserSession.App.Database.OpenAsync();
        Assert.That(await Dapper.SqlMapper.ExecuteScalarAsync<string>(connection, "SELECT cast_by FROM poll_voters WHERE poll_id = @pollId", new { pollId }),
            Is.EqualTo("SupporterToldInPerson"));
        await LivePolls.CloseAsync(meetingId, pollId);
    }

    private static async Task<string> RepNameAsync()
    {
        await using var connection = await BrowserSession.App.Database.OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<string>(connection,
            "SELECT p.name FROM people p JOIN accounts a ON a.person_id = p.id WHERE a.user_name = 'rep@riverside.example'") ?? "";
    }

    private static async Task<long> VotedAsync(long pollId)
    {
        await using var connection = await BrowserSession.App.Database.OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM poll_voters WHERE poll_id = @pollId", new { pollId });
    }
}

using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Accounts;
using Board.Data.Meetings;
using Board.Data.Voting;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>
/// A Rep on a phone declares an interest in an item from their home page, says they will not vote on it, and when
/// the item's vote opens their screen says plainly that they cannot vote on this one. Taps counted, axe clean, and
/// nothing scrolls sideways at 320 px.
/// </summary>
[TestFixture]
public sealed class DeclareInterestTests
{
    [Test]
    public async Task Rep_DeclaresFromTheirHome_AndIsToldTheyCannotVoteOnThatItem()
    {
        var (meetingId, itemId) = await LiveMeetingWithItemAsync();
        var page = await BrowserSession.NewPhoneAsync();
        await page.SetViewportSizeAsync(320, 740);
        await BrowserSession.SignInAsync(page, "rep@riverside.example");
        await page.GotoAsync("/");
        var taps = 0;

        await page.GetByRole(AriaRole.Link, new() { Name = "Do you have an interest in an item?" }).TapAsync();
        taps++;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Do you have an interest?", Level = 1 })).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Item 1: Later buses" }).TapAsync();
        taps++;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Item 1: Later buses" })).ToBeVisibleAsync();
        await page.GetByLabel("My job and money").TapAsync();
        taps++;
        await page.GetByLabel("Say what it is, in a few words").FillAsync("I work for the bus company.");
        await page.GetByLabel("I will stay but not vote").TapAsync();
        taps++;
        await AssertFitsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tell the board" }).TapAsync();
        taps++;
        await Assertions.Expect(page.GetByText("Thank you. Your interest is written down. You will not vote on this item.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#declared")).ToContainTextAsync("I work for the bus company.");
        Assert.That(taps, Is.EqualTo(5), "taps from My board to the declaration sent");
        await AssertFitsAsync(page);

        // The item's vote opens; from their home the Rep taps "Vote now" and is told, on screen, why they cannot vote.
        var pollId = await OpenPollOnItemAsync(meetingId, itemId);
        await page.GotoAsync("/");
        var voteNow = page.Locator($".app-open-vote[data-poll-id='{pollId}']").GetByRole(AriaRole.Button, new() { Name = "Vote now" });
        await voteNow.TapAsync();
        await Assertions.Expect(page.GetByText("You cannot vote on this one. You said you have an interest in this item and will not vote.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "For", Exact = true })).ToBeHiddenAsync();
        await AssertFitsAsync(page);
        await Screenshots.SaveAsync(page, "declared-cannot-vote.png");
        await LivePolls.CloseAsync(meetingId, pollId);
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        await Axe.AssertNoViolationsAsync(page);
        Assert.That(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), Is.True,
            $"{page.Url} scrolls sideways at 320 px");
    }

    /// <summary>A live meeting that started early today (so it is the Rep's "next meeting"), with the Rep here and one accepted item.</summary>
    private static async Task<(long MeetingId, long ItemId)> LiveMeetingWithItemAsync()
    {
        var services = BrowserSession.App.Services;
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        var today = DateTime.Today;
        var meetingId = await services.GetRequiredService<MeetingStore>().CreateAsync(ids.Riverside,
            new MeetingDraft("Interests meeting", today.AddHours(7), today.AddHours(18), "Room 1", null, null, today.AddDays(-2)));
        var coordinator = (await services.GetRequiredService<AccountStore>().FindAsync("coordinator@riverside.example"))!.PersonId;
        var items = services.GetRequiredService<AgendaItemStore>();
        var itemId = await items.RaiseAsync(ids.Riverside, coordinator,
            new NewAgendaItem(meetingId, null, "Later buses", "Should we ask for buses after 6?", "Details", BoardAsk.Decide, "transport"), DateTimeOffset.UtcNow);
        await items.AcceptAsync((await items.GetAsync(ids.Riverside, itemId))!, new Acceptance(1, 20, "Coordinator"), coordinator, DateTimeOffset.UtcNow);
        await Data.Meetings.MeetingData.MoveToAsync(BrowserSession.App.Database, ids.Riverside, meetingId, MeetingState.Live);
        await using var connection = await BrowserSession.App.Database.OpenAsync();
        foreach (var personId in await connection.QueryAsync<long>("SELECT person_id FROM memberships WHERE board_id = @Riverside AND seat_code IN ('rep', 'carer')", ids))
            await services.GetRequiredService<AttendanceStore>().MarkAsync(meetingId, personId, AttendanceMark.InRoom, today.AddHours(7));
        return (meetingId, itemId);
    }

    private static async Task<long> OpenPollOnItemAsync(long meetingId, long itemId)
    {
        var services = BrowserSession.App.Services;
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        var coordinator = (await services.GetRequiredService<AccountStore>().FindAsync("coordinator@riverside.example"))!.PersonId;
        var pollId = await services.GetRequiredService<PollStore>().CreateAsync(ids.Riverside, coordinator,
            new NewPoll(meetingId, itemId, "Should we ask for later buses?", "transport", BallotSecrecy.Secret, MajorityRule.SimpleMajorityOfVotesCast, null, 0,
                PollRules.DefaultOptions), DateTimeOffset.UtcNow);
        await LivePolls.OpenWrittenAsync(meetingId, pollId);
        return pollId;
    }
}

using System.Net;
using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Meetings;
using Board.Data.Minutes;
using Board.Data.Voting;
using Board.Tests.Data.Meetings;
using Board.Web.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Minutes;

/// <summary>A vote on no agenda item is in the minutes (standard and easy read); a vote never finished is warned about before sending.</summary>
[TestFixture]
public sealed class MinutesOtherVotesTests : BoardWebTest
{
    [TestCase(null, "Should we take item 2 first?")]
    [TestCase(999_999L, "Should we take a break?")]
    public async Task AVoteOnNoItemOfTheMinutes_IsUnderOtherVotes(long? agendaItemId, string question)
    {
        var (meetingId, _) = await FinishedMeetingAsync(agendaItemId, question, leaveADraft: false);

        var facts = (await Factory.Services.GetRequiredService<DocumentFactsLoader>().MinutesAsync(Ids.Riverside, meetingId))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(facts.OtherVotes!.Select(v => v.Question), Is.EqualTo(new[] { question }));
            Assert.That(facts.RecordVersion, Is.EqualTo(2));
            Assert.That(Board.Core.Documents.MinutesDocuments.Standard(facts, Pictures).Sections.Select(s => s.Heading), Does.Contain("Other votes"));
            Assert.That(Board.Core.Documents.MinutesDocuments.EasyRead(facts, Pictures).Sections.Select(s => s.Heading), Does.Contain("Other votes"));
        }
    }

    [Test]
    public async Task AVoteNeverOpened_IsWarnedAboutBeforeSending()
    {
        var (meetingId, _) = await FinishedMeetingAsync(null, "Should we take item 2 first?", leaveADraft: true);
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");

        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/boards/{Ids.Riverside}/manage/meetings/{meetingId}/minutes"));

        Assert.That(page, Does.Contain("The vote \"A vote nobody opened\" was never opened. It is not in the minutes."));
    }

    private static readonly Board.Core.Documents.StandardPictures Pictures = new(
        new("document", "A document"), new("calendar", "A calendar"), new("building", "A building"),
        new("people", "People"), new("sorry", "Sorry"), new("checklist", "A list"));

    private async Task<(long MeetingId, long PollId)> FinishedMeetingAsync(long? agendaItemId, string question, bool leaveADraft)
    {
        var meetings = Factory.Services.GetRequiredService<MeetingStore>();
        var polls = Factory.Services.GetRequiredService<PollStore>();
        var coordinator = await MinutesScenario.CoordinatorAsync(Factory);
        var now = DateTimeOffset.UtcNow;
        var meetingId = await meetings.CreateAsync(Ids.Riverside, MeetingData.Draft(DateTime.Today.AddDays(-3).AddHours(14)));
        await MeetingData.MoveToAsync(Factory.Database, Ids.Riverside, meetingId, MeetingState.Live);
        var pollId = await polls.CreateAsync(Ids.Riverside, coordinator, new NewPoll(meetingId, null, question, "vote", BallotSecrecy.Open,
            MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions), now);
        if (leaveADraft)
            await polls.CreateAsync(Ids.Riverside, coordinator, new NewPoll(meetingId, null, "A vote nobody opened", "vote", BallotSecrecy.Open,
                MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions), now);
        Assert.That(await polls.OpenAsync(Ids.Riverside, pollId, now), Is.True);
        var poll = (await polls.GetAsync(Ids.Riverside, pollId))!;
        Assert.That(await polls.RecordRoomCountsAsync(Ids.Riverside, pollId, poll.Options.Zip([6, 1, 0]).ToDictionary(p => p.First.Id, p => p.Second),
            Board.Tests.Data.TestData.Eligible, coordinator, now), Is.Null);
        await MinutesScenario.ClosePassedAsync(Factory, Ids.Riverside, pollId);
        if (agendaItemId is { } stale)
        {
            // An item id that is no item of these minutes (a stale link) must still not lose the vote.
            await using var connection = await Factory.Database.OpenAsync();
            await Dapper.SqlMapper.ExecuteAsync(connection, TestSql.WithoutForeignKeys("UPDATE polls SET agenda_item_id = @stale WHERE id = @pollId"), new { stale, pollId });
        }
        await MeetingData.MoveToAsync(Factory.Database, Ids.Riverside, meetingId, MeetingState.Closed);
        Assert.That(await Factory.Services.GetRequiredService<MinutesStore>().StartAsync(Ids.Riverside, meetingId, now), Is.True);
        return (meetingId, pollId);
    }
}

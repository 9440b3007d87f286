using System.Net;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Meetings;
using Board.Data.Voting;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Hubs;

/// <summary>A meeting cannot close with a vote open, however the two race: the page refuses, and so does the store.</summary>
[TestFixture]
public sealed class MeetingCloseTests
{
    [TestCase(BallotSecrecy.Open)]
    [TestCase(BallotSecrecy.Secret)]
    public async Task ClosingTheMeeting_WithAVoteOpen_IsRefusedNamingIt_AndVotingGoesOn(BallotSecrecy secrecy)
    {
        await using var meeting = await LiveMeeting.StartAsync();
        var poll = await meeting.OpenPollAsync(secrecy);
        using var coordinator = await meeting.Factory.SignedInClientAsync("coordinator@riverside.example");

        var response = await BoardAppFactory.PostFormAsync(coordinator, $"/boards/{meeting.Ids.Riverside}/manage/meetings/{meeting.MeetingId}",
            new Dictionary<string, string> { ["step"] = nameof(MeetingStep.Close) }, "Step");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()),
                Does.Contain($"A vote is still open: \"{poll.Question}\". Close it on the Votes page first, then close the meeting."));
            Assert.That(await meeting.ScalarAsync<string>("SELECT state FROM meetings WHERE id = @MeetingId", meeting), Is.EqualTo("Live"));
        }
    }

    /// <summary>The race the page cannot see: a poll opened after the page checked. The store's guards refuse both ways.</summary>
    [TestCase(true)]
    [TestCase(false)]
    public async Task TheStore_NeverLeavesAClosedMeetingWithAnOpenPoll(bool pollFirst)
    {
        await using var meeting = await LiveMeeting.StartAsync();
        var store = meeting.Factory.Services.GetRequiredService<MeetingStore>();
        var poll = await meeting.OpenPollAsync(BallotSecrecy.Secret, open: false);
        var polls = meeting.Factory.Services.GetRequiredService<PollStore>();

        bool opened, closed;
        if (pollFirst)
        {
            opened = await polls.OpenAsync(meeting.Ids.Riverside, poll.Id, DateTimeOffset.UtcNow);
            closed = await store.MoveAsync(meeting.Ids.Riverside, meeting.MeetingId, MeetingState.Live, MeetingState.Closed, DateTimeOffset.UtcNow);
        }
        else
        {
            closed = await store.MoveAsync(meeting.Ids.Riverside, meeting.MeetingId, MeetingState.Live, MeetingState.Closed, DateTimeOffset.UtcNow);
            opened = await polls.OpenAsync(meeting.Ids.Riverside, poll.Id, DateTimeOffset.UtcNow);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(opened && closed, Is.False, "never both");
            Assert.That(opened || closed, Is.True, "the first one wins");
            Assert.That(await meeting.ScalarAsync<long>(
                "SELECT COUNT(*) FROM polls p JOIN meetings m ON m.id = p.meeting_id WHERE p.state = 'Open' AND m.state = 'Closed'"), Is.Zero);
        }
    }
}

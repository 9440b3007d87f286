using Board.Core.Voting;
using Board.Data.Meetings;
using Board.Data.Voting;
using Board.Web.Voting;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Hubs;

/// <summary>
/// Hands that were acknowledged are never dropped at close: when someone counted by hand has left since, the close
/// asks for a recount (the refusal depends only on hands and attendance, which the coordinator sees anyway).
/// </summary>
[TestFixture]
public sealed class HandsAtCloseTests
{
    [TestCase(BallotSecrecy.Open)]
    [TestCase(BallotSecrecy.Secret)]
    public async Task Close_AfterAMemberCountedByHandLeft_AsksForARecount_ThenCloses(BallotSecrecy secrecy)
    {
        await using var meeting = await LiveMeeting.StartAsync();
        var services = meeting.Factory.Services;
        var board = meeting.Ids.Riverside;
        var poll = await meeting.OpenPollAsync(secrecy);
        var rolls = services.GetRequiredService<VotingRoll>();
        var store = services.GetRequiredService<PollStore>();
        var control = services.GetRequiredService<PollControl>();
        var coordinator = await meeting.PersonIdAsync("coordinator@riverside.example");
        var forOption = poll.Options[0].Id;
        var eligible = (await rolls.LoadFreshAsync(board, meeting.MeetingId))!.EligibleIds;
        Assert.That(await store.RecordRoomCountsAsync(board, poll.Id, new Dictionary<long, int> { [forOption] = eligible.Count },
            eligible, coordinator, DateTimeOffset.UtcNow), Is.Null);

        await services.GetRequiredService<AttendanceStore>().LeaveAsync(meeting.MeetingId, await meeting.PersonIdAsync("carer@riverside.example"), DateTime.Today.AddHours(10));
        var refused = await control.CloseAsync(board, meeting.MeetingId, poll.Id);

        Assert.That(refused.Done, Is.False);
        Assert.That(refused.Message, Does.StartWith("Someone has left since the hands were counted"));
        Assert.That(await meeting.ScalarAsync<string>("SELECT state FROM polls WHERE id = @Id", new { poll.Id }), Is.EqualTo("Open"));

        var fewer = (await rolls.LoadFreshAsync(board, meeting.MeetingId))!.EligibleIds;
        Assert.That(await store.RecordRoomCountsAsync(board, poll.Id, new Dictionary<long, int> { [forOption] = fewer.Count },
            fewer, coordinator, DateTimeOffset.UtcNow), Is.Null);
        var closed = await control.CloseAsync(board, meeting.MeetingId, poll.Id);

        Assert.That(closed.Done, Is.True, closed.Message);
        Assert.That(closed.Message, Does.Not.Contain("was not counted"));
    }
}

using Board.Core.Voting;
using Board.Data.Voting;
using Board.Web.Voting;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Hubs;

/// <summary>
/// One member counts once in a poll, however their vote arrives: on their device, by their supporter, named in the
/// room, or in a show of hands. Every order of those, for open and secret polls: the count never exceeds the
/// members who could vote, and nobody has two ballots.
/// </summary>
[TestFixture]
public sealed class OneMemberOnceTests
{
    private static readonly string[] Events = ["device:rep", "device:carer", "supporter:rep", "room:rep", "room:carer", "hands:1", "hands:2"];

    private LiveMeeting _meeting = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _meeting = await LiveMeeting.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _meeting.DisposeAsync();

    private static IEnumerable<TestCaseData> Orders()
    {
        foreach (var secrecy in new[] { BallotSecrecy.Open, BallotSecrecy.Secret })
            foreach (var a in Events)
                foreach (var b in Events)
                    yield return new TestCaseData(secrecy, new[] { a, b }).SetName($"{secrecy}: {a} then {b}");
        foreach (var secrecy in new[] { BallotSecrecy.Open, BallotSecrecy.Secret })
        {
            yield return new TestCaseData(secrecy, new[] { "hands:2", "device:rep", "device:carer" }).SetName($"{secrecy}: everyone's hands, then both devices");
            yield return new TestCaseData(secrecy, new[] { "device:rep", "device:carer", "hands:2" }).SetName($"{secrecy}: both devices, then everyone's hands");
            yield return new TestCaseData(secrecy, new[] { "hands:1", "supporter:rep", "room:carer", "device:carer" }).SetName($"{secrecy}: a hand, the supporter, named in the room, a device");
            yield return new TestCaseData(secrecy, new[] { "device:rep", "hands:1", "hands:1", "device:carer", "room:carer" }).SetName($"{secrecy}: recounted hands between devices");
        }
    }

    [TestCaseSource(nameof(Orders))]
    public async Task AnyOrderOfEvents_CountsEachMemberOnce_AndNeverMoreThanCanVote(BallotSecrecy secrecy, string[] order)
    {
        var services = _meeting.Factory.Services;
        var board = _meeting.Ids.Riverside;
        var meetingId = _meeting.MeetingId;
        var poll = await _meeting.OpenPollAsync(secrecy);
        var box = services.GetRequiredService<BallotBox>();
        var rolls = services.GetRequiredService<VotingRoll>();
        var ids = new Dictionary<string, long>
        {
            ["rep"] = await _meeting.PersonIdAsync("rep@riverside.example"),
            ["carer"] = await _meeting.PersonIdAsync("carer@riverside.example"),
        };
        var supporter = await _meeting.PersonIdAsync("supporter@riverside.example");
        var coordinator = await _meeting.PersonIdAsync("coordinator@riverside.example");
        var forOption = poll.Options[0].Id;
        var eligible = (await rolls.LoadFreshAsync(board, meetingId))!.Eligible;

        foreach (var step in order)
        {
            var (how, who) = (step.Split(':')[0], step.Split(':')[1]);
            _ = how switch
            {
                "device" => await box.CastAsync(board, meetingId, ids[who], poll.Id, forOption, Guid.NewGuid().ToString(), null),
                "supporter" => await box.CastToldInPersonAsync(board, meetingId, supporter, poll.Id, forOption, Guid.NewGuid().ToString(), ids[who]),
                "room" => await box.RecordInRoomAsync(board, meetingId, coordinator, poll.Id, ids[who], forOption),
                _ => new Board.Web.Hubs.BallotAck(await services.GetRequiredService<PollStore>().RecordRoomCountsAsync(board, poll.Id,
                    new Dictionary<long, int> { [forOption] = int.Parse(who, System.Globalization.CultureInfo.InvariantCulture) },
                    (await rolls.LoadFreshAsync(board, meetingId))!.EligibleIds, coordinator, DateTimeOffset.UtcNow) is null, "", poll.Id, null),
            };
        }
        var result = await services.GetRequiredService<PollControl>().CloseAsync(board, meetingId, poll.Id);
        var counted = (await services.GetRequiredService<BallotStore>().TallyAsync(poll)).Sum(c => c.Votes);
        var voters = await _meeting.ScalarAsync<long>("SELECT COUNT(*) FROM poll_voters WHERE poll_id = @Id", poll);
        var distinct = await _meeting.ScalarAsync<long>("SELECT COUNT(DISTINCT voter_id) FROM poll_voters WHERE poll_id = @Id", poll);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Done, Is.True, result.Message);
            Assert.That(counted, Is.LessThanOrEqualTo(eligible), $"counted {counted} of {eligible} who could vote");
            Assert.That(voters, Is.EqualTo(distinct));
            Assert.That(eligible, Is.EqualTo(2));
            if (secrecy == BallotSecrecy.Secret)
                Assert.That(await _meeting.ScalarAsync<long>("SELECT SUM(votes) FROM secret_counts WHERE poll_id = @Id", poll), Is.EqualTo(voters));
        }
    }
}

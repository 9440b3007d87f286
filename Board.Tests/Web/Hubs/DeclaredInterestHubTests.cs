using Board.Core.Interests;
using Board.Core.Voting;
using Board.Data.Interests;
using Board.Data.Voting;
using Board.Web.Hubs;
using Board.Web.Voting;
using Dapper;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Hubs;

/// <summary>
/// A member who declared they will not vote on an item: their ballot on its poll is refused and not counted, through
/// the hub, by their supporter and in the room; their screen says why; the poll's count leaves them out and says so.
/// </summary>
[TestFixture]
public sealed class DeclaredInterestHubTests
{
    private LiveMeeting _meeting = null!;

    [SetUp]
    public async Task StartAsync() => _meeting = await LiveMeeting.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _meeting.DisposeAsync();

    [TestCase(BallotSecrecy.Open)]
    [TestCase(BallotSecrecy.Secret)]
    public async Task DeclaredMember_BallotIsRefusedAndNotCounted_AndTheirScreenSaysWhy(BallotSecrecy secrecy)
    {
        var services = _meeting.Factory.Services;
        var rep = await _meeting.PersonIdAsync("rep@riverside.example");
        var itemId = await ItemAsync();
        var problem = await services.GetRequiredService<DeclarationStore>().DeclareAsync(_meeting.Ids.Riverside,
            new NewDeclaration(itemId, rep, InterestKind.JobAndMoney, "I work for the bus company.", InterestAction.NotVote, rep, false), DateTimeOffset.UtcNow);
        Assert.That(problem, Is.Null);
        await using var repHub = await _meeting.ConnectAsync("rep@riverside.example");
        await repHub.InvokeAsync<MeetingSync>("JoinMeeting", _meeting.MeetingId);
        var told = new TaskCompletionSource<NoVoteNotice>(TaskCreationOptions.RunContinuationsAsynchronously);
        repHub.On<NoVoteNotice>(nameof(IMeetingClient.NoVoteHere), n => told.TrySetResult(n));

        var poll = await PollOnItemAsync(itemId, secrecy);
        var opened = await services.GetRequiredService<PollControl>().OpenAsync(_meeting.Ids.Riverside, _meeting.MeetingId, poll.Id);
        var notice = await told.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var sync = await repHub.InvokeAsync<MeetingSync>("JoinMeeting", _meeting.MeetingId);
        var ack = await LiveMeeting.CastAsync(repHub, _meeting.MeetingId, poll, OptionMeaning.For);
        var supporter = await _meeting.PersonIdAsync("supporter@riverside.example");
        var bySupporter = await services.GetRequiredService<BallotBox>().CastToldInPersonAsync(_meeting.Ids.Riverside, _meeting.MeetingId, supporter, poll.Id,
            poll.Options[0].Id, Guid.NewGuid().ToString(), rep);
        var coordinator = await _meeting.PersonIdAsync("coordinator@riverside.example");
        var inRoom = await services.GetRequiredService<BallotBox>().RecordInRoomAsync(_meeting.Ids.Riverside, _meeting.MeetingId, coordinator, poll.Id, rep, poll.Options[0].Id);
        await using var carerHub = await _meeting.ConnectAsync("carer@riverside.example");
        var carerAck = await LiveMeeting.CastAsync(carerHub, _meeting.MeetingId, poll, OptionMeaning.For);
        var roll = (await services.GetRequiredService<VotingRoll>().LoadFreshAsync(_meeting.Ids.Riverside, _meeting.MeetingId))!;
        var voters = await services.GetRequiredService<PollEligibility>().ForPollAsync(_meeting.Ids.Riverside, poll.Id, roll);
        var polls = await _meeting.PageAsync("coordinator@riverside.example", $"/boards/{_meeting.Ids.Riverside}/manage/meetings/{_meeting.MeetingId}/polls");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(opened.Done, Is.True, opened.Message);
            Assert.That(notice.Message, Is.EqualTo(InterestRules.CannotVoteMessage));
            Assert.That(sync.NoVoteReason, Is.EqualTo(InterestRules.CannotVoteMessage));
            Assert.That(ack.Committed, Is.False);
            Assert.That(ack.Message, Is.EqualTo(InterestRules.CannotVoteMessage));
            Assert.That(bySupporter.Committed, Is.False);
            Assert.That(bySupporter.Message, Is.EqualTo(BallotBox.DeclaredForRep));
            Assert.That(inRoom.Committed, Is.False);
            Assert.That(carerAck.Committed, Is.True, "another member still votes");
            Assert.That(await _meeting.ScalarAsync<long>("SELECT COUNT(*) FROM poll_voters WHERE poll_id = @Id AND voter_id = @rep", new { poll.Id, rep }), Is.Zero);
            Assert.That((await services.GetRequiredService<BallotStore>().TallyAsync(poll)).Sum(c => c.Votes), Is.EqualTo(1));
            Assert.That(voters.CanVote, Is.EqualTo(roll.Eligible - 1));
            Assert.That(sync.Progress!.Eligible, Is.EqualTo(roll.Eligible - 1));
            Assert.That(polls, Does.Contain($"{roll.Eligible - 1} can vote. 1 person said they have an interest and will not vote."));
        }
    }

    [Test]
    public async Task MemberWhoWillStay_StillVotes()
    {
        var services = _meeting.Factory.Services;
        var rep = await _meeting.PersonIdAsync("rep@riverside.example");
        var itemId = await ItemAsync();
        await services.GetRequiredService<DeclarationStore>().DeclareAsync(_meeting.Ids.Riverside,
            new NewDeclaration(itemId, rep, InterestKind.Groups, "I go to the club.", InterestAction.StayAndSpeak, rep, false), DateTimeOffset.UtcNow);
        var poll = await PollOnItemAsync(itemId, BallotSecrecy.Secret);
        await services.GetRequiredService<PollStore>().OpenAsync(_meeting.Ids.Riverside, poll.Id, DateTimeOffset.UtcNow);
        await using var repHub = await _meeting.ConnectAsync("rep@riverside.example");

        var ack = await LiveMeeting.CastAsync(repHub, _meeting.MeetingId, poll, OptionMeaning.Against);

        Assert.That(ack.Committed, Is.True, ack.Message);
    }

    /// <summary>An accepted item on the live meeting's agenda (written directly: a live meeting's agenda is fixed).</summary>
    private async Task<long> ItemAsync()
    {
        await using var connection = await _meeting.Factory.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO agenda_items (board_id, meeting_id, raised_by, raised_at, title, easy_read_summary, details, ask, picture, state, position, minutes)
            SELECT @board, @meeting, person_id, '2026-06-01T09:00:00.0000000+00:00', 'Buses', 'Later buses', 'Details', 'Decide', 'transport', 'Accepted', 1, 10
            FROM accounts WHERE user_name = 'coordinator@riverside.example'
            RETURNING id
            """, new { board = _meeting.Ids.Riverside, meeting = _meeting.MeetingId });
    }

    private async Task<Poll> PollOnItemAsync(long itemId, BallotSecrecy secrecy)
    {
        var polls = _meeting.Factory.Services.GetRequiredService<PollStore>();
        var coordinator = await _meeting.PersonIdAsync("coordinator@riverside.example");
        var id = await polls.CreateAsync(_meeting.Ids.Riverside, coordinator, new NewPoll(_meeting.MeetingId, itemId, "Should we ask for later buses?", "transport",
            secrecy, Board.Core.Composition.MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions), DateTimeOffset.UtcNow);
        return (await polls.GetAsync(_meeting.Ids.Riverside, id))!;
    }
}

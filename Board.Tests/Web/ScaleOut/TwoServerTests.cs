using System.Net;
using Board.Core.Voting;
using Board.Data.Meetings;
using Board.Data.Voting;
using Board.Web.Hubs;
using Board.Web.Voting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Board.Tests.Web.ScaleOut;

/// <summary>
/// Two app servers over one PostgreSQL and one Redis (issue 14, ADR-016): what one server does, the other sees; a
/// cookie from one works on the other; a supporter on one and their Rep on the other; one schedule of jobs.
/// </summary>
[TestFixture]
[Category("ScaleOut")]
[NonParallelizable]
public sealed class TwoServerTests
{
    private const string Rep = "rep@riverside.example";
    private const string Supporter = "supporter@riverside.example";
    private const string Carer = "carer@riverside.example";
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(10);

    private ScaleOutSite _site = null!;
    private FakeTimeProvider _frozenOnB = null!;

    [OneTimeSetUp]
    public async Task StartServers()
    {
        // B's clock stands still, so its copy of a roll never grows old by itself: only the message from A can clear it.
        _frozenOnB = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _site = await ScaleOutSite.StartAsync(configureB: b => b.ExtraServices.Add(services => services.AddSingleton<TimeProvider>(_frozenOnB)));
    }

    [OneTimeTearDown]
    public async Task StopServers() => await _site.DisposeAsync();

    [Test]
    public async Task ACookieFromServerA_SignsInOnServerB()
    {
        using var onA = _site.A.NewClient();
        var session = await RoleSession.SignInAsync(onA, Rep);
        using var onB = _site.B.NewClient();

        using var request = session.Request(HttpMethod.Get, "/me/account");
        var response = await onB.SendAsync(request);
        using var anonymous = new HttpRequestMessage(HttpMethod.Get, "/me/account");
        var refused = await onB.SendAsync(anonymous);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "B reads A's sign-in cookie");
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "and still refuses someone not signed in");
        }
    }

    [Test]
    public async Task AFormTokenFromServerA_IsAcceptedByServerB()
    {
        using var onA = _site.A.NewClient();
        var session = await RoleSession.SignInAsync(onA, Rep);
        using var onB = _site.B.NewClient();

        // Signing out is a form post: B must read both A's cookie and A's antiforgery token.
        using var signOut = session.Request(HttpMethod.Post, "/sign-out");
        var response = await onB.SendAsync(signOut);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task SupporterOnServerB_RepOnServerA_TheRepConfirms_AndItCountsOnce()
    {
        var (ids, meetingId) = await _site.LiveMeetingAsync();
        var poll = await OpenPollAsync(ids, meetingId, BallotSecrecy.Secret);
        var repId = await _site.PersonIdAsync(Rep);
        await using var rep = await JoinedAsync(_site.A, Rep, meetingId);
        var asked = Next<PendingVoteView>(rep, nameof(IMeetingClient.VoteWaitingForYou));
        await using var supporter = await JoinedAsync(_site.B, Supporter, meetingId);
        var answered = Next<RepAnswerNotice>(supporter, nameof(IMeetingClient.VoteForRepAnswered));

        var sent = await CastAsync(supporter, meetingId, poll, OptionMeaning.For, onBehalfOf: repId);
        var view = await asked.WaitAsync(Soon);
        // The Rep reloads on server B: the question still waits for them there.
        var (reloaded, resync) = await JoinWithSyncAsync(_site.B, Rep, meetingId);
        await using var reloadedConnection = reloaded;
        var ack = await rep.InvokeAsync<BallotAck>("AnswerVoteForMe", meetingId, poll.Id, view.Token, true);
        var told = await answered.WaitAsync(Soon);
        var again = await reloaded.InvokeAsync<BallotAck>("AnswerVoteForMe", meetingId, poll.Id, view.Token, true);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.Waiting, Is.True);
            Assert.That(resync.WaitingForYou?.Token, Is.EqualTo(view.Token));
            Assert.That(ack.Committed, Is.True, ack.Message);
            Assert.That(told.Counted, Is.True);
            Assert.That(again.Committed, Is.False, "the same token answered again on the other server finds nothing");
            Assert.That(again.Message, Is.EqualTo(RepConfirmations.NothingWaiting));
            Assert.That(await _site.ScalarAsync<long>("SELECT COUNT(*) FROM poll_voters WHERE poll_id = @Id", poll), Is.EqualTo(1));
            Assert.That(await _site.B.Services.GetRequiredService<IPendingBallots>().WaitingForAsync(poll.Id, repId), Is.Null);
        }
    }

    [Test]
    public async Task APollClosedOnServerA_DropsTheBallotHeldThroughServerB()
    {
        var (ids, meetingId) = await _site.LiveMeetingAsync();
        var poll = await OpenPollAsync(ids, meetingId, BallotSecrecy.Open);
        var repId = await _site.PersonIdAsync(Rep);
        await using var supporter = await JoinedAsync(_site.B, Supporter, meetingId);
        var answered = Next<RepAnswerNotice>(supporter, nameof(IMeetingClient.VoteForRepAnswered));
        Assert.That((await CastAsync(supporter, meetingId, poll, OptionMeaning.Against, onBehalfOf: repId)).Waiting, Is.True);

        await _site.A.Services.GetRequiredService<RepConfirmations>().PollClosedAsync(poll.Id);
        var told = await answered.WaitAsync(Soon);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(told.Counted, Is.False);
            Assert.That(await _site.B.Services.GetRequiredService<IPendingBallots>().WaitingForAsync(poll.Id, repId), Is.Null);
        }
    }

    [Test]
    public async Task AMemberVotesOnServerA_TheRoomOnServerB_SeesTheCount()
    {
        var (ids, meetingId) = await _site.LiveMeetingAsync();
        var poll = await OpenPollAsync(ids, meetingId, BallotSecrecy.Secret);
        await using var room = await JoinedAsync(_site.B, "coordinator@riverside.example", meetingId);
        var progress = new TaskCompletionSource<ProgressView>(TaskCreationOptions.RunContinuationsAsynchronously);
        room.On<ProgressView>(nameof(IMeetingClient.VoteProgress), view =>
        {
            if (view.PollId == poll.Id && view.Voted == 1)
                progress.TrySetResult(view);
        });
        await using var carer = await JoinedAsync(_site.A, Carer, meetingId);

        var ack = await CastAsync(carer, meetingId, poll, OptionMeaning.For);

        Assert.That(ack.Committed, Is.True, ack.Message);
        Assert.That((await progress.Task.WaitAsync(Soon)).Voted, Is.EqualTo(1));
    }

    [Test]
    public async Task AttendanceChangesOnServerA_ServerBsRollIsNotStale()
    {
        var (ids, meetingId) = await _site.LiveMeetingAsync();
        var partner = await _site.PersonIdAsync("partner@riverside.example");
        var rollsOnB = _site.B.Services.GetRequiredService<VotingRoll>();
        var before = await rollsOnB.LoadAsync(ids.Riverside, meetingId);
        Assert.That(before!.IsPresent(partner), Is.False);

        // What the attendance page does on server A: mark, then forget the roll.
        await _site.A.Services.GetRequiredService<AttendanceStore>().MarkAsync(meetingId, partner, Board.Core.Meetings.AttendanceMark.InRoom, DateTime.Today.AddHours(10));
        _site.A.Services.GetRequiredService<VotingRoll>().Forget(meetingId);

        var deadline = DateTime.UtcNow + Soon;
        Roll? after;
        do
        {
            after = await rollsOnB.LoadAsync(ids.Riverside, meetingId);
            if (after!.IsPresent(partner))
                break;
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        Assert.That(after.IsPresent(partner), Is.True, "B still uses the roll it read before A marked the partner here");
    }

    private async Task<Poll> OpenPollAsync(DemoIds ids, long meetingId, BallotSecrecy secrecy)
    {
        var polls = _site.A.Services.GetRequiredService<PollStore>();
        var coordinator = await _site.PersonIdAsync("coordinator@riverside.example");
        var id = await polls.CreateAsync(ids.Riverside, coordinator, new NewPoll(meetingId, null, "Should we ask for later buses?", "transport",
            secrecy, Board.Core.Composition.MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions), DateTimeOffset.UtcNow);
        Assert.That(await polls.OpenAsync(ids.Riverside, id, DateTimeOffset.UtcNow), Is.True);
        return (await polls.GetAsync(ids.Riverside, id))!;
    }

    private static async Task<HubConnection> JoinedAsync(ScaleOutServer server, string user, long meetingId) =>
        (await JoinWithSyncAsync(server, user, meetingId)).Connection;

    private static async Task<(HubConnection Connection, MeetingSync Sync)> JoinWithSyncAsync(ScaleOutServer server, string user, long meetingId)
    {
        using var client = server.NewClient();
        var session = await RoleSession.SignInAsync(client, user);
        var connection = await server.ConnectAsync(session.CookieHeader!);
        return (connection, await connection.InvokeAsync<MeetingSync>("JoinMeeting", meetingId));
    }

    private static Task<BallotAck> CastAsync(HubConnection hub, long meetingId, Poll poll, OptionMeaning meaning, long? onBehalfOf = null) =>
        hub.InvokeAsync<BallotAck>("CastBallot", meetingId, poll.Id, poll.Options.First(o => o.Meaning == meaning).Id, Guid.NewGuid().ToString(), onBehalfOf);

    private static Task<T> Next<T>(HubConnection connection, string message)
    {
        var next = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<T>(message, value => next.TrySetResult(value));
        return next.Task;
    }
}

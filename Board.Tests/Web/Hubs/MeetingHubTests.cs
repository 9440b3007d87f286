using Board.Core.Voting;
using Board.Data.Voting;
using Board.Web.Hubs;
using Dapper;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Hubs;

/// <summary>The meeting hub through the .NET SignalR client against the real app: integrity first.</summary>
[TestFixture]
public sealed class MeetingHubTests
{
    private LiveMeeting _meeting = null!;

    [SetUp]
    public async Task StartAsync() => _meeting = await LiveMeeting.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _meeting.DisposeAsync();

    [Test]
    public async Task TwentyConcurrentBallotsFromOneMember_InASecretPoll_CountExactlyOnce()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Secret);
        await using var rep = await _meeting.ConnectAsync("rep@riverside.example");
        await rep.InvokeAsync<MeetingSync>("JoinMeeting", _meeting.MeetingId);

        var acks = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            LiveMeeting.CastAsync(rep, _meeting.MeetingId, poll, i % 2 == 0 ? OptionMeaning.For : OptionMeaning.Against)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(acks.Count(a => a.Committed), Is.EqualTo(1));
            Assert.That(acks.Where(a => !a.Committed).Select(a => a.Message).Distinct(), Is.EqualTo(new[] { "You have already voted. Secret votes cannot be changed." }));
            Assert.That(await _meeting.ScalarAsync<long>("SELECT COUNT(*) FROM poll_voters WHERE poll_id = @Id", poll), Is.EqualTo(1));
            Assert.That(await _meeting.ScalarAsync<long>("SELECT SUM(votes) FROM secret_counts WHERE poll_id = @Id", poll), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task TwentyConcurrentBallotsFromOneMember_InAnOpenPoll_LeaveOneBallotAndTheHistory()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Open);
        await using var rep = await _meeting.ConnectAsync("rep@riverside.example");

        var acks = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => LiveMeeting.CastAsync(rep, _meeting.MeetingId, poll, OptionMeaning.For)));

        var tally = await _meeting.Factory.Services.GetRequiredService<BallotStore>().TallyAsync(poll);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(acks.All(a => a.Committed), Is.True, "an open ballot may be changed while the poll is open");
            Assert.That(tally.Sum(c => c.Votes), Is.EqualTo(1));
            Assert.That(await _meeting.ScalarAsync<long>("SELECT COUNT(*) FROM open_ballots WHERE poll_id = @Id", poll), Is.EqualTo(1));
            Assert.That(await _meeting.ScalarAsync<long>("SELECT COUNT(*) FROM open_ballot_history WHERE poll_id = @Id", poll), Is.EqualTo(20));
        }
    }

    [Test]
    public async Task TheSameBallotResentAfterADrop_IsCountedOnce()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Secret);
        await using var rep = await _meeting.ConnectAsync("rep@riverside.example");
        var key = Guid.NewGuid().ToString();

        var acks = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => LiveMeeting.CastAsync(rep, _meeting.MeetingId, poll, OptionMeaning.For, key)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(acks.All(a => a.Committed && a.Message == "Your vote is counted."), Is.True);
            Assert.That(await _meeting.ScalarAsync<long>("SELECT SUM(votes) FROM secret_counts WHERE poll_id = @Id", poll), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ABallotResentAfterThePollClosed_IsStillReportedAsCounted()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Secret);
        await using var rep = await _meeting.ConnectAsync("rep@riverside.example");
        var key = Guid.NewGuid().ToString();
        Assert.That((await LiveMeeting.CastAsync(rep, _meeting.MeetingId, poll, OptionMeaning.For, key)).Committed, Is.True);
        await _meeting.ClosePollAsync(poll);

        var resent = await LiveMeeting.CastAsync(rep, _meeting.MeetingId, poll, OptionMeaning.For, key);

        Assert.That(resent, Is.EqualTo(new BallotAck(true, "Your vote is counted.", poll.Id, null)));
    }

    [Test]
    public async Task ALateResendOfAnOldBallot_DoesNotUndoANewerChoice()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Open);
        await using var rep = await _meeting.ConnectAsync("rep@riverside.example");
        var firstKey = Guid.NewGuid().ToString();
        await LiveMeeting.CastAsync(rep, _meeting.MeetingId, poll, OptionMeaning.For, firstKey);
        await LiveMeeting.CastAsync(rep, _meeting.MeetingId, poll, OptionMeaning.Against);

        var late = await LiveMeeting.CastAsync(rep, _meeting.MeetingId, poll, OptionMeaning.For, firstKey);

        var against = poll.Options.Single(o => o.Meaning == OptionMeaning.Against).Id;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(late.Committed, Is.True);
            Assert.That(late.OptionId, Is.EqualTo(against), "the answer tells the client what counts now");
            Assert.That(await _meeting.ScalarAsync<long>("SELECT option_id FROM open_ballots WHERE poll_id = @Id", poll), Is.EqualTo(against));
        }
    }

    [Test]
    public async Task AMemberWhoseRoleChanged_CanNoLongerUseTheirOpenConnection()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Open);
        await using var carer = await _meeting.ConnectAsync("carer@riverside.example");
        await carer.InvokeAsync<MeetingSync>("JoinMeeting", _meeting.MeetingId);
        var carerId = await _meeting.PersonIdAsync("carer@riverside.example");
        await using (var connection = await _meeting.Factory.Database.OpenAsync())
            await connection.ExecuteAsync("UPDATE people SET role = 'Partner' WHERE id = @carerId", new { carerId });

        // Over long polling the sign-in check refuses the next request itself; over WebSockets the hub refuses the call.
        Assert.CatchAsync<Exception>(() => LiveMeeting.CastAsync(carer, _meeting.MeetingId, poll, OptionMeaning.For));

        Assert.That(await _meeting.ScalarAsync<long>("SELECT COUNT(*) FROM poll_voters"), Is.Zero);
    }

    [Test]
    public async Task TheHub_RefusesABrowserOnAnotherSite()
    {
        using var client = _meeting.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/meeting/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", "https://elsewhere.example");

        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.AnyOf(System.Net.HttpStatusCode.Forbidden, System.Net.HttpStatusCode.Unauthorized));
    }

    [TestCase("partner@riverside.example", "You do not have a vote on this board. Thank you for taking part.")]
    [TestCase("supporter@riverside.example", "You do not have a vote on this board. Thank you for taking part.")]
    public async Task NonVotingMember_IsRefusedInPlainWords(string user, string message)
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Open);
        await using var hub = await _meeting.ConnectAsync(user);

        var ack = await LiveMeeting.CastAsync(hub, _meeting.MeetingId, poll, OptionMeaning.For);

        Assert.That(ack, Is.EqualTo(new BallotAck(false, message, poll.Id, null)));
        Assert.That(await _meeting.ScalarAsync<long>("SELECT COUNT(*) FROM poll_voters"), Is.Zero);
    }

    [Test]
    public async Task AbsentVotingMember_IsRefused()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Open);
        var carer = await _meeting.PersonIdAsync("carer@riverside.example");
        await _meeting.Factory.Services.GetRequiredService<Board.Data.Meetings.AttendanceStore>().LeaveAsync(_meeting.MeetingId, carer, DateTime.Now);
        await using var hub = await _meeting.ConnectAsync("carer@riverside.example");

        var ack = await LiveMeeting.CastAsync(hub, _meeting.MeetingId, poll, OptionMeaning.For);

        Assert.That(ack.Committed, Is.False);
        Assert.That(ack.Message, Does.StartWith("Only members at the meeting can vote."));
    }

    [Test]
    public async Task VoteBeforeOpenAndAfterClose_AreRefused()
    {
        var draft = await _meeting.OpenPollAsync(BallotSecrecy.Open, open: false);
        await using var rep = await _meeting.ConnectAsync("rep@riverside.example");
        var before = await LiveMeeting.CastAsync(rep, _meeting.MeetingId, draft, OptionMeaning.For);

        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Open);
        await _meeting.ClosePollAsync(poll);
        var after = await LiveMeeting.CastAsync(rep, _meeting.MeetingId, poll, OptionMeaning.For);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.Committed, Is.False);
            Assert.That(before.Message, Is.EqualTo("Voting has not started yet."));
            Assert.That(after.Committed, Is.False);
            Assert.That(after.Message, Is.EqualTo("Voting has finished."));
            Assert.That(await _meeting.ScalarAsync<long>("SELECT COUNT(*) FROM poll_voters"), Is.Zero);
        }
    }

    [Test]
    public async Task AfterReconnecting_TheClientResyncsTheOpenPollAndItsOwnVote()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Open);
        await using (var first = await _meeting.ConnectAsync("rep@riverside.example"))
        {
            await first.InvokeAsync<MeetingSync>("JoinMeeting", _meeting.MeetingId);
            Assert.That((await LiveMeeting.CastAsync(first, _meeting.MeetingId, poll, OptionMeaning.Against)).Committed, Is.True);
        }

        await using var again = await _meeting.ConnectAsync("rep@riverside.example");
        var sync = await again.InvokeAsync<MeetingSync>("JoinMeeting", _meeting.MeetingId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sync.OpenPoll!.PollId, Is.EqualTo(poll.Id));
            Assert.That(sync.HasVoted, Is.True);
            Assert.That(sync.MyOptionId, Is.EqualTo(poll.Options.Single(o => o.Meaning == OptionMeaning.Against).Id));
            Assert.That(sync.Progress, Is.EqualTo(new ProgressView(poll.Id, 1, 2)));
            Assert.That(sync.CanVote, Is.True);
        }
    }

    [Test]
    public async Task SecretPoll_LeavesNoLinkBetweenVoterAndChoice()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Secret);
        await using var rep = await _meeting.ConnectAsync("rep@riverside.example");
        await using var carer = await _meeting.ConnectAsync("carer@riverside.example");
        Assert.That((await LiveMeeting.CastAsync(rep, _meeting.MeetingId, poll, OptionMeaning.For)).Committed, Is.True);
        Assert.That((await LiveMeeting.CastAsync(carer, _meeting.MeetingId, poll, OptionMeaning.Against)).Committed, Is.True);

        await using var connection = await _meeting.Factory.Database.OpenAsync();
        var choiceColumns = (await connection.QueryAsync<string>(TestSql.ColumnsOf("secret_counts"))).ToList();
        var voterColumns = (await connection.QueryAsync<string>(TestSql.ColumnsOf("poll_voters"))).ToList();
        var ballotAudit = (await connection.QueryAsync<string>("SELECT details FROM audit_log WHERE kind = 'ballot'")).ToList();
        var optionIds = poll.Options.Select(o => o.Id.ToString()).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(choiceColumns, Is.EquivalentTo(new[] { "poll_id", "option_id", "votes" }), "choices are only counted: no row per choice");
            Assert.That(await connection.ExecuteScalarAsync<long>("SELECT SUM(votes) FROM secret_counts WHERE poll_id = @Id", poll), Is.EqualTo(2));
            Assert.That(voterColumns, Has.None.Contains("option"), "who voted carries no choice");
            Assert.That(voterColumns, Has.None.Contains("_at"), "who voted carries no time");
            Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM open_ballots WHERE poll_id = @Id", poll), Is.Zero);
            Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM open_ballot_history WHERE poll_id = @Id", poll), Is.Zero);
            Assert.That(ballotAudit, Has.Count.EqualTo(2).And.All.EqualTo("Voted in a secret poll. Cast by Member."));
            Assert.That(ballotAudit, Has.None.Matches<string>(d => optionIds.Any(d.Contains)));
        }
    }

    [Test]
    public async Task Supporter_VotesForTheirRep_TheRepSaysYes_ItIsRecordedAsAssisted()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Open);
        var repId = await _meeting.PersonIdAsync("rep@riverside.example");
        var supporterId = await _meeting.PersonIdAsync("supporter@riverside.example");
        await using var rep = await _meeting.ConnectAsync("rep@riverside.example");
        await rep.InvokeAsync<MeetingSync>("JoinMeeting", _meeting.MeetingId);
        var told = new TaskCompletionSource<PendingVoteView>();
        rep.On<PendingVoteView>(nameof(IMeetingClient.VoteWaitingForYou), view => told.TrySetResult(view));
        await using var supporter = await _meeting.ConnectAsync("supporter@riverside.example");
        var sync = await supporter.InvokeAsync<MeetingSync>("JoinMeeting", _meeting.MeetingId);

        var sent = await LiveMeeting.CastAsync(supporter, _meeting.MeetingId, poll, OptionMeaning.For, onBehalfOf: repId);
        var view = await told.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var ack = await rep.InvokeAsync<BallotAck>("AnswerVoteForMe", _meeting.MeetingId, poll.Id, view.Token, true);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sync.CanVoteFor.Select(r => r.PersonId), Does.Contain(repId));
            Assert.That(sent.Waiting, Is.True);
            Assert.That(ack.Committed, Is.True);
            Assert.That(view.Message, Is.EqualTo("Your supporter sent For. Is that what you want?"));
            Assert.That(await _meeting.ScalarAsync<long>("SELECT acting_person_id FROM poll_voters WHERE poll_id = @Id", poll), Is.EqualTo(supporterId));
            Assert.That(await _meeting.ScalarAsync<string>("SELECT cast_by FROM open_ballot_history WHERE poll_id = @Id", poll), Is.EqualTo("Supporter"));
            Assert.That(await _meeting.ScalarAsync<string>("SELECT details FROM audit_log WHERE kind = 'ballot'"), Does.Contain($"Cast by person {supporterId} for them"));
        }
    }

    [Test]
    public async Task Supporter_CannotVoteForARepTheyDoNotSupport()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Open);
        var carerId = await _meeting.PersonIdAsync("carer@riverside.example");
        await using var supporter = await _meeting.ConnectAsync("supporter@riverside.example");

        var ack = await LiveMeeting.CastAsync(supporter, _meeting.MeetingId, poll, OptionMeaning.For, onBehalfOf: carerId);

        Assert.That(ack.Committed, Is.False);
        Assert.That(ack.Message, Is.EqualTo("You can only vote for a Rep you support, when they ask you to."));
    }

    [Test]
    public async Task AnotherBoardsCoordinator_CannotJoinTheMeeting()
    {
        await using var stranger = await _meeting.ConnectAsync("coordinator@hillside.example");

        var refused = Assert.ThrowsAsync<HubException>(() => stranger.InvokeAsync<MeetingSync>("JoinMeeting", _meeting.MeetingId));

        Assert.That(refused!.Message, Does.Contain("This meeting is not part of your board."));
    }

    [Test]
    public async Task Everyone_SeesHowManyHaveVoted_AndTheResultWhenItCloses()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Open);
        await using var partner = await _meeting.ConnectAsync("partner@riverside.example");
        var progress = new TaskCompletionSource<ProgressView>();
        partner.On<ProgressView>(nameof(IMeetingClient.VoteProgress), p => progress.TrySetResult(p));
        await partner.InvokeAsync<MeetingSync>("JoinMeeting", _meeting.MeetingId);
        await using var rep = await _meeting.ConnectAsync("rep@riverside.example");

        await LiveMeeting.CastAsync(rep, _meeting.MeetingId, poll, OptionMeaning.For);

        Assert.That(await progress.Task.WaitAsync(TimeSpan.FromSeconds(10)), Is.EqualTo(new ProgressView(poll.Id, 1, 2)));
    }

    [Test]
    public async Task AuditChain_IsIntact_UntilARowIsEdited()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Open);
        await using var rep = await _meeting.ConnectAsync("rep@riverside.example");
        await LiveMeeting.CastAsync(rep, _meeting.MeetingId, poll, OptionMeaning.For);
        var log = _meeting.Factory.Services.GetRequiredService<AuditLog>();
        Assert.That(AuditChain.Verify(await log.AllAsync()).IsIntact, Is.True);

        await using var connection = await _meeting.Factory.Database.OpenAsync();
        Assert.CatchAsync<System.Data.Common.DbException>(() => connection.ExecuteAsync("UPDATE audit_log SET details = 'x' WHERE sequence = 2"),
            "the log refuses edits");
        // Someone with the database file can drop the guard; the chain still tells.
        await connection.ExecuteAsync(TestSql.DropTrigger("audit_log_no_update", "audit_log"));
        await connection.ExecuteAsync("UPDATE audit_log SET details = 'Chose option 999.' WHERE kind = 'ballot'");
        var check = AuditChain.Verify(await log.AllAsync());

        Assert.That(check.IsIntact, Is.False);
        Assert.That(check.FirstBadSequence, Is.EqualTo(await _meeting.ScalarAsync<long>("SELECT sequence FROM audit_log WHERE kind = 'ballot'")));
    }
}

using Board.Core.Voting;
using Board.Web.Hubs;
using Board.Web.Voting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Hubs;

/// <summary>
/// Issue 12 item 7: a supporter's ballot for a Rep counts only when the Rep says yes on their own device, or when the
/// supporter records that the Rep told them in person. Until then it waits in memory only (ADR-007).
/// </summary>
[TestFixture]
public sealed class RepConfirmationTests
{
    private const string Rep = "rep@riverside.example";
    private const string Supporter = "supporter@riverside.example";
    private const string Carer = "carer@riverside.example";
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(10);

    private LiveMeeting _meeting = null!;
    private long _repId;

    [SetUp]
    public async Task SetUp()
    {
        _meeting = await LiveMeeting.StartAsync();
        _repId = await _meeting.PersonIdAsync(Rep);
    }

    [TearDown]
    public async Task TearDown() => await _meeting.DisposeAsync();

    [TestCase(BallotSecrecy.Open, true)]
    [TestCase(BallotSecrecy.Secret, true)]
    [TestCase(BallotSecrecy.Open, false)]
    [TestCase(BallotSecrecy.Secret, false)]
    public async Task SupporterSends_CountsOnlyWhenTheRepSaysYes_AndNothingWhenTheySayNo(BallotSecrecy secrecy, bool yes)
    {
        var poll = await _meeting.OpenPollAsync(secrecy);
        await using var rep = await JoinedAsync(Rep);
        var asked = Next<PendingVoteView>(rep, nameof(IMeetingClient.VoteWaitingForYou));
        await using var supporter = await JoinedAsync(Supporter);
        var answered = Next<RepAnswerNotice>(supporter, nameof(IMeetingClient.VoteForRepAnswered));

        var sent = await LiveMeeting.CastAsync(supporter, _meeting.MeetingId, poll, OptionMeaning.For, onBehalfOf: _repId);
        var view = await asked.WaitAsync(Soon);
        var votedBefore = await VotedAsync(poll);
        // A Rep who reloads still sees the question waiting for them.
        await using var reloaded = await _meeting.ConnectAsync(Rep);
        var resync = await reloaded.InvokeAsync<MeetingSync>("JoinMeeting", _meeting.MeetingId);

        var ack = await rep.InvokeAsync<BallotAck>("AnswerVoteForMe", _meeting.MeetingId, poll.Id, view.Token, yes);
        var told = await answered.WaitAsync(Soon);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.Committed, Is.False);
            Assert.That(sent.Waiting, Is.True);
            Assert.That(sent.Message, Does.Not.Contain("counted"));
            Assert.That(view.Message, Is.EqualTo("Your supporter sent For. Is that what you want?"));
            Assert.That(votedBefore, Is.Zero, "nothing counts before the Rep says yes");
            Assert.That(resync.WaitingForYou?.Token, Is.EqualTo(view.Token));
            Assert.That(ack.Committed, Is.EqualTo(yes));
            Assert.That(ack.Message, Is.EqualTo(yes ? "Your vote is counted." : "Nothing was counted. You can vote yourself."));
            Assert.That(told.Counted, Is.EqualTo(yes));
            Assert.That(told.Message, Does.EndWith(yes ? "said yes. Your vote is counted." : "said no. Nothing was counted."));
            Assert.That(await VotedAsync(poll), Is.EqualTo(yes ? 1 : 0));
            Assert.That(Pending.Count, Is.Zero);
        }
        if (yes)
            Assert.That(await _meeting.ScalarAsync<string>("SELECT cast_by FROM poll_voters WHERE poll_id = @Id", poll), Is.EqualTo("Supporter"));
        else
        {
            // After a no, the Rep votes themselves.
            var own = await LiveMeeting.CastAsync(rep, _meeting.MeetingId, poll, OptionMeaning.Against);
            Assert.That(own.Committed, Is.True);
            Assert.That(await _meeting.ScalarAsync<string>("SELECT cast_by FROM poll_voters WHERE poll_id = @Id", poll), Is.EqualTo("Member"));
        }
    }

    /// <param name="who">Who tries to answer the Rep's waiting ballot.</param>
    /// <param name="forged">Whether they make up a token instead of using the real one.</param>
    [TestCase(Rep, true)]
    [TestCase(Carer, false)]
    [TestCase(Carer, true)]
    [TestCase(Supporter, false)]
    [TestCase("coordinator@riverside.example", false)]
    public async Task AForgedTokenOrSomeoneElsesAnswer_IsRefusedNeutrally_AndNothingCounts(string who, bool forged)
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Secret);
        await using var rep = await JoinedAsync(Rep);
        var asked = Next<PendingVoteView>(rep, nameof(IMeetingClient.VoteWaitingForYou));
        await using var supporter = await JoinedAsync(Supporter);
        await LiveMeeting.CastAsync(supporter, _meeting.MeetingId, poll, OptionMeaning.For, onBehalfOf: _repId);
        var view = await asked.WaitAsync(Soon);
        await using var other = who == Rep ? null : await JoinedAsync(who);

        var token = forged ? PendingBallots.NewToken() : view.Token;
        var refused = await (other ?? rep).InvokeAsync<BallotAck>("AnswerVoteForMe", _meeting.MeetingId, poll.Id, token, true);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused, Is.EqualTo(new BallotAck(false, RepConfirmations.NothingWaiting, poll.Id, null)));
            Assert.That(await VotedAsync(poll), Is.Zero);
            Assert.That(Pending.Count, Is.EqualTo(1), "a wrong answer does not take the Rep's question away");
        }
        // The Rep can still answer it.
        Assert.That((await rep.InvokeAsync<BallotAck>("AnswerVoteForMe", _meeting.MeetingId, poll.Id, view.Token, true)).Committed, Is.True);
    }

    [TestCase(BallotSecrecy.Open)]
    [TestCase(BallotSecrecy.Secret)]
    public async Task SupporterSendsAgain_TheNewBallotReplacesTheOld(BallotSecrecy secrecy)
    {
        var poll = await _meeting.OpenPollAsync(secrecy);
        await using var rep = await JoinedAsync(Rep);
        var views = new List<PendingVoteView>();
        var second = new TaskCompletionSource<PendingVoteView>(TaskCreationOptions.RunContinuationsAsynchronously);
        rep.On<PendingVoteView>(nameof(IMeetingClient.VoteWaitingForYou), v => { lock (views) { views.Add(v); if (views.Count == 2) second.TrySetResult(v); } });
        await using var supporter = await JoinedAsync(Supporter);

        await LiveMeeting.CastAsync(supporter, _meeting.MeetingId, poll, OptionMeaning.For, onBehalfOf: _repId);
        await LiveMeeting.CastAsync(supporter, _meeting.MeetingId, poll, OptionMeaning.Against, onBehalfOf: _repId);
        var latest = await second.Task.WaitAsync(Soon);

        var old = await rep.InvokeAsync<BallotAck>("AnswerVoteForMe", _meeting.MeetingId, poll.Id, views[0].Token, true);
        var ack = await rep.InvokeAsync<BallotAck>("AnswerVoteForMe", _meeting.MeetingId, poll.Id, latest.Token, true);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(latest.Option.Label, Is.EqualTo("Against"));
            Assert.That(old.Message, Is.EqualTo(RepConfirmations.NothingWaiting));
            Assert.That(ack.Committed, Is.True);
            Assert.That(await VotedAsync(poll), Is.EqualTo(1));
            Assert.That(await _meeting.ScalarAsync<long>("SELECT COALESCE(SUM(votes), 0) FROM secret_counts WHERE poll_id = @Id AND option_id = @Against",
                new { poll.Id, Against = poll.Options.First(o => o.Meaning == OptionMeaning.Against).Id }) +
                await _meeting.ScalarAsync<long>("SELECT COUNT(*) FROM open_ballots WHERE poll_id = @Id AND option_id = @Against",
                new { poll.Id, Against = poll.Options.First(o => o.Meaning == OptionMeaning.Against).Id }), Is.EqualTo(1));
        }
    }

    [TestCase(BallotSecrecy.Open)]
    [TestCase(BallotSecrecy.Secret)]
    public async Task PollClosesWithABallotWaiting_NothingCounts_ItIsCleared_AndTheSupporterIsTold(BallotSecrecy secrecy)
    {
        var poll = await _meeting.OpenPollAsync(secrecy);
        await using var rep = await JoinedAsync(Rep);
        var asked = Next<PendingVoteView>(rep, nameof(IMeetingClient.VoteWaitingForYou));
        await using var supporter = await JoinedAsync(Supporter);
        var answered = Next<RepAnswerNotice>(supporter, nameof(IMeetingClient.VoteForRepAnswered));
        await LiveMeeting.CastAsync(supporter, _meeting.MeetingId, poll, OptionMeaning.For, onBehalfOf: _repId);
        var view = await asked.WaitAsync(Soon);

        var step = await _meeting.Factory.Services.GetRequiredService<PollControl>().CloseAsync(_meeting.Ids.Riverside, _meeting.MeetingId, poll.Id);
        var told = await answered.WaitAsync(Soon);
        var late = await rep.InvokeAsync<BallotAck>("AnswerVoteForMe", _meeting.MeetingId, poll.Id, view.Token, true);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(step.Done, Is.True, step.Message);
            Assert.That(told.Counted, Is.False);
            Assert.That(told.Message, Does.EndWith("Nothing was counted for them."));
            Assert.That(Pending.Count, Is.Zero);
            Assert.That(late.Committed, Is.False);
            Assert.That(await VotedAsync(poll), Is.Zero);
        }
    }

    [TestCase(BallotSecrecy.Open)]
    [TestCase(BallotSecrecy.Secret)]
    public async Task ToldInPerson_CountsAtOnce_AuditedAsSuch_AndTheRepsDeviceIsTold(BallotSecrecy secrecy)
    {
        var poll = await _meeting.OpenPollAsync(secrecy);
        await using var rep = await JoinedAsync(Rep);
        var recorded = Next<BallotNotice>(rep, nameof(IMeetingClient.BallotRecorded));
        await using var supporter = await JoinedAsync(Supporter);

        var ack = await supporter.InvokeAsync<BallotAck>("CastToldInPerson", _meeting.MeetingId, poll.Id,
            poll.Options.First(o => o.Meaning == OptionMeaning.For).Id, Guid.NewGuid().ToString(), _repId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ack.Committed, Is.True);
            Assert.That(ack.Message, Is.EqualTo("Your vote is counted."));
            Assert.That((await recorded.WaitAsync(Soon)).Message, Does.EndWith("recorded the vote you told them. Your vote is counted."));
            Assert.That(await _meeting.ScalarAsync<string>("SELECT cast_by FROM poll_voters WHERE poll_id = @Id", poll), Is.EqualTo("SupporterToldInPerson"));
            Assert.That(await _meeting.ScalarAsync<string>("SELECT details FROM audit_log WHERE kind = 'ballot'"), Does.Contain("told their supporter in person"));
        }
    }

    [Test]
    public async Task ToldInPerson_ForARepTheSupporterDoesNotSupport_IsRefused()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Open);
        await using var supporter = await JoinedAsync(Supporter);
        var ack = await supporter.InvokeAsync<BallotAck>("CastToldInPerson", _meeting.MeetingId, poll.Id, poll.Options[0].Id, Guid.NewGuid().ToString(),
            await _meeting.PersonIdAsync(Carer));
        Assert.That(ack.Committed, Is.False);
        Assert.That(await VotedAsync(poll), Is.Zero);
    }

    [Test]
    public async Task SecretPoll_AfterTheRepSaysYes_NoRowLinksTheRepToTheChoice()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Secret);
        await using var rep = await JoinedAsync(Rep);
        var asked = Next<PendingVoteView>(rep, nameof(IMeetingClient.VoteWaitingForYou));
        await using var supporter = await JoinedAsync(Supporter);
        await LiveMeeting.CastAsync(supporter, _meeting.MeetingId, poll, OptionMeaning.Against, onBehalfOf: _repId);
        var view = await asked.WaitAsync(Soon);
        Assert.That((await rep.InvokeAsync<BallotAck>("AnswerVoteForMe", _meeting.MeetingId, poll.Id, view.Token, true)).Committed, Is.True);

        var audit = (await QueryAsync<string>("SELECT details FROM audit_log WHERE kind = 'ballot'")).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _meeting.ScalarAsync<long>("SELECT COUNT(*) FROM open_ballots WHERE poll_id = @Id", poll), Is.Zero);
            Assert.That(await _meeting.ScalarAsync<long>("SELECT COUNT(*) FROM open_ballot_history WHERE poll_id = @Id", poll), Is.Zero);
            Assert.That(await _meeting.ScalarAsync<long>("SELECT voter_id FROM poll_voters WHERE poll_id = @Id", poll), Is.EqualTo(_repId));
            Assert.That(await _meeting.ScalarAsync<long>("SELECT votes FROM secret_counts WHERE poll_id = @Id AND option_id = @Option",
                new { poll.Id, Option = poll.Options.First(o => o.Meaning == OptionMeaning.Against).Id }), Is.EqualTo(1));
            Assert.That(audit, Has.Count.EqualTo(1));
            Assert.That(audit[0], Does.Match(@"^Voted in a secret poll\. Cast by person \d+ for them \(Supporter\)\.$"));
        }
    }

    private PendingBallots Pending => _meeting.Factory.Services.GetRequiredService<PendingBallots>();

    private async Task<HubConnection> JoinedAsync(string user)
    {
        var connection = await _meeting.ConnectAsync(user);
        await connection.InvokeAsync<MeetingSync>("JoinMeeting", _meeting.MeetingId);
        return connection;
    }

    private static Task<T> Next<T>(HubConnection connection, string message)
    {
        var next = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<T>(message, value => next.TrySetResult(value));
        return next.Task;
    }

    private Task<long> VotedAsync(Board.Core.Voting.Poll poll) => _meeting.ScalarAsync<long>("SELECT COUNT(*) FROM poll_voters WHERE poll_id = @Id", poll);

    private async Task<IEnumerable<T>> QueryAsync<T>(string sql)
    {
        await using var connection = await _meeting.Factory.Database.OpenAsync();
        return await Dapper.SqlMapper.QueryAsync<T>(connection, sql);
    }
}

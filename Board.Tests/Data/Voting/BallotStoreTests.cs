using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Voting;
using Board.Tests.Data.Meetings;
using Dapper;

namespace Board.Tests.Data.Voting;

/// <summary>Ballots and polls against a real SQLite file with the real migrations.</summary>
public sealed class BallotStoreTests
{
    private TestDatabase _db = null!;
    private PollStore _polls = null!;
    private BallotStore _ballots = null!;
    private long _boardId;
    private long _meetingId;
    private long _voter;
    private long _coordinator;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _polls = new PollStore(_db.Database);
        _ballots = new BallotStore(_db.Database);
        _boardId = await TestData.BoardAsync(_db.Database);
        _voter = await TestData.PersonAsync(_db.Database, _boardId, "Rita Rep", Role.Rep);
        _coordinator = await TestData.PersonAsync(_db.Database, _boardId, "Cora Coordinator", Role.Coordinator);
        _meetingId = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December, MeetingState.Live);
    }

    [TearDown]
    public async Task TearDown()
    {
        await _ballots.DisposeAsync();
        _db.Dispose();
    }

    [TestCase(BallotSecrecy.Open)]
    [TestCase(BallotSecrecy.Secret)]
    public async Task Cast_Counted_ThenSameKeyAgain_IsAlreadyCountedAndStoresNothingNew(BallotSecrecy secrecy)
    {
        var poll = await OpenPollAsync(secrecy);

        var first = await _ballots.CastAsync(poll, Paper(poll, OptionMeaning.For, "key-1"), TestData.Eligible, TestData.Now);
        var again = await _ballots.CastAsync(poll, Paper(poll, OptionMeaning.For, "key-1"), TestData.Eligible, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Outcome, Is.EqualTo(BallotOutcome.Counted));
            Assert.That(again.Outcome, Is.EqualTo(BallotOutcome.AlreadyCounted));
            Assert.That((await _ballots.TallyAsync(poll)).Sum(c => c.Votes), Is.EqualTo(1));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM audit_log WHERE kind = 'ballot'"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Cast_SecondBallotInASecretPoll_IsAlreadyVoted()
    {
        var poll = await OpenPollAsync(BallotSecrecy.Secret);
        await _ballots.CastAsync(poll, Paper(poll, OptionMeaning.For, "key-1"), TestData.Eligible, TestData.Now);

        var second = await _ballots.CastAsync(poll, Paper(poll, OptionMeaning.Against, "key-2"), TestData.Eligible, TestData.Now);

        Assert.That(second.Outcome, Is.EqualTo(BallotOutcome.AlreadyVoted));
        Assert.That((await _ballots.TallyAsync(poll)).Select(c => c.Votes), Is.EqualTo(new[] { 1, 0, 0 }));
    }

    [Test]
    public async Task Cast_SecondBallotInAnOpenPoll_ChangesTheChoice_AndKeepsTheHistory()
    {
        var poll = await OpenPollAsync(BallotSecrecy.Open);
        await _ballots.CastAsync(poll, Paper(poll, OptionMeaning.For, "key-1"), TestData.Eligible, TestData.Now);

        var changed = await _ballots.CastAsync(poll, Paper(poll, OptionMeaning.Against, "key-2"), TestData.Eligible, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed.Outcome, Is.EqualTo(BallotOutcome.Changed));
            Assert.That((await _ballots.TallyAsync(poll)).Select(c => c.Votes), Is.EqualTo(new[] { 0, 1, 0 }));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM open_ballot_history"), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task Cast_ToADraftPoll_IsRefusedAndStoresNothing()
    {
        var poll = await OpenPollAsync(BallotSecrecy.Open, open: false);

        var receipt = await _ballots.CastAsync(poll, Paper(poll, OptionMeaning.For, "key-1"), TestData.Eligible, TestData.Now);

        Assert.That(receipt.Outcome, Is.EqualTo(BallotOutcome.PollNotOpen));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM poll_voters"), Is.Zero);
    }

    [Test]
    public async Task Close_CountsInsideItsTransaction_AndIsFinal()
    {
        var poll = await OpenPollAsync(BallotSecrecy.Open);
        await _ballots.CastAsync(poll, Paper(poll, OptionMeaning.For, "key-1"), TestData.Eligible, TestData.Now);
        IReadOnlyList<OptionCount>? seen = null;

        var result = await _polls.CloseAsync(_boardId, poll, TestData.Eligible, counts => Decide(poll, seen = counts), TestData.Now);
        var again = await _polls.CloseAsync(_boardId, poll, TestData.Eligible, counts => Decide(poll, counts), TestData.Now);
        var late = await _ballots.CastAsync(poll, Paper(poll, OptionMeaning.Against, "key-2"), TestData.Eligible, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(seen!.Select(c => c.Votes), Is.EqualTo(new[] { 1, 0, 0 }));
            Assert.That(result!.Outcome, Is.EqualTo(Outcome.Passed));
            Assert.That(again, Is.Null, "closed is final");
            Assert.That(late.Outcome, Is.EqualTo(BallotOutcome.PollNotOpen));
            Assert.That(await _polls.ResultTextAsync(poll.Id), Is.EqualTo(result.Explanation));
        }
    }

    [Test]
    [Category(TestEngine.SqliteOnly)]
    public async Task Close_OfASecretPoll_EmptiesTheWriteAheadLog()
    {
        var poll = await OpenPollAsync(BallotSecrecy.Secret);
        await _ballots.CastAsync(poll, Paper(poll, OptionMeaning.For, "key-1"), TestData.Eligible, TestData.Now);

        await _polls.CloseAsync(_boardId, poll, TestData.Eligible, counts => Decide(poll, counts), TestData.Now);

        var wal = new FileInfo(_db.Database.FilePath + "-wal");
        Assert.That(wal.Exists ? wal.Length : 0, Is.Zero);
    }

    [Test]
    public async Task Tally_AddsTheHandsCountedInTheRoom()
    {
        var poll = await OpenPollAsync(BallotSecrecy.Open);
        await _ballots.CastAsync(poll, Paper(poll, OptionMeaning.For, "key-1"), TestData.Eligible, TestData.Now);

        await _polls.RecordRoomCountsAsync(_boardId, poll.Id, new Dictionary<long, int> { [poll.Options[0].Id] = 2, [poll.Options[1].Id] = 1 }, TestData.Eligible, _coordinator, TestData.Now);

        Assert.That((await _ballots.TallyAsync(poll)).Select(c => c.Votes), Is.EqualTo(new[] { 3, 1, 0 }));
    }

    private static PollResult Decide(Poll poll, IReadOnlyList<OptionCount> counts) =>
        PollResults.Decide(poll, counts, new QuorumResult(true, 5, 1, 2, 1, ""), TieRule.MotionFalls, null);

    private BallotPaper Paper(Poll poll, OptionMeaning meaning, string key) =>
        new(_voter, poll.Options.Single(o => o.Meaning == meaning).Id, CastBy.Member, null, key);

    private async Task<Poll> OpenPollAsync(BallotSecrecy secrecy, bool open = true)
    {
        var id = await _polls.CreateAsync(_boardId, _coordinator, new NewPoll(_meetingId, null, "Later buses?", "transport", secrecy,
            MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions), TestData.Now);
        if (open)
            Assert.That(await _polls.OpenAsync(_boardId, id, TestData.Now), Is.True);
        return (await _polls.GetAsync(_boardId, id))!;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await _db.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}

using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Database;
using Board.Data.Voting;
using Board.Tests.Data.Meetings;
using Dapper;

namespace Board.Tests.Data.Voting;

/// <summary>
/// The ballot writer commits ballots in groups (ADR-023). These check the guarantees the vote depends on, with many
/// ballots arriving at once: one ballot per member, an answer only after the commit that holds the ballot, a resend
/// counted once, and nothing acknowledged lost when a group's transaction does not commit.
/// </summary>
public sealed class BallotWriterTests
{
    private const int Members = 120;

    private TestDatabase _db = null!;
    private PollStore _polls = null!;
    private long _boardId;
    private long _meetingId;
    private long _coordinator;
    private long[] _members = [];

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _polls = new PollStore(_db.Database);
        _boardId = await TestData.BoardAsync(_db.Database);
        _coordinator = await TestData.PersonAsync(_db.Database, _boardId, "Cora Coordinator", Role.Coordinator);
        _meetingId = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December, MeetingState.Live);
        var members = new List<long>();
        for (var i = 0; i < Members; i++)
            members.Add(await TestData.PersonAsync(_db.Database, _boardId, $"Member {i}"));
        _members = [.. members];
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [TestCase(BallotSecrecy.Open)]
    [TestCase(BallotSecrecy.Secret)]
    public async Task ManyAtOnce_EachWithAResendAndASecondChoice_CountsEachMemberOnce(BallotSecrecy secrecy)
    {
        var poll = await OpenPollAsync(secrecy);
        await using var writer = new BallotWriter(_db.Database);

        // Every member sends a ballot, the same ballot again (a dropped connection) and then a second choice, all at once.
        var sends = _members.SelectMany(m => new[]
        {
            (Member: m, Kind: "first", Task: writer.WriteAsync(Ballot(poll, m, OptionMeaning.For, $"k1-{m}"))),
            (Member: m, Kind: "resend", Task: writer.WriteAsync(Ballot(poll, m, OptionMeaning.For, $"k1-{m}"))),
            (Member: m, Kind: "second", Task: writer.WriteAsync(Ballot(poll, m, OptionMeaning.Against, $"k2-{m}"))),
        }).ToList();
        await Task.WhenAll(sends.Select(s => s.Task));

        var outcomes = sends.ToLookup(s => s.Kind, s => s.Task.Result.Outcome);
        var tally = await new BallotStore(_db.Database).TallyAsync(poll);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes["first"], Is.All.EqualTo(BallotOutcome.Counted));
            Assert.That(outcomes["resend"], Is.All.EqualTo(BallotOutcome.AlreadyCounted));
            Assert.That(outcomes["second"], Is.All.EqualTo(secrecy == BallotSecrecy.Secret ? BallotOutcome.AlreadyVoted : BallotOutcome.Changed));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM poll_voters WHERE poll_id = @id", poll.Id), Is.EqualTo(Members));
            Assert.That(tally.Sum(c => c.Votes), Is.EqualTo(Members));
            Assert.That(tally.Single(c => c.Option.Meaning == (secrecy == BallotSecrecy.Secret ? OptionMeaning.For : OptionMeaning.Against)).Votes, Is.EqualTo(Members));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM audit_log WHERE kind = 'ballot'", poll.Id),
                Is.EqualTo(secrecy == BallotSecrecy.Secret ? Members : 2 * Members));
        }
    }

    [Test]
    public async Task WhileTheWriteLockIsHeld_NoBallotIsAnswered_AndNoneIsVisible_UntilItsCommit()
    {
        var poll = await OpenPollAsync(BallotSecrecy.Open);
        var commits = 0;
        await using var writer = new BallotWriter(_db.Database, _ => Task.FromResult(Interlocked.Increment(ref commits)));
        var sends = new List<Task<BallotReceipt>>();

        await using (var holder = await _db.Database.OpenAsync())
        await using (var held = await holder.BeginWriteAsync())
        {
            sends.AddRange(_members.Take(20).Select(m => writer.WriteAsync(Ballot(poll, m, OptionMeaning.For, $"k-{m}"))));
            await Task.Delay(400);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(sends.Count(s => s.IsCompleted), Is.Zero, "a ballot was answered before any commit");
                Assert.That(await CountAsync("SELECT COUNT(*) FROM poll_voters WHERE poll_id = @id", poll.Id), Is.Zero);
            }
        }

        var receipts = await Task.WhenAll(sends);
        Assert.That(receipts.Select(r => r.Outcome), Is.All.EqualTo(BallotOutcome.Counted));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM poll_voters WHERE poll_id = @id", poll.Id), Is.EqualTo(20));
        // The first ballot's group was waiting for the lock; the 19 queued behind it share the next commit.
        Assert.That(commits, Is.LessThanOrEqualTo(2));
    }

    [TestCase(BallotSecrecy.Open)]
    [TestCase(BallotSecrecy.Secret)]
    public async Task AGroupThatDoesNotCommit_IsNeverAcknowledged_AndItsResendsCountOnce(BallotSecrecy secrecy)
    {
        var poll = await OpenPollAsync(secrecy);
        var crashing = true;
        // The stand-in for a crash after a group's last ballot and before its commit, for every group until the disk is back.
        await using var writer = new BallotWriter(_db.Database, _ => Volatile.Read(ref crashing)
            ? throw new IOException("The disk went away.")
            : Task.CompletedTask);

        var lost = _members.Take(10).Select(m => writer.WriteAsync(Ballot(poll, m, OptionMeaning.For, $"k-{m}"))).ToList();
        foreach (var send in lost)
            Assert.That(async () => await send, Throws.InstanceOf<IOException>(), "a ballot whose commit failed was acknowledged");
        Assert.That(await CountAsync("SELECT COUNT(*) FROM poll_voters WHERE poll_id = @id", poll.Id), Is.Zero);
        Volatile.Write(ref crashing, false);

        // The clients heard nothing, so they send the same ballots again, some twice.
        var resends = _members.Take(10).Concat(_members.Take(5)).Select(m => writer.WriteAsync(Ballot(poll, m, OptionMeaning.For, $"k-{m}"))).ToList();
        var receipts = await Task.WhenAll(resends);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(receipts.Count(r => r.Outcome == BallotOutcome.Counted), Is.EqualTo(10));
            Assert.That(receipts.Count(r => r.Outcome == BallotOutcome.AlreadyCounted), Is.EqualTo(5));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM poll_voters WHERE poll_id = @id", poll.Id), Is.EqualTo(10));
            Assert.That((await new BallotStore(_db.Database).TallyAsync(poll)).Sum(c => c.Votes), Is.EqualTo(10));
        }
    }

    [TestCase(0)]
    [TestCase(7)]
    [TestCase(19)]
    public async Task ABallotWhoseOwnWriteFails_HearsSo_AndTheRestOfItsGroupIsCounted(int badAt)
    {
        var poll = await OpenPollAsync(BallotSecrecy.Open);
        await using var writer = new BallotWriter(_db.Database);
        var sends = new List<Task<BallotReceipt>>();

        // Queued behind a held lock, so all twenty are one group; one names nobody, which the voters' foreign key refuses.
        await using (var holder = await _db.Database.OpenAsync())
        await using (var held = await holder.BeginWriteAsync())
        {
            sends.Add(writer.WriteAsync(Ballot(poll, _members[^1], OptionMeaning.For, "k-first")));
            await Task.Delay(100);
            sends.AddRange(Enumerable.Range(0, 20).Select(i =>
                writer.WriteAsync(Ballot(poll, i == badAt ? 987654321 : _members[i], OptionMeaning.For, $"k-{i}"))));
        }

        var bad = sends[badAt + 1];
        Assert.That(async () => await bad, Throws.Exception, "a ballot that could not be written was acknowledged");
        var good = await Task.WhenAll(sends.Where(s => s != bad));
        var chain = AuditChain.Verify(await new AuditLog(_db.Database).AllAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(good.Select(r => r.Outcome), Is.All.EqualTo(BallotOutcome.Counted));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM poll_voters WHERE poll_id = @id", poll.Id), Is.EqualTo(20));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM audit_log WHERE kind = 'ballot'", poll.Id), Is.EqualTo(20));
            Assert.That(chain.IsIntact, Is.True, chain.Explanation);
        }
    }

    [Test]
    public async Task BallotsQueuedWhenThePollCloses_AreRefused_AndTheResultIsFinal()
    {
        var poll = await OpenPollAsync(BallotSecrecy.Secret);
        await using var writer = new BallotWriter(_db.Database);
        var before = await Task.WhenAll(_members.Take(30).Select(m => writer.WriteAsync(Ballot(poll, m, OptionMeaning.For, $"k-{m}"))));

        var closing = _polls.CloseAsync(_boardId, poll, TestData.Eligible, counts => Decide(poll, counts), TestData.Now);
        var late = _members.Skip(30).Take(30).Select(m => writer.WriteAsync(Ballot(poll, m, OptionMeaning.Against, $"k-{m}"))).ToList();
        await closing;
        var lateReceipts = await Task.WhenAll(late);

        var counted = lateReceipts.Count(r => r.Outcome == BallotOutcome.Counted);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.Select(r => r.Outcome), Is.All.EqualTo(BallotOutcome.Counted));
            Assert.That(lateReceipts.Select(r => r.Outcome), Is.All.AnyOf(BallotOutcome.Counted, BallotOutcome.PollNotOpen));
            // Whatever got in before the close is in the stored result; nothing after it changes the counters.
            Assert.That(await CountAsync("SELECT COALESCE(SUM(votes), 0) FROM secret_counts WHERE poll_id = @id", poll.Id), Is.EqualTo(30 + counted));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM poll_voters WHERE poll_id = @id", poll.Id), Is.EqualTo(30 + counted));
        }
    }

    private static PollResult Decide(Poll poll, IReadOnlyList<OptionCount> counts) =>
        PollResults.Decide(poll, counts, new QuorumResult(true, 5, 1, 2, 1, ""), TieRule.MotionFalls, null);

    private static QueuedBallot Ballot(Poll poll, long member, OptionMeaning meaning, string key) =>
        new(poll, new BallotPaper(member, poll.Options.Single(o => o.Meaning == meaning).Id, CastBy.Member, null, key), TestData.Eligible, TestData.Now);

    private async Task<int> CountAsync(string sql, long pollId)
    {
        await using var connection = await _db.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<int>(sql, new { id = pollId });
    }

    private async Task<Poll> OpenPollAsync(BallotSecrecy secrecy)
    {
        var id = await _polls.CreateAsync(_boardId, _coordinator, new NewPoll(_meetingId, null, "Later buses?", "transport", secrecy,
            MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions), TestData.Now);
        Assert.That(await _polls.OpenAsync(_boardId, id, TestData.Now), Is.True);
        return (await _polls.GetAsync(_boardId, id))!;
    }
}

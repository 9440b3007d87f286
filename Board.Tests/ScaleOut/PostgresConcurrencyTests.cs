using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Minutes;
using Board.Core.Voting;
using Board.Data.Database;
using Board.Data.Meetings;
using Board.Data.Minutes;
using Board.Data.Voting;
using Board.Tests.Data;
using Board.Tests.Data.Meetings;
using Dapper;

namespace Board.Tests.ScaleOut;

/// <summary>
/// The read-then-write sequences that SQLite's single writer makes safe, raced on PostgreSQL (always PostgreSQL here,
/// whatever BOARD_TEST_PROVIDER says): each must still come out exactly once. Many connections at once, as several app
/// servers would open them.
/// </summary>
[TestFixture]
[Category("ScaleOut")]
[NonParallelizable]
public sealed class PostgresConcurrencyTests
{
    private PostgresDatabase _db = null!;
    private PollStore _polls = null!;
    private BallotStore _ballots = null!;
    private long _boardId;
    private long _meetingId;
    private long _voter;
    private long _coordinator;

    [SetUp]
    public async Task SetUp()
    {
        _db = await PostgresDatabase.CreateAsync();
        _polls = new PollStore(_db.Database);
        _ballots = new BallotStore(_db.Database);
        _boardId = await TestData.BoardWithRulesAsync(_db.Database, "Riverside");
        _voter = await TestData.PersonAsync(_db.Database, _boardId, "Rita Rep", Role.Rep);
        _coordinator = await TestData.PersonAsync(_db.Database, _boardId, "Cora Coordinator", Role.Coordinator);
        _meetingId = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.January, MeetingState.Live);
    }

    [TearDown]
    public async Task TearDown()
    {
        // Null when the set-up failed (no PostgreSQL): its own message is the one to show.
        if (_ballots is not null)
            await _ballots.DisposeAsync();
        if (_db is not null)
            await _db.DisposeAsync();
    }

    [TestCase(BallotSecrecy.Secret)]
    [TestCase(BallotSecrecy.Open)]
    public async Task TwentyParallelBallotsFromOneMember_CountExactlyOnce(BallotSecrecy secrecy)
    {
        var poll = await PollAsync(secrecy, open: true);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            _ballots.CastAsync(poll, new BallotPaper(_voter, poll.Options[i % 2].Id, CastBy.Member, null, $"key-{i}"), TestData.Eligible, TestData.Now))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await _ballots.TallyAsync(poll)).Sum(c => c.Votes), Is.EqualTo(1));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM poll_voters WHERE poll_id = @Id", poll), Is.EqualTo(1));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM audit_log WHERE kind = 'ballot'"), Is.EqualTo(secrecy == BallotSecrecy.Secret ? 1 : 20));
            if (secrecy == BallotSecrecy.Secret)
            {
                Assert.That(outcomes.Count(o => o.Outcome == BallotOutcome.Counted), Is.EqualTo(1));
                Assert.That(await CountAsync("SELECT COALESCE(SUM(votes), 0) FROM secret_counts WHERE poll_id = @Id", poll), Is.EqualTo(1));
            }
            else
            {
                Assert.That(await CountAsync("SELECT COUNT(*) FROM open_ballots WHERE poll_id = @Id", poll), Is.EqualTo(1));
                Assert.That(await CountAsync("SELECT COUNT(*) FROM open_ballot_history WHERE poll_id = @Id", poll), Is.EqualTo(20));
            }
            await AssertChainIntactAsync();
        }
    }

    [Test]
    public async Task TwoPollsOpenedAtOnceInOneMeeting_OnlyOneOpens()
    {
        var first = await PollAsync(BallotSecrecy.Open, open: false);
        var second = await PollAsync(BallotSecrecy.Open, open: false);

        for (var round = 0; round < 10; round++)
        {
            var opened = await Task.WhenAll(
                Task.Run(() => _polls.OpenAsync(_boardId, first.Id, TestData.Now)),
                Task.Run(() => _polls.OpenAsync(_boardId, second.Id, TestData.Now)));

            using (Assert.EnterMultipleScope())
            {
                Assert.That(opened.Count(o => o), Is.EqualTo(1), $"round {round}");
                Assert.That(await CountAsync("SELECT COUNT(*) FROM polls WHERE meeting_id = @meetingId AND state = 'Open'", new { meetingId = _meetingId }),
                    Is.EqualTo(1), $"round {round}");
            }
            // Back to two drafts for the next round: the race is the point, so it is run a few times.
            await using var connection = await _db.Database.OpenAsync();
            await connection.ExecuteAsync("UPDATE polls SET state = 'Draft', opened_at = NULL WHERE meeting_id = @meetingId", new { meetingId = _meetingId });
        }
    }

    [Test]
    public async Task TwoConcurrentPublishesOfTheMinutes_OnlyOneWins()
    {
        var minutes = new MinutesStore(_db.Database);
        var items = new AgendaItemStore(_db.Database);
        var coChairA = await TestData.PersonAsync(_db.Database, _boardId, "Ann Cochair", Role.Rep);
        var coChairB = await TestData.PersonAsync(_db.Database, _boardId, "Cllr Bob Cochair", Role.Partner);
        var december = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December);
        var itemId = await items.RaiseAsync(_boardId, _coordinator,
            new NewAgendaItem(december, null, "Buses stop too early", "Buses stop too early.", "More.", BoardAsk.Decide, "bus.png"), TestData.Now);
        Assert.That(await items.AcceptAsync((await items.GetAsync(_boardId, itemId))!, new Acceptance(1, 20, "Speak Up North"), _coordinator, TestData.Now), Is.True);
        await MeetingData.MoveToAsync(_db.Database, _boardId, december, MeetingState.Closed);
        Assert.That(await minutes.StartAsync(_boardId, december, TestData.Now), Is.True);
        Assert.That(await minutes.SaveItemAsync(_boardId, december, itemId, "The board agreed to write.", "We will write.", "", "bus.png"), Is.True);
        Assert.That(await minutes.SendToRepsAsync(_boardId, december, TestData.Now), Is.True);
        var version = (await minutes.GetAsync(_boardId, december))!.Version;
        Assert.That(await minutes.SignOffAsync(_boardId, december, coChairA, version, TestData.Now), Is.True);
        Assert.That(await minutes.SignOffAsync(_boardId, december, coChairB, version, TestData.Now), Is.True);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            minutes.PublishAsync(_boardId, december, _coordinator, MinutesApproval.CoChairsSignOff, [coChairA, coChairB], TestData.Now))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Count(r => r), Is.EqualTo(1));
            Assert.That((await minutes.GetAsync(_boardId, december))!.State, Is.EqualTo(MinutesState.Published));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM audit_log WHERE kind = 'minutes-published'"), Is.EqualTo(1));
            await AssertChainIntactAsync();
        }
    }

    [Test]
    public async Task TheAuditChain_UnderParallelWriters_StaysOneUnbrokenLine()
    {
        var log = new AuditLog(_db.Database);
        var poll = await PollAsync(BallotSecrecy.Secret, open: true);
        var voters = new List<long>();
        for (var i = 0; i < 20; i++)
            voters.Add(await TestData.PersonAsync(_db.Database, _boardId, $"Voter {i}", Role.Rep));
        var before = (await log.AllAsync()).Count; // creating and opening the poll are entries too
        var total = before + 60;

        // Three kinds of writer at once: plain entries, ballots (which append inside their own transaction), and more entries.
        await Task.WhenAll(
            Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => log.AppendAsync(_boardId, TestData.Now.AddTicks(i * 7), "note", $"note {i}", "Parallel writer.")))),
            Task.WhenAll(voters.Select(v => Task.Run(() =>
                _ballots.CastAsync(poll, new BallotPaper(v, poll.Options[0].Id, CastBy.Member, null, $"key-{v}"), TestData.Eligible, TestData.Now.AddTicks(v))))));

        var entries = await log.AllAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entries, Has.Count.EqualTo(total));
            Assert.That(entries.Select(e => e.Sequence), Is.EqualTo(Enumerable.Range(1, total).Select(i => (long)i)), "no gaps and no sequence twice");
            Assert.That(entries.Select(e => e.PreviousHash).Distinct().Count(), Is.EqualTo(total), "no fork: no two entries follow the same one");
            await AssertChainIntactAsync();
        }
    }

    private async Task AssertChainIntactAsync()
    {
        var check = AuditChain.Verify(await new AuditLog(_db.Database).AllAsync());
        Assert.That(check.IsIntact, Is.True, check.Explanation);
    }

    private async Task<Poll> PollAsync(BallotSecrecy secrecy, bool open)
    {
        var id = await _polls.CreateAsync(_boardId, _coordinator, new NewPoll(_meetingId, null, "Later buses?", "transport", secrecy,
            MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions), TestData.Now);
        if (open)
            Assert.That(await _polls.OpenAsync(_boardId, id, TestData.Now), Is.True);
        return (await _polls.GetAsync(_boardId, id))!;
    }

    private async Task<long> CountAsync(string sql, object? args = null)
    {
        await using var connection = await _db.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, args);
    }

    /// <summary>A new migrated PostgreSQL database on the test server, dropped afterwards (TestDatabase follows BOARD_TEST_PROVIDER; this does not).</summary>
    private sealed class PostgresDatabase : IAsyncDisposable
    {
        private readonly string _connectionString;

        private PostgresDatabase(string connectionString)
        {
            _connectionString = connectionString;
            Database = BoardDatabase.PostgreSql(connectionString);
        }

        public BoardDatabase Database { get; }

        public static async Task<PostgresDatabase> CreateAsync()
        {
            _ = ScaleOutEngines.Postgres;
            DapperSetup.RegisterTypeHandlers();
            return new PostgresDatabase(await TestEngine.NewPostgresDatabaseAsync());
        }

        public async ValueTask DisposeAsync()
        {
            await Database.DisposeAsync();
            TestEngine.DropPostgresDatabase(_connectionString);
        }
    }
}

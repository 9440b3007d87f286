using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Database;
using Board.Data.Voting;
using Board.Tests.Data;
using Board.Tests.Data.Meetings;
using Dapper;

namespace Board.Tests.ScaleOut;

/// <summary>
/// What a copy of a PostgreSQL database shows about a secret poll (ADR-007): the heap pages are read with
/// pageinspect, as someone holding the server's files could, not through the app's queries.
/// </summary>
[TestFixture]
[Category("ScaleOut")]
public sealed class PostgresSecretBallotTests
{
    private string _connectionString = null!;
    private BoardDatabase _database = null!;
    private PollStore _polls = null!;
    private BallotStore _ballots = null!;
    private long _boardId;
    private long _meetingId;
    private long _coordinator;

    [SetUp]
    public async Task SetUp()
    {
        DapperSetup.RegisterTypeHandlers();
        _connectionString = await TestEngine.NewPostgresDatabaseAsync();
        _database = BoardDatabase.PostgreSql(_connectionString);
        _polls = new PollStore(_database);
        _ballots = new BallotStore(_database);
        _boardId = await TestData.BoardAsync(_database);
        _coordinator = await TestData.PersonAsync(_database, _boardId, "Cora Coordinator", Role.Coordinator);
        _meetingId = await MeetingData.MeetingAsync(_database, _boardId, MeetingData.December, MeetingState.Live);
        await using var connection = await _database.OpenAsync();
        await connection.ExecuteAsync("CREATE EXTENSION IF NOT EXISTS pageinspect");
    }

    [TearDown]
    public async Task TearDown()
    {
        await _ballots.DisposeAsync();
        await _database.DisposeAsync();
        TestEngine.DropPostgresDatabase(_connectionString);
    }

    [Test]
    public async Task WhileOpen_EveryCounterIsWrittenByTheLastBallot_SoNoneIsMarkedAsItsChoice()
    {
        var poll = await OpenSecretPollAsync();
        await CastAsync(poll, [OptionMeaning.For, OptionMeaning.Against, OptionMeaning.For]);

        await using var connection = await _database.OpenAsync();
        var writers = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(DISTINCT xmin::text) FROM secret_counts WHERE poll_id = @Id", new { poll.Id });
        var lastVoterWriter = await connection.ExecuteScalarAsync<string>(
            "SELECT xmin::text FROM poll_voters WHERE poll_id = @Id ORDER BY xmin::text::bigint DESC LIMIT 1", new { poll.Id });
        var counterWriter = await connection.ExecuteScalarAsync<string>(
            "SELECT MIN(xmin::text) FROM secret_counts WHERE poll_id = @Id", new { poll.Id });

        Assert.That(writers, Is.EqualTo(1), "all the poll's counters carry one transaction id");
        Assert.That(counterWriter, Is.EqualTo(lastVoterWriter), "the last voter's transaction wrote every counter, not only the chosen one");
    }

    [Test]
    public async Task AfterClose_TheCountersPagesHoldOnlyTheFinalCounts()
    {
        var poll = await OpenSecretPollAsync();
        await CastAsync(poll, [OptionMeaning.For, OptionMeaning.Against, OptionMeaning.For, OptionMeaning.Abstain]);
        var versionsWhileOpen = await RowVersionsOfCountersAsync();
        LogCheckpoint? checkpoint = null;

        await _polls.CloseAsync(_boardId, poll, TestData.Eligible, counts => PollResults.Decide(poll, counts,
            new QuorumResult(true, 5, 1, 2, 1, ""), TieRule.MotionFalls, null), TestData.Now, c => checkpoint = c);

        Assert.That(versionsWhileOpen, Is.GreaterThan(poll.Options.Count), "while open, the pages keep earlier versions of the counters (the danger is real)");
        Assert.That(checkpoint!.Truncated, Is.True, checkpoint.Describe());
        Assert.That(await RowVersionsOfCountersAsync(), Is.EqualTo(poll.Options.Count), "after close, one version per counter: the final counts");
    }

    private async Task<long> RowVersionsOfCountersAsync()
    {
        await using var connection = await _database.OpenAsync();
        var pages = await connection.ExecuteScalarAsync<long>("SELECT pg_relation_size('secret_counts') / current_setting('block_size')::bigint");
        long versions = 0;
        for (var page = 0; page < pages; page++)
            versions += await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM heap_page_items(get_raw_page('secret_counts', @page)) WHERE t_data IS NOT NULL", new { page });
        return versions;
    }

    private async Task<Poll> OpenSecretPollAsync()
    {
        var id = await _polls.CreateAsync(_boardId, _coordinator, new NewPoll(_meetingId, null, "Later buses?", "transport", BallotSecrecy.Secret,
            MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions), TestData.Now);
        Assert.That(await _polls.OpenAsync(_boardId, id, TestData.Now), Is.True);
        return (await _polls.GetAsync(_boardId, id))!;
    }

    private async Task CastAsync(Poll poll, OptionMeaning[] choices)
    {
        for (var i = 0; i < choices.Length; i++)
        {
            var voter = await TestData.PersonAsync(_database, _boardId, $"Voter {i}", Role.Rep);
            var paper = new BallotPaper(voter, poll.Options.Single(o => o.Meaning == choices[i]).Id, CastBy.Member, null, $"key-{i}");
            var receipt = await _ballots.CastAsync(poll, paper, TestData.Eligible, TestData.Now);
            Assert.That(receipt.Outcome, Is.EqualTo(BallotOutcome.Counted));
        }
    }
}

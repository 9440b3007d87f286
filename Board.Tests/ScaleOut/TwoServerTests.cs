using System.Collections.Concurrent;
using System.Net;
using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Accounts;
using Board.Data.Database;
using Board.Data.Meetings;
using Board.Data.Voting;
using Board.Tests.Web;
using Board.Web.Hubs;
using Dapper;
using Microsoft.AspNetCore.SignalR.Client;

namespace Board.Tests.ScaleOut;

/// <summary>
/// Two real app servers (separate processes) on one PostgreSQL database, one Redis and one data folder, as behind a
/// load balancer (docs/scale-out.md). The last test kills server A, so the tests run in order.
/// </summary>
[TestFixture]
[Category("ScaleOut")]
[NonParallelizable]
public sealed class TwoServerTests
{
    private static readonly TimeSpan LiveWait = TimeSpan.FromSeconds(15);

    private string _connectionString = null!;
    private string _dataFolder = null!;
    private BoardDatabase _database = null!;
    private AppServerProcess _a = null!;
    private AppServerProcess _b = null!;
    private DemoIds _ids = null!;
    private long _meetingId;
    private ServerSession _coordinator = null!;

    /// <summary>The 15 voting members of Riverside (10 Reps, 5 carers): the demo gives two of them a sign-in, the set-up the rest.</summary>
    private List<(string UserName, long PersonId)> _voters = [];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var redis = ScaleOutEngines.Redis;
        _ = ScaleOutEngines.Postgres;
        DapperSetup.RegisterTypeHandlers();
        _connectionString = await TestEngine.NewPostgresDatabaseAsync();
        _dataFolder = Path.Combine(Path.GetTempPath(), "pb-scaleout", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dataFolder);
        var logs = Path.Combine(TestContext.CurrentContext.WorkDirectory, "scale-out-logs", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture));
        var deployment = new AppServerProcess.Deployment(_connectionString, redis, _dataFolder, logs);
        // Email on (to a port nobody listens on) so that a job runs every minute: the recurring-job test counts its runs.
        var email = new Dictionary<string, string>
        {
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = "9",
            ["Smtp__Security"] = "None",
            ["Smtp__From"] = "Riverside Partnership Board <board@riverside.example>",
        };
        // A first, alone: it migrates (nothing to do on the template's copy) and seeds the demo; B finds both done.
        _a = await AppServerProcess.StartAsync("A", deployment, seedDemo: true, email);
        _b = await AppServerProcess.StartAsync("B", deployment, seedDemo: false, email);
        TestContext.Progress.WriteLine($"Server A {_a.Address} log {_a.LogPath}; server B {_b.Address} log {_b.LogPath}");

        _database = BoardDatabase.PostgreSql(_connectionString);
        _ids = await DemoIds.LoadAsync(_database);
        _voters = await GiveEveryVoterASignInAsync();
        _meetingId = await StartLiveMeetingAsync();
        _coordinator = await ServerSession.SignInAsync(_a, "coordinator@riverside.example");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_a is not null)
            await _a.DisposeAsync();
        if (_b is not null)
            await _b.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
        if (_connectionString is not null)
            TestEngine.DropPostgresDatabase(_connectionString);
        if (_dataFolder is not null && Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
    }

    [Test]
    [Order(1)]
    public async Task BothServers_ServePagesFromTheOneDatabase()
    {
        using (Assert.EnterMultipleScope())
        {
            foreach (var server in new[] { _a, _b })
            {
                var page = await _coordinator.GetAsync(server, $"/boards/{_ids.Riverside}/manage/meetings/{_meetingId}/polls");
                Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), $"server {server.Name}\n{server.LogTail()}");
                Assert.That(page.Html, Does.Contain("Live scale-out meeting"), $"server {server.Name} shows the meeting made in the database");
            }
        }
    }

    [Test]
    [Order(2)]
    public async Task ACookieIssuedByA_WorksOnB()
    {
        var rep = await ServerSession.SignInAsync(_a, "rep@riverside.example");

        var onB = await rep.GetAsync(_b, "/me/inbox");
        var voteOnB = await rep.GetAsync(_b, $"/boards/{_ids.Riverside}/meetings/{_meetingId}/vote");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(onB.Status, Is.EqualTo(HttpStatusCode.OK), $"B sent {onB.Location}: it cannot read A's cookie (shared data-protection keys)");
            Assert.That(voteOnB.Status, Is.EqualTo(HttpStatusCode.OK), $"B sent {voteOnB.Location}");
        }
    }

    [Test]
    [Order(3)]
    public async Task AMemberVotingOnA_IsCountedOnTheRoomsScreenOnB_AndTheResultToo()
    {
        var poll = await NewPollAsync(BallotSecrecy.Open);
        await using var screen = await _coordinator.ConnectAsync(_b);
        var opened = Next<PollView>(screen, nameof(IMeetingClient.PollOpened), p => p.PollId == poll.Id);
        var counted = Next<ProgressView>(screen, nameof(IMeetingClient.VoteProgress), p => p.PollId == poll.Id && p.Voted == 1);
        var result = Next<ResultView>(screen, nameof(IMeetingClient.PollClosed), r => r.PollId == poll.Id);
        await screen.InvokeAsync<MeetingSync>("JoinMeeting", _meetingId);

        await OpenOnAAsync(poll);
        var rep = await ServerSession.SignInAsync(_a, "rep@riverside.example");
        await using var member = await rep.ConnectAsync(_a);
        await member.InvokeAsync<MeetingSync>("JoinMeeting", _meetingId);
        var ack = await member.InvokeAsync<BallotAck>("CastBallot", _meetingId, poll.Id, OptionOf(poll, OptionMeaning.For), Guid.NewGuid().ToString(), null);
        Assert.That(ack.Committed, Is.True, ack.Message);
        await CloseOnAAsync(poll);

        using (Assert.EnterMultipleScope())
        {
            await ExpectAsync(opened, "the screen on B was not told the vote opened on A");
            await ExpectAsync(counted, "the screen on B never saw the count of the ballot cast on A");
            var shown = await ExpectAsync(result, "the screen on B never saw the result of the vote closed on A");
            if (shown is not null)
                Assert.That(shown.Counts.Single(c => c.Meaning == nameof(OptionMeaning.For)).Votes, Is.EqualTo(1));
        }
    }

    [Test]
    [Order(4)]
    public async Task ARecurringJob_RunsOnceNotTwice_AcrossTheTwoServers()
    {
        // The email job runs every minute on both servers' schedules; with shared Hangfire storage one of them takes
        // each run. Wait for the first run and then long enough for a second server's copy of it to show.
        await using var connection = await _database.OpenAsync();
        var schema = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_name = 'job'");
        Assert.That(schema, Is.EqualTo(1), "no hangfire.job table in the board's database: the servers do not share Hangfire storage (Hangfire.PostgreSql)");

        const string Runs = """
            SELECT to_char(date_trunc('minute', createdat), 'HH24:MI') AS Minute, COUNT(*) AS Jobs
            FROM hangfire.job WHERE invocationdata::text LIKE '%EmailJob%' GROUP BY 1 ORDER BY 1
            """;
        var deadline = DateTime.UtcNow.AddSeconds(150);
        while (DateTime.UtcNow < deadline && !(await connection.QueryAsync<(string, long)>(Runs)).Any())
            await Task.Delay(1000);
        await Task.Delay(TimeSpan.FromSeconds(20));

        var perMinute = (await connection.QueryAsync<(string Minute, long Jobs)>(Runs)).ToList();
        var processedTwice = await connection.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(*) FROM (
                SELECT s.jobid FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid
                WHERE j.invocationdata::text LIKE '%EmailJob%' AND s.name = 'Processing'
                GROUP BY s.jobid HAVING COUNT(*) > 1) twice
            """);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(perMinute, Is.Not.Empty, "the email job never ran in 150 seconds");
            Assert.That(perMinute.Where(m => m.Jobs != 1), Is.Empty, "a minute's run was made by both servers");
            Assert.That(processedTwice, Is.Zero, "a run was processed by both servers");
        }
    }

    [Test]
    [Order(5)]
    public async Task Failover_KillingAMidBurst_EveryAcknowledgedBallotIsStoredOnce_TheAuditChainHolds_AndNobodyIsSignedOut()
    {
        var poll = await NewPollAsync(BallotSecrecy.Secret);
        await OpenOnAAsync(poll);
        var voters = await Task.WhenAll(_voters.Select(async v => (v.PersonId, Session: await ServerSession.SignInAsync(_a, v.UserName))));
        var hubs = await Task.WhenAll(voters.Select(async v =>
        {
            var hub = await v.Session.ConnectAsync(_a);
            await hub.InvokeAsync<MeetingSync>("JoinMeeting", _meetingId);
            return hub;
        }));

        var acks = new ConcurrentBag<(long PersonId, BallotAck Ack, bool Resent)>();
        var burst = voters.Select((v, i) => Task.Run(async () =>
        {
            await Task.Delay(i * 40);
            var (ack, resent) = await CastWithFailoverAsync(v.Session, hubs[i], poll, i % 2 == 0 ? OptionMeaning.For : OptionMeaning.Against);
            acks.Add((v.PersonId, ack, resent));
        })).ToList();
        var killer = Task.Run(async () =>
        {
            // Mid-burst: a third of the ballots answered, the rest in flight or not yet sent.
            var until = DateTime.UtcNow.AddSeconds(20);
            while (acks.Count < voters.Length / 3 && DateTime.UtcNow < until)
                await Task.Delay(5);
            _a.Kill();
        });
        await Task.WhenAll(burst).WaitAsync(TimeSpan.FromSeconds(120));
        await killer;
        foreach (var hub in hubs)
            await hub.DisposeAsync();

        var ballotsInAudit = await ScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE kind = 'ballot' AND subject LIKE @prefix", new { prefix = $"poll:{poll.Id} %" });
        var stored = (await QueryAsync<long>("SELECT voter_id FROM poll_voters WHERE poll_id = @Id", poll)).ToList();
        var counted = await ScalarAsync<long>("SELECT COALESCE(SUM(votes), 0) FROM secret_counts WHERE poll_id = @Id", poll);
        var chain = AuditChain.Verify(await new AuditLog(_database).AllAsync());
        var audit = await ServerSession.SignInAsync(_b, "coordinator@riverside.example");
        var auditPage = await audit.GetAsync(_b, $"/boards/{_ids.Riverside}/manage/audit");
        var stillSignedIn = await Task.WhenAll(voters.Select(async v => (v.Session.UserName, (await v.Session.GetAsync(_b, "/me/inbox")).Status)));
        var coordinatorOnB = await _coordinator.GetAsync(_b, $"/boards/{_ids.Riverside}/manage/meetings/{_meetingId}/polls");

        TestContext.Progress.WriteLine($"Failover: {acks.Count(a => !a.Resent)} answered by A, {acks.Count(a => a.Resent)} sent again to B");
        var acknowledged = acks.Where(a => a.Ack.Committed).Select(a => a.PersonId).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(acks.Where(a => !a.Ack.Committed).Select(a => a.Ack.Message), Is.Empty, "every member's ballot was answered as counted, on A or on B");
            Assert.That(acks.Count(a => a.Resent), Is.Positive, "the kill came after the burst: nothing was sent again to B");
            Assert.That(stored, Is.EquivalentTo(acknowledged), "every acknowledged ballot is stored, once");
            Assert.That(counted, Is.EqualTo(acknowledged.Count), "the secret count holds each acknowledged ballot once");
            Assert.That(ballotsInAudit, Is.EqualTo(acknowledged.Count), "one audit entry per ballot");
            Assert.That(chain.IsIntact, Is.True, chain.Explanation);
            Assert.That(auditPage.Status, Is.EqualTo(HttpStatusCode.OK), _b.LogTail());
            Assert.That(auditPage.Html, Does.Contain("The record is intact"));
            Assert.That(stillSignedIn.Where(s => s.Status != HttpStatusCode.OK), Is.Empty, "signed out by the failover");
            Assert.That(coordinatorOnB.Status, Is.EqualTo(HttpStatusCode.OK), "the coordinator signed in on A is signed out on B");
        }
    }

    /// <summary>
    /// As the vote page does: one ballot with one key; when the connection drops before the answer, the same ballot
    /// with the same key again once connected (here to B, where the load balancer sends a client whose server died).
    /// </summary>
    private async Task<(BallotAck Ack, bool Resent)> CastWithFailoverAsync(ServerSession voter, HubConnection hub, Poll poll, OptionMeaning meaning)
    {
        var key = Guid.NewGuid().ToString();
        var resent = false;
        for (var attempt = 0; attempt < 10; attempt++)
        {
            try
            {
                var ack = await hub.InvokeAsync<BallotAck>("CastBallot", _meetingId, poll.Id, OptionOf(poll, meaning), key, null).WaitAsync(TimeSpan.FromSeconds(20));
                return (ack, resent);
            }
            catch (Exception ex) when (hub.State != HubConnectionState.Connected || ex is TimeoutException)
            {
                // The connection dropped (A died) before the answer came, or no answer ever came: send it again on B.
                resent = true;
                await hub.DisposeAsync();
                hub = await ConnectToBAsync(voter);
            }
        }
        throw new InvalidOperationException($"{voter.UserName}'s ballot was never answered");
    }

    private async Task<HubConnection> ConnectToBAsync(ServerSession voter)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var hub = await voter.ConnectAsync(_b);
                await hub.InvokeAsync<MeetingSync>("JoinMeeting", _meetingId);
                return hub;
            }
            catch (Exception) when (attempt < 5)
            {
                await Task.Delay(500 * (attempt + 1));
            }
        }
    }

    private async Task<List<(string, long)>> GiveEveryVoterASignInAsync()
    {
        await using var connection = await _database.OpenAsync();
        var hash = await connection.ExecuteScalarAsync<string>("SELECT password_hash FROM accounts WHERE user_name = 'rep@riverside.example'");
        var voters = (await connection.QueryAsync<(long PersonId, string? UserName)>(
            """
            SELECT m.person_id, a.user_name FROM memberships m LEFT JOIN accounts a ON a.person_id = m.person_id
            WHERE m.board_id = @Riverside AND m.seat_code IN ('rep', 'carer') ORDER BY m.person_id
            """, _ids)).DistinctBy(v => v.PersonId).ToList();
        var accounts = new AccountStore(_database);
        var named = new List<(string, long)>();
        foreach (var (personId, userName) in voters)
        {
            var name = userName ?? $"voter{personId}@riverside.example";
            if (userName is null)
                await accounts.SetPasswordAsync(personId, name, hash!);
            named.Add((name, personId));
        }
        Assert.That(named, Has.Count.EqualTo(15), "the demo's Riverside board has 10 Reps and 5 carers");
        return named;
    }

    private async Task<long> StartLiveMeetingAsync()
    {
        var today = DateTime.Today;
        var meetingId = await new MeetingStore(_database).CreateAsync(_ids.Riverside,
            new MeetingDraft("Live scale-out meeting", today.AddHours(0), today.AddHours(23).AddMinutes(59), "Room 1", null, null, today.AddDays(-2)));
        await Data.Meetings.MeetingData.MoveToAsync(_database, _ids.Riverside, meetingId, MeetingState.Live);
        var attendance = new AttendanceStore(_database);
        foreach (var (_, personId) in _voters)
            await attendance.MarkAsync(meetingId, personId, AttendanceMark.InRoom, today.AddHours(0));
        return meetingId;
    }

    private async Task<Poll> NewPollAsync(BallotSecrecy secrecy)
    {
        var polls = new PollStore(_database);
        var coordinator = await ScalarAsync<long>("SELECT person_id FROM accounts WHERE user_name = 'coordinator@riverside.example'");
        var id = await polls.CreateAsync(_ids.Riverside, coordinator, new NewPoll(_meetingId, null, "Should we ask for later buses?", "transport",
            secrecy, MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions), DateTimeOffset.UtcNow);
        return (await polls.GetAsync(_ids.Riverside, id))!;
    }

    /// <summary>The coordinator opens the vote on their page on A, as they would: A tells the meeting.</summary>
    private async Task OpenOnAAsync(Poll poll)
    {
        var (status, html) = await _coordinator.PostAsync(_a, $"/boards/{_ids.Riverside}/manage/meetings/{_meetingId}/polls?handler=Open",
            new Dictionary<string, string> { ["pollId"] = poll.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect), $"opening the vote on A: {ProblemIn(html)}\n{_a.LogTail()}");
    }

    private async Task CloseOnAAsync(Poll poll)
    {
        var (status, html) = await _coordinator.PostAsync(_a, $"/boards/{_ids.Riverside}/manage/meetings/{_meetingId}/polls?handler=Close",
            new Dictionary<string, string> { ["pollId"] = poll.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["confirmed"] = "true" });
        Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect), $"closing the vote on A: {ProblemIn(html)}\n{_a.LogTail()}");
    }

    private static string ProblemIn(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "govuk-error-summary.{0,600}", System.Text.RegularExpressions.RegexOptions.Singleline);
        return match.Success ? match.Value : html[..Math.Min(html.Length, 600)];
    }

    private static long OptionOf(Poll poll, OptionMeaning meaning) => poll.Options.First(o => o.Meaning == meaning).Id;

    /// <summary>The first message of this kind that matches, from the moment this is called.</summary>
    private static Task<T> Next<T>(HubConnection hub, string method, Func<T, bool> match)
    {
        var seen = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<T>(method, message =>
        {
            if (match(message))
                seen.TrySetResult(message);
        });
        return seen.Task;
    }

    private static async Task<T?> ExpectAsync<T>(Task<T> message, string failure) where T : class
    {
        try
        {
            return await message.WaitAsync(LiveWait);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{failure} within {LiveWait.TotalSeconds} s (needs the SignalR Redis backplane).");
            return null;
        }
    }

    private async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var connection = await _database.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, args))!;
    }

    private async Task<IEnumerable<T>> QueryAsync<T>(string sql, object? args = null)
    {
        await using var connection = await _database.OpenAsync();
        return await connection.QueryAsync<T>(sql, args);
    }
}

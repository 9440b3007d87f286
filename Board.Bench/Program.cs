using System.Diagnostics;
using System.Globalization;
using static Board.Bench.Stats;

namespace Board.Bench;

/// <summary>Options: --voters N (default 500), --window seconds over which the ballots are spread (default 5), --seed.</summary>
internal sealed record BenchOptions(int Voters, double WindowSeconds, int Seed)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(500, 5, 20261123);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--voters" => options with { Voters = int.Parse(value, CultureInfo.InvariantCulture) },
                "--window" => options with { WindowSeconds = double.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Use --voters N, --window SECONDS, --seed N."),
            };
            i++;
        }
        return options.Voters > 0 && options.WindowSeconds >= 0 ? options : throw new ArgumentException("--voters must be above 0.");
    }
}

/// <summary>
/// Load driver for live votes: starts the real app, fills a large board, signs every member in by card, connects
/// them all to the meeting hub and has them vote within a window; then checks every acknowledged ballot against the
/// database and runs the same clients against a bare echo hub. Prints figures; exit code 1 if a ballot was lost,
/// duplicated or refused. With <c>documents</c> as the first argument it runs <see cref="Documents.DocumentBench"/> instead.
/// </summary>
internal static class BenchProgram
{
    private static readonly TimeSpan BroadcastWait = TimeSpan.FromSeconds(60);

    public static async Task<int> Main(string[] args)
    {
        if (args is ["documents", .. var rest])
            return await Documents.DocumentBench.RunAsync(rest);
        var options = BenchOptions.Parse(args);
        var n = options.Voters;
        var window = TimeSpan.FromSeconds(options.WindowSeconds);
        Console.WriteLine($"Board.Bench: {n} voters, ballots spread over {options.WindowSeconds:0.#} s, {Environment.ProcessorCount} cores, " +
                          $".NET {Environment.Version}, app and clients in one process.");

        using var host = new BoardHost();
        var setup = Stopwatch.StartNew();
        host.Start();
        var board = await Step("Generated the board", () => BoardGenerator.GenerateAsync(host.Services, n));
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.BaseUri };
        var cookies = new string[n];
        await Step("Signed in by card", () => ForAllAsync(n, 8, async i => cookies[i] = await VoterClient.SignInByCardAsync(http, board.Voters[i].CardToken)));
        var clients = cookies.Select(cookie => new VoterClient(new Uri(host.BaseUri, "hubs/meeting"), cookie)).ToArray();
        await Step("Connected and joined", () => ForAllAsync(n, 16, async i =>
        {
            await clients[i].ConnectAsync(CancellationToken.None);
            var sync = await clients[i].JoinAsync(board.MeetingId);
            if (!sync.CanVote)
                throw new InvalidOperationException($"Voter {i} cannot vote: {sync.VoteMessage}");
        }));
        setup.Stop();

        var openStarted = Stopwatch.GetTimestamp();
        var poll = await Coordinator.CreateAndOpenAsync(host.Services, board, "Should the board meet in the evening as well?");
        var views = await Task.WhenAll(clients.Select(c => c.Opened)).WaitAsync(BroadcastWait);
        var openedEverywhere = Ms(Stopwatch.GetTimestamp() - openStarted);

        var choices = new Random(options.Seed).GetItems(Enumerable.Range(0, views[0].Options.Count).ToArray(), n);
        var keys = Enumerable.Range(0, n).Select(_ => Guid.NewGuid().ToString("N")).ToArray();
        var timings = await VoteRound.RunAsync(n, window, options.Seed, voter => views[voter].Options[choices[voter]].Id,
            (voter, optionId) => clients[voter].CastAsync(board.MeetingId, poll.Id, optionId, keys[voter]));
        var real = LatencySummary.Of(timings);

        // A sample re-sends the same ballot with the same key, as after a dropped connection: it must not count twice.
        var retried = timings.Where(t => t.Voter % 20 == 0 && t.Ack is { Committed: true }).ToList();
        var retryAcks = await Task.WhenAll(retried.Select(t => clients[t.Voter].CastAsync(board.MeetingId, poll.Id, t.OptionId, keys[t.Voter])));
        var retriesConfirmed = retryAcks.Zip(retried).Count(p => p.First.Committed && p.First.OptionId == p.Second.OptionId);

        var closeStarted = Stopwatch.GetTimestamp();
        await Coordinator.CloseAsync(host.Services, board, poll);
        var closeReturned = Ms(Stopwatch.GetTimestamp() - closeStarted);
        var heardAt = await Task.WhenAll(clients.Select(c => c.ClosedAt)).WaitAsync(BroadcastWait);
        var resultEverywhere = Ms(heardAt.Max() - closeStarted);

        var integrity = await IntegrityCheck.RunAsync(host.Services, poll, timings, board.Voters.Select(v => v.PersonId).ToList());
        var refused = timings.Where(t => t.Ack is { Committed: false }).ToList();
        var failed = timings.Where(t => t.Error is not null).ToList();
        var progress = clients.Average(c => c.ProgressMessages);
        // Taken with every client still connected; the clients share the process, so this is an upper bound for the app.
        var memory = MemoryNow();
        await Step("Disconnected", () => ForAllAsync(n, 64, async i => await clients[i].DisposeAsync()));
        var (cost, contended) = await Diagnosis.MeasureAsync(host.Services, board);

        var echo = await RunEchoAsync(n, window, options.Seed);

        Console.WriteLine();
        Console.WriteLine($"voters                      {n}");
        Console.WriteLine($"votes per second            {F(real.VotesPerSecond)}  ({real.Count} ballots, first send to last ack)");
        Console.WriteLine($"ack latency ms              p50 {F(real.P50)}  p95 {F(real.P95)}  p99 {F(real.P99)}  max {F(real.Max)}");
        Console.WriteLine($"lost                        {integrity.Lost}");
        Console.WriteLine($"duplicated                  {integrity.Duplicated}  (voters with 2+ history rows {integrity.DuplicatedVoters}, " +
                          $"tally vs acks {integrity.TallyMismatch}, voter rows vs acks {integrity.VoterRowMismatch})");
        Console.WriteLine($"refused / failed            {refused.Count} / {failed.Count}{Example(refused, failed)}");
        Console.WriteLine($"retries with the same key   {retriesConfirmed} of {retried.Count} acknowledged as already counted");
        Console.WriteLine($"poll at every client        {F(openedEverywhere)} ms after the coordinator wrote and opened it");
        Console.WriteLine($"result at every client      {F(resultEverywhere)} ms after the close call (the call returned after {F(closeReturned)} ms)");
        Console.WriteLine($"vote-count messages         {F(progress)} per client (coalesced to 4 a second)");
        Console.WriteLine($"setup                       {F(setup.Elapsed.TotalSeconds)} s (app start, board, sign-ins, connections)");
        Console.WriteLine($"memory with all connected   {memory.WorkingSetMb:0} MB working set, {memory.ManagedMb:0} MB managed heap (app and clients together)");
        Console.WriteLine($"echo hub ack latency ms     p50 {F(echo.P50)}  p95 {F(echo.P95)}  p99 {F(echo.P99)}  max {F(echo.Max)}");
        Console.WriteLine($"real / echo                 p50 {Ratio(real.P50, echo.P50)}  p99 {Ratio(real.P99, echo.P99)}");
        Console.WriteLine($"one ballot alone, ms        sign-in check {F(cost.SignInCheck, "0.00")}, meeting check {F(cost.MeetingCheck, "0.00")}, poll read {F(cost.PollRead, "0.00")}, " +
                          $"roll (shared, up to 1 s old) {F(cost.RollLoad, "0.00")}, ballot transaction {F(cost.BallotTransaction, "0.00")}; total {F(cost.Total, "0.00")}");
        Console.WriteLine($"  a fresh roll load, ms     {F(cost.FreshRollLoad, "0.00")}: {n} memberships {F(cost.Memberships, "0.00")}, {n} attendance marks {F(cost.Attendance, "0.00")}, " +
                          $"constitution {F(cost.Constitution, "0.00")}, voting rights and quorum {F(cost.Rules, "0.00")}");
        Console.WriteLine($"{Diagnosis.Parallel} at a time              fresh roll loads {F(contended.RollLoadsPerSecond, "0")}/s, ballot transactions " +
                          $"{F(contended.TransactionsPerSecond, "0")}/s (p99 {F(contended.TransactionP99)} ms)");
        Console.WriteLine();
        Console.WriteLine("| Voters | Window | Votes/s | Ack p50 | Ack p95 | Ack p99 | Ack max | Lost | Duplicated | Result at every client | Echo p50 | Echo p99 | Real/echo p50 | Real/echo p99 | Setup |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine($"| {n} | {options.WindowSeconds:0.#} s | {F(real.VotesPerSecond, "0")} | {F(real.P50)} ms | {F(real.P95)} ms | {F(real.P99)} ms | " +
                          $"{F(real.Max)} ms | {integrity.Lost} | {integrity.Duplicated} | {F(resultEverywhere, "0")} ms | {F(echo.P50)} ms | {F(echo.P99)} ms | " +
                          $"{Ratio(real.P50, echo.P50)} | {Ratio(real.P99, echo.P99)} | {F(setup.Elapsed.TotalSeconds)} s |");
        return integrity.Lost > 0 || integrity.Duplicated > 0 || refused.Count > 0 || failed.Count > 0 ? 1 : 0;
    }

    private static (double WorkingSetMb, double ManagedMb) MemoryNow()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return (self.WorkingSet64 / 1048576.0, GC.GetTotalMemory(forceFullCollection: true) / 1048576.0);
    }

    private static async Task<LatencySummary> RunEchoAsync(int n, TimeSpan window, int seed)
    {
        await using var echo = await EchoHubHost.StartAsync();
        var clients = Enumerable.Range(0, n).Select(_ => new VoterClient(echo.HubUri, cookie: null)).ToArray();
        await Step("Connected to the echo hub", () => ForAllAsync(n, 16, i => clients[i].ConnectAsync(CancellationToken.None)));
        var timings = await VoteRound.RunAsync(n, window, seed, voter => voter % 3 + 1,
            (voter, optionId) => clients[voter].CastAsync(1, 1, optionId, Guid.NewGuid().ToString("N")));
        await ForAllAsync(n, 64, async i => await clients[i].DisposeAsync());
        return LatencySummary.Of(timings);
    }

    private static string Example(List<BallotTiming> refused, List<BallotTiming> failed) =>
        refused.FirstOrDefault()?.Ack?.Message is { } message ? $"  e.g. \"{message}\""
        : failed.FirstOrDefault()?.Error is { } error ? $"  e.g. {error}" : "";

    private static Task ForAllAsync(int count, int parallel, Func<int, Task> body) =>
        Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, _) => await body(i));

    private static async Task<T> Step<T>(string name, Func<Task<T>> step)
    {
        var watch = Stopwatch.StartNew();
        var result = await step();
        Console.WriteLine($"  {name} in {F(watch.Elapsed.TotalSeconds, "0.0")} s");
        return result;
    }

    private static Task Step(string name, Func<Task> step) => Step(name, async () =>
    {
        await step();
        return true;
    });
}

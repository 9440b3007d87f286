using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Board.Tests.ScaleOut;

/// <summary>
/// The real built app (Board.Web.dll) as a separate OS process on a loopback port, as one of several servers behind
/// a load balancer would run: its own memory, its own Hangfire server, its own SignalR hub; only the database, the
/// Redis and the data folder are shared. Killed with SIGKILL, so nothing gets a chance to shut down cleanly.
/// </summary>
public sealed class AppServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private AppServerProcess(string name, Process process, StreamWriter log, Uri address, string logPath)
    {
        Name = name;
        _process = process;
        _log = log;
        Address = address;
        LogPath = logPath;
    }

    public string Name { get; }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri Address { get; }

    /// <summary>Everything the server wrote (stdout and stderr), for diagnosis when a test fails.</summary>
    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Settings every server of one deployment shares: one database, one Redis, one data folder.</summary>
    public sealed record Deployment(string BoardConnectionString, string Redis, string DataFolder, string LogFolder)
    {
        /// <summary>One deployment's channels in Redis, so that two test runs sharing a Redis never hear each other.</summary>
        public string ChannelPrefix { get; init; } = "pb-test-" + Guid.NewGuid().ToString("N")[..12];
    }

    /// <summary>
    /// Starts a server and waits until <c>/health/ready</c> answers 200 (migrated database, running job server).
    /// Only the first server of a deployment should <paramref name="seedDemo"/>: the others find the demo in the database.
    /// </summary>
    public static async Task<AppServerProcess> StartAsync(string name, Deployment deployment, bool seedDemo, IDictionary<string, string>? more = null)
    {
        var dll = BuiltAppPath();
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var contentRoot = ContentRootFor(dll);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/'),
            ["ASPNETCORE_CONTENTROOT"] = contentRoot,
            ["DOTNET_hostBuilder__reloadConfigOnChange"] = "false",
            ["DOTNET_USE_POLLING_FILE_WATCHER"] = "1",
            ["Demo__Seed"] = seedDemo ? "true" : "false",
            ["Storage__Provider"] = "PostgreSql",
            ["ConnectionStrings__Board"] = deployment.BoardConnectionString,
            ["ConnectionStrings__Redis"] = deployment.Redis,
            ["Redis__ChannelPrefix"] = deployment.ChannelPrefix,
            ["Storage__DataFolder"] = deployment.DataFolder,
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
            // Every test client comes from 127.0.0.1, and the tests sign in far more often than any person.
            ["RateLimits__SignInPerMinute"] = "100000",
            ["RateLimits__CardPerMinute"] = "100000",
            ["RateLimits__PasswordResetPer15Minutes"] = "100000",
            ["RateLimits__UploadsPerMinute"] = "100000",
            ["RateLimits__AgendaPacksPerMinute"] = "100000",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string>())
            environment[key] = value;
        foreach (var (key, value) in environment)
            start.Environment[key] = value;

        Directory.CreateDirectory(deployment.LogFolder);
        var logPath = Path.Combine(deployment.LogFolder, $"server-{name}.log");
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        if (!process.Start())
            throw new InvalidOperationException($"Server {name} did not start: dotnet {dll}");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new AppServerProcess(name, process, log, address, logPath);
        await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        return server;
    }

    /// <summary>SIGKILL for the server and anything it started (the PDF renderer's browser): no clean shutdown.</summary>
    public void Kill()
    {
        if (_process.HasExited)
            return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    /// <summary>The last lines of the server's log, for an assertion message.</summary>
    public string LogTail(int lines = 40)
    {
        try
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return $"--- last lines of {LogPath} ---\n" + string.Join('\n', all.TakeLast(lines));
        }
        catch (IOException ex)
        {
            return $"(could not read {LogPath}: {ex.Message})";
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        var last = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"Server {Name} stopped while starting (exit code {_process.ExitCode}).\n{LogTail()}");
            try
            {
                using var response = await http.GetAsync(new Uri(Board.Web.Operations.HealthEndpoints.ReadyPath, UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                last = ex.Message;
            }
            await Task.Delay(250);
        }
        Kill();
        throw new TimeoutException($"Server {Name} was not ready within {timeout.TotalSeconds} s (last answer: {last}).\n{LogTail()}");
    }

    /// <summary>
    /// Board.Web/bin/&lt;configuration&gt;/net10.0/Board.Web.dll beside the tests' own output: the tests run from
    /// Board.Tests/bin/&lt;configuration&gt;/&lt;framework&gt;, so the configuration and framework are taken from there.
    /// </summary>
    public static string BuiltAppPath()
    {
        var testFolder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        var framework = testFolder.Name;
        var configuration = testFolder.Parent?.Name ?? "Release";
        for (var folder = testFolder; folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(Path.Combine(folder.FullName, "PartnershipBoard.sln")))
                continue;
            var dll = Path.Combine(folder.FullName, "Board.Web", "bin", configuration, framework, "Board.Web.dll");
            if (File.Exists(dll))
                return dll;
            throw new FileNotFoundException($"The app is not built at {dll}: build the solution (dotnet build PartnershipBoard.sln -c {configuration}) first.");
        }
        throw new DirectoryNotFoundException($"No PartnershipBoard.sln above {testFolder.FullName}.");
    }

    /// <summary>
    /// Where the app finds its settings files, pictures.json and wwwroot. A build output folder has no wwwroot (the
    /// build writes the pictures and scripts into the project's own wwwroot, and only a publish copies them), so a
    /// built app runs with its project folder as content root, as WebApplicationFactory does for the other Web tests;
    /// a published layout (wwwroot beside the dll) runs from its own folder.
    /// </summary>
    private static string ContentRootFor(string dll)
    {
        var output = Path.GetDirectoryName(dll)!;
        if (Directory.Exists(Path.Combine(output, "wwwroot")))
            return output;
        var project = Path.GetFullPath(Path.Combine(output, "..", "..", ".."));
        return File.Exists(Path.Combine(project, "Board.Web.csproj")) && Directory.Exists(Path.Combine(project, "wwwroot")) ? project : output;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
            return;
        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // The test has finished with this server; its last words are not needed.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        await Task.Yield();
        lock (_log)
            _log.Dispose();
    }
}

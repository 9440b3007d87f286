using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Board.Tests.Browser;
using Board.Tests.Browser.ReverseProxy;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Board.Tests.Web.Operations;

/// <summary>
/// docs/operations.md, run as written: every command block marked <c>&lt;!-- tested: name --&gt;</c> is read out of
/// the guide and run by bash, in the order a council's IT team would run them: publish, the data folder, the systemd
/// unit (checked with systemd-analyze and used to start the app), the first administrator, nginx, a backup, a restore
/// tried beside the live app, a restore in place, an upgrade. What a build machine cannot do as a server does is changed
/// in one place: <see cref="Substitutions"/> (paths and ports) and the shims in <see cref="WriteShims"/>.
/// </summary>
[TestFixture]
[Category(TestEngine.SqliteOnly)] // the app backs up and restores SQLite only; PostgreSQL has pg_dump (docs/scale-out.md)
[Category("Slow")]
[NonParallelizable]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class OperationsGuideTests
{
    private string _root = null!;
    private int _appPort;
    private int _tryPort;
    private readonly StringBuilder _transcript = new();

    [SetUp]
    public void MakeRoot()
    {
        _root = Path.Combine(Path.GetTempPath(), "pb-guide-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
        _appPort = BrowserSession.FreePort();
        _tryPort = BrowserSession.FreePort();
    }

    [TearDown]
    public void StopAndRemove()
    {
        StopApp();
        TestContext.Out.WriteLine(_transcript.ToString());
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder.
        }
    }

    [Test]
    public async Task TheGuide_RunAsWritten_InstallsStartsBacksUpAndRestores()
    {
        var guide = Blocks(await File.ReadAllTextAsync(Path.Combine(NginxProxy.RepositoryRoot(), "docs", "operations.md")));
        var unit = Substitute(guide["unit"]);
        WriteShims(unit);
        var repository = NginxProxy.RepositoryRoot();

        await RunAsync(guide, "publish", repository);
        Assert.That(File.Exists(Path.Combine(_root, "opt", "Board.Web.dll")), "the guide's publish makes the app");

        await RunAsync(guide, "data-folder", repository);
        Assert.That(File.GetUnixFileMode(Path.Combine(_root, "data")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));

        await VerifyUnitAsync(unit);

        Assert.That(await RunAsync(guide, "start", repository), Does.EndWith("Healthy"));

        var admin = await RunAsync(guide, "first-admin", repository);
        Assert.That(admin, Does.Contain("Added the administrator Sam Admin <it@example.gov.uk>. They have no password yet.")
            .And.Contain("https://board.example.gov.uk/set-password/"));

        await RunAsync(guide, "nginx-package", repository);
        Directory.CreateDirectory(Path.Combine(_root, "ssl"));
        await RunAsync(guide, "certificate", Path.Combine(_root, "ssl"));
        Assert.That(await RunAsync(guide, "nginx", repository), Does.Contain("test is successful"));

        Assert.That(await RunAsync(guide, "backup", repository), Does.Contain($"Backup made: {Path.Combine(_root, "backups")}/backup-"));

        var tried = await RunAsync(guide, "restore-try", repository);
        Assert.That(tried, Does.Contain($"Restored the database to {Path.Combine(_root, "data-try", "partnershipboard.db")}.").And.Contain("Healthy"));

        var restored = await RunAsync(guide, "restore", repository);
        Assert.That(restored, Does.Contain("Kept the old database and attachments aside in").And.EndWith("Healthy"));

        var upgraded = await RunAsync(guide, "upgrade", repository);
        Assert.That(upgraded, Does.Contain("Backup made:").And.EndWith("Healthy"));

        StopApp();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_root, "data", "partnershipboard.db")};Mode=ReadOnly;Pooling=False");
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM people WHERE email = 'it@example.gov.uk'"), Is.EqualTo(1),
            "the administrator made before the backup is in the restored database");
    }

    /// <summary>The one place the guide's server paths and ports become the test's (longest first, so "-try" wins).</summary>
    private IEnumerable<(string From, string To)> Substitutions()
    {
        yield return ("/opt/partnershipboard", Path.Combine(_root, "opt"));
        yield return ("/var/lib/partnershipboard-try", Path.Combine(_root, "data-try"));
        yield return ("/var/lib/partnershipboard", Path.Combine(_root, "data"));
        yield return ("/srv/backups/partnershipboard", Path.Combine(_root, "backups"));
        yield return ("/etc/nginx", Path.Combine(_root, "nginx"));
        yield return ("/etc/ssl/certs/board.example.gov.uk.pem", Path.Combine(_root, "ssl", "cert.pem"));
        yield return ("/etc/ssl/private/board.example.gov.uk.key", Path.Combine(_root, "ssl", "key.pem"));
        yield return ("127.0.0.1:5000", $"127.0.0.1:{_appPort}");
        yield return ("127.0.0.1:5001", $"127.0.0.1:{_tryPort}");
        // The guide names an example backup; the test restores the newest one it made.
        if (Directory.Exists(Path.Combine(_root, "backups")))
        {
            var newest = Directory.GetDirectories(Path.Combine(_root, "backups"), "backup-*").Order(StringComparer.Ordinal).LastOrDefault();
            if (newest is not null)
                yield return ("backup-20261201-020000", Path.GetFileName(newest));
        }
        if (!File.Exists("/usr/bin/dotnet"))
            yield return ("/usr/bin/dotnet", DotnetPath());
    }

    private string Substitute(string text) => Substitutions().Aggregate(text, (done, s) => done.Replace(s.From, s.To, StringComparison.Ordinal));

    /// <summary>
    /// Stand-ins on the PATH for what only a server (or root on one) does: no system user (<c>sudo -u</c>, <c>adduser</c>,
    /// <c>chown</c>, <c>install -o/-g</c>), <c>apt-get install</c> checks the package is there, nginx gets Debian's main
    /// file cut down to the temporary folder, and <c>systemctl start/stop partnershipboard</c> run the unit's command.
    /// </summary>
    private void WriteShims(string unit)
    {
        var bin = Directory.CreateDirectory(Path.Combine(_root, "bin")).FullName;
        var nginxFolder = Path.Combine(_root, "nginx");
        Directory.CreateDirectory(Path.Combine(nginxFolder, "sites-available"));
        Directory.CreateDirectory(Path.Combine(nginxFolder, "sites-enabled"));
        File.WriteAllText(Path.Combine(nginxFolder, "nginx.conf"), NginxProxy.MainConfig(nginxFolder, Path.Combine(nginxFolder, "sites-enabled", "*")));

        var (workingDirectory, environment, command) = ParseUnit(unit);
        var pid = Path.Combine(_root, "app.pid");
        Shim(bin, "sudo", """if [ "$1" = -u ]; then shift 2; fi; exec "$@" """);
        Shim(bin, "adduser", """echo "(not run by the test: adduser $*)" """);
        Shim(bin, "chown", """echo "(not run by the test: chown $*)" """);
        Shim(bin, "install", """
            args=(); while [ $# -gt 0 ]; do case "$1" in -o|-g) shift 2;; *) args+=("$1"); shift;; esac; done
            exec /usr/bin/install "${args[@]}"
            """);
        Shim(bin, "apt-get", """dpkg -s "${@: -1}" > /dev/null && echo "(${@: -1} is installed)" """);
        Shim(bin, "nginx", $"""exec {NginxProxy.NginxPath} -p '{nginxFolder}/' -c '{nginxFolder}/nginx.conf' "$@" """);
        Shim(bin, "systemctl", $$"""
            case "$*" in
              "enable --now partnershipboard"|"start partnershipboard")
                ( cd '{{workingDirectory}}' && exec env {{string.Join(' ', environment.Select(e => $"'{e}'"))}} {{command}} ) \
                  >> '{{_root}}/app.log' 2>&1 < /dev/null &
                echo $! > '{{pid}}' ;;
              "stop partnershipboard")
                p=$(cat '{{pid}}'); kill "$p"; while kill -0 "$p" 2> /dev/null; do sleep 0.2; done; rm -f '{{pid}}' ;;
              *) echo "(not run by the test: systemctl $*)" ;;
            esac
            """);
    }

    private static void Shim(string bin, string name, string body)
    {
        var file = Path.Combine(bin, name);
        File.WriteAllText(file, "#!/bin/bash\nset -euo pipefail\n" + body + "\n");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static (string WorkingDirectory, List<string> Environment, string Command) ParseUnit(string unit)
    {
        string Value(string key) => unit.Split('\n').Select(line => line.Trim()).Single(line => line.StartsWith(key + "=", StringComparison.Ordinal))[(key.Length + 1)..];
        var environment = unit.Split('\n').Select(line => line.Trim())
            .Where(line => line.StartsWith("Environment=", StringComparison.Ordinal))
            .Select(line => line["Environment=".Length..]).ToList();
        return (Value("WorkingDirectory"), environment, Value("ExecStart"));
    }

    private async Task VerifyUnitAsync(string unit)
    {
        var analyze = new[] { "/usr/bin/systemd-analyze", "/bin/systemd-analyze" }.FirstOrDefault(File.Exists);
        if (analyze is null)
        {
            _transcript.AppendLine("== unit: systemd-analyze is not installed; the unit was not verified");
            return;
        }
        var file = Path.Combine(_root, "partnershipboard.service");
        await File.WriteAllTextAsync(file, unit);
        var (exit, said) = await ProcessAsync(analyze, ["verify", file], _root, TimeSpan.FromSeconds(60));
        _transcript.AppendLine($"== unit: systemd-analyze verify {file}\n{said}(exit {exit})");
        Assert.That(exit, Is.Zero, said);
    }

    /// <summary>Runs one of the guide's blocks in bash and returns what it printed (trimmed); a failing command fails the test.</summary>
    private async Task<string> RunAsync(Dictionary<string, string> guide, string name, string workingDirectory)
    {
        var script = Substitute(guide[name]);
        var file = Path.Combine(_root, name + ".sh");
        // A program the block left running in the background (the tried restore) is stopped when the block ends.
        await File.WriteAllTextAsync(file, "set -euo pipefail\nexec 2>&1\ntrap 'kill $(jobs -p) 2> /dev/null || true' EXIT\n" + script);
        var (exit, said) = await ProcessAsync("/bin/bash", [file], workingDirectory, TimeSpan.FromMinutes(3));
        _transcript.AppendLine($"== {name}\n$ {script.Trim().Replace("\n", "\n$ ", StringComparison.Ordinal)}\n{said}(exit {exit})");
        Assert.That(exit, Is.Zero, $"the guide's \"{name}\" block failed:\n{said}\n{AppLog()}");
        return said.Trim();
    }

    private async Task<(int Exit, string Said)> ProcessAsync(string program, string[] args, string workingDirectory, TimeSpan limit)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["PATH"] = Path.Combine(_root, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        // The guide's commands run as a server runs them, not with the test run's settings.
        foreach (var inherited in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS" })
            start.Environment.Remove(inherited);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{await output}{await error}(stopped after {limit})\n");
        }
        return (process.ExitCode, await output + await error);
    }

    private void StopApp()
    {
        var pid = Path.Combine(_root, "app.pid");
        if (!File.Exists(pid) || !int.TryParse(File.ReadAllText(pid).Trim(), out var id))
            return;
        try
        {
            using var app = Process.GetProcessById(id);
            app.Kill();
            app.WaitForExit(10_000);
        }
        catch (ArgumentException)
        {
            // Already stopped.
        }
        File.Delete(pid);
    }

    private string AppLog() => File.Exists(Path.Combine(_root, "app.log")) ? "app log:\n" + File.ReadAllText(Path.Combine(_root, "app.log")) : "";

    private static string DotnetPath() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    /// <summary>The guide's tested blocks by name: a <c>&lt;!-- tested: name --&gt;</c> line, then a fenced code block.</summary>
    public static Dictionary<string, string> Blocks(string markdown) => TestedBlock().Matches(markdown)
        .ToDictionary(match => match.Groups["name"].Value, match => match.Groups["code"].Value.Replace("\r\n", "\n", StringComparison.Ordinal));

    [GeneratedRegex(@"<!-- tested: (?<name>[a-z0-9-]+) -->\s*```[a-z]*\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex TestedBlock();
}

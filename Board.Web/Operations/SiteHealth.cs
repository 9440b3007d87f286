using System.Reflection;
using Board.Core.Operations;
using Board.Data.Database;
using Board.Web.Infrastructure;
using Board.Web.Jobs;
using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Board.Web.Operations;

/// <summary>What the administrator's site health panel shows (/admin). Ready or not comes from the same health checks as /health/ready.</summary>
public sealed record SiteHealthReport(DatabaseHealth Database, JobsHealth Jobs, EmailHealth Email, DiskHealth Disk, string Version);

/// <param name="Problem">The readiness check's reason when the database is not ready, or null.</param>
/// <param name="Version">The number of the newest db/ script applied (9 for 0009_…), or null when it cannot be read.</param>
public sealed record DatabaseHealth(string? Problem, int? Version, string? Script, long SizeBytes);

public sealed record JobsHealth(string? Problem, int ServersRunning, long FailedJobs, string BackupFolder, DateTimeOffset? LastBackupAt, string? LastBackup);

/// <summary>Email's state; <paramref name="Failing"/> when the last try failed and nothing was sent since.</summary>
public sealed record EmailHealth(bool On, EmailStatus.Failure? LastFailure, DateTimeOffset? LastSentAt, bool Failing);

public sealed record DiskHealth(string Folder, long? FreeBytes, long? TotalBytes)
{
    public bool IsLow => FreeBytes is { } free && DiskSpace.IsLow(free, TotalBytes ?? 0);
}

/// <summary>Free and total space on the disk that holds a folder; replaceable in tests to show a full disk.</summary>
public interface IDiskSpace
{
    (long Free, long Total)? Measure(string folder);
}

public sealed class DriveDiskSpace : IDiskSpace
{
    public (long Free, long Total)? Measure(string folder)
    {
        try
        {
            var drive = new DriveInfo(Path.GetFullPath(folder));
            return (drive.AvailableFreeSpace, drive.TotalSize);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}

public sealed class SiteHealth(
    HealthCheckService checks, BoardDatabase database, JobStorage jobs, BackupOptions backups, IOptions<SmtpOptions> smtp,
    EmailStatus email, StorageOptions storage, IDiskSpace disk)
{
    public async Task<SiteHealthReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        var ready = await checks.CheckHealthAsync(check => check.Tags.Contains(HealthEndpoints.Ready), cancellationToken);
        string? Problem(string name) => ready.Entries.TryGetValue(name, out var entry) && entry.Status != HealthStatus.Healthy
            ? entry.Description ?? "Not ready."
            : null;

        string? script = null;
        try
        {
            script = Migrator.NewestApplied(database);
        }
        catch (System.Data.Common.DbException)
        {
            // The readiness check above has already said the database cannot be read.
        }
        var number = script is { Length: > 7 } && int.TryParse(script.AsSpan(3, 4), out var n) ? n : (int?)null;
        var size = database.IsSqlite ? new[] { database.FilePath, database.FilePath + "-wal" }.Where(File.Exists).Sum(file => new FileInfo(file).Length) : 0;

        var newest = BackupMaker.Newest(backups.Folder);
        var monitoring = jobs.GetMonitoringApi();
        var measured = disk.Measure(storage.DataFolder);
        return new(
            new DatabaseHealth(Problem("database"), number, script?.Replace("db.", "", StringComparison.Ordinal).Replace(".sql", "", StringComparison.Ordinal), size),
            new JobsHealth(Problem("jobs"), HealthEndpoints.RunningJobServers(jobs), monitoring.GetStatistics().Failed, backups.Folder, newest?.MadeAt, newest?.Folder),
            new EmailHealth(smtp.Value.IsConfigured, email.LastFailure, email.LastSentAt, email.Failing),
            new DiskHealth(storage.DataFolder, measured?.Free, measured?.Total),
            AppVersion());
    }

    /// <summary>"1.0.0 (68f1141)": the version and the commit it was built from.</summary>
    private static string AppVersion()
    {
        var version = typeof(SiteHealth).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : $"{version[..plus]} ({version[(plus + 1)..Math.Min(version.Length, plus + 8)]})";
    }
}

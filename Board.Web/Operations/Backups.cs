using System.Globalization;
using Board.Data.Database;
using Board.Web.Infrastructure;

namespace Board.Web.Operations;

/// <summary>
/// The "Backup" settings: <c>Backup:Folder</c> (default <c>&lt;DataFolder&gt;/backups</c>; put it on another disk) and
/// <c>Backup:Keep</c> (how many backups to keep, default 7: a week of daily ones).
/// </summary>
public sealed record BackupOptions(string Folder, int Keep)
{
    public static BackupOptions From(IConfiguration configuration, StorageOptions storage) => new(
        Path.GetFullPath(configuration["Backup:Folder"] is { Length: > 0 } folder ? folder : Path.Combine(storage.DataFolder, "backups")),
        configuration.GetValue("Backup:Keep", 7) is var keep and > 0
            ? keep
            : throw new InvalidOperationException("Backup:Keep must be 1 or more."));
}

/// <summary>
/// Makes a backup while the app runs: a folder named by the time (<c>backup-20261201-020000</c>) holding a consistent
/// copy of the database (SQLite's online backup) and of the attachments folder, then removes the oldest beyond
/// <see cref="BackupOptions.Keep"/>. The database is copied first: attachments are only ever added under new names,
/// so every file the copied database refers to is already there when the folder is copied.
/// </summary>
public sealed class BackupMaker(BoardDatabase database, StorageOptions storage, BackupOptions options, TimeProvider clock, ILogger<BackupMaker> logger)
{
    public const string DatabaseFileName = "partnershipboard.db";
    public const string AttachmentsFolderName = "attachments";
    private const string Prefix = "backup-";

    /// <summary>Makes one backup into <paramref name="intoFolder"/> (default: the configured folder) and returns its path.</summary>
    public string Make(string? intoFolder = null)
    {
        if (!database.IsSqlite)
            throw new InvalidOperationException("The database is PostgreSQL: back it up with pg_dump, and the attachments folder with your file backups (docs/scale-out.md).");
        var root = Path.GetFullPath(intoFolder ?? options.Folder);
        PrivateDataFolder.MakeFolder(root);
        var name = Prefix + clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var target = Path.Combine(root, name);
        // Being written under a temporary name, so a half-made backup is never mistaken for a whole one.
        var partial = target + ".partial";
        if (Directory.Exists(partial))
            Directory.Delete(partial, recursive: true);
        PrivateDataFolder.MakeFolder(partial);

        OnlineBackup.CopyTo(database, Path.Combine(partial, DatabaseFileName));
        CopyFolder(storage.AttachmentsFolder, Path.Combine(partial, AttachmentsFolderName));
        var check = OnlineBackup.IntegrityCheck(Path.Combine(partial, DatabaseFileName));
        if (check != "ok")
            throw new InvalidOperationException($"The backup's database failed its check: {check}");

        if (Directory.Exists(target))
            Directory.Delete(target, recursive: true);
        Directory.Move(partial, target);
        Prune(root);
        logger.LogInformation("Backup made at {Folder}", target);
        return target;
    }

    /// <summary>The newest whole backup in <paramref name="root"/> and when it was made (from its name), or null.</summary>
    public static (string Folder, DateTimeOffset MadeAt)? Newest(string root)
    {
        if (!Directory.Exists(root))
            return null;
        var newest = Directory.GetDirectories(root, Prefix + "*")
            .Where(folder => !folder.EndsWith(".partial", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .LastOrDefault();
        return newest is not null && DateTimeOffset.TryParseExact(Path.GetFileName(newest)[Prefix.Length..], "yyyyMMdd-HHmmss",
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? (newest, at)
            : null;
    }

    private void Prune(string root)
    {
        var old = Directory.GetDirectories(root, Prefix + "*")
            .Where(folder => !folder.EndsWith(".partial", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SkipLast(options.Keep);
        foreach (var folder in old)
        {
            Directory.Delete(folder, recursive: true);
            logger.LogInformation("Old backup removed: {Folder}", folder);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        PrivateDataFolder.MakeFolder(to);
        if (!Directory.Exists(from))
            return;
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }
}

/// <summary>The daily backup (Hangfire, 02:00 UTC by default, <c>Backup:Schedule</c> as a cron expression).</summary>
public sealed class BackupJob(BackupMaker backups)
{
    [Hangfire.AutomaticRetry(Attempts = 2)]
    [Hangfire.DisableConcurrentExecution(timeoutInSeconds: 60)]
    public void Run() => backups.Make();
}

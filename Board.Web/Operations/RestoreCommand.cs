using System.Globalization;
using Board.Data.Database;
using Board.Web.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Board.Web.Operations;

/// <summary>
/// <c>dotnet Board.Web.dll restore --from &lt;backup folder or .db file&gt; [--data &lt;data folder&gt;] [--replace]</c>
/// (docs/operations.md). Checks the backup first (SQLite's integrity check; made by this version of the app or an
/// older one) and changes nothing when it fails. Refuses a data folder that already holds a database or attachments
/// unless told <c>--replace</c>, which first moves the old ones aside into <c>replaced-YYYYMMDD-HHMMSS</c>. Copies the
/// database and the attachments into the data folder, private (folders 0700, files 0600), and says what it did.
/// Run it with the app stopped: the app must not have the old database open while it is moved aside.
/// </summary>
public static class RestoreCommand
{
    public const string Usage = "Usage: dotnet Board.Web.dll restore --from /srv/backups/partnershipboard/backup-20261201-020000 [--data /var/lib/partnershipboard] [--replace]";

    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static int Run(string[] args, StorageOptions storage, TextWriter output, TimeProvider clock)
    {
        if (!storage.IsSqlite)
        {
            output.WriteLine("The database is PostgreSQL: restore it with pg_restore, and the attachments folder from your file backups (docs/scale-out.md). Nothing was changed.");
            return 1;
        }
        string? from = null, data = null;
        var replace = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--from" when i + 1 < args.Length: from = args[++i]; break;
                case "--data" when i + 1 < args.Length: data = args[++i]; break;
                case "--replace": replace = true; break;
                default:
                    output.WriteLine($"Unknown option \"{args[i]}\".");
                    output.WriteLine(Usage);
                    return 64;
            }
        }
        if (string.IsNullOrWhiteSpace(from))
        {
            output.WriteLine("Say which backup to restore, like --from /srv/backups/partnershipboard/backup-20261201-020000.");
            output.WriteLine(Usage);
            return 64;
        }
        var target = data is null ? storage : ForDataFolder(data);
        try
        {
            return Restore(Path.GetFullPath(from), target, replace, output, clock);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"The restore stopped: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The files of a data folder given on the command line (the database in it, whatever Storage:DatabasePath says).</summary>
    public static StorageOptions ForDataFolder(string data)
    {
        var folder = Path.GetFullPath(data);
        return new(Path.Combine(folder, BackupMaker.DatabaseFileName), Path.Combine(folder, "keys"), Path.Combine(folder, BackupMaker.AttachmentsFolderName));
    }

    private static int Restore(string from, StorageOptions target, bool replace, TextWriter output, TimeProvider clock)
    {
        var (database, attachments) = Directory.Exists(from)
            ? (Path.Combine(from, BackupMaker.DatabaseFileName), Path.Combine(from, BackupMaker.AttachmentsFolderName))
            : (from, Path.Combine(Path.GetDirectoryName(from)!, BackupMaker.AttachmentsFolderName));
        if (!File.Exists(database))
            return Refuse(output, $"There is no backup at {from} (no {BackupMaker.DatabaseFileName} there).");

        BackupInspection inspection;
        try
        {
            inspection = BackupInspection.Read(database);
        }
        catch (SqliteException ex)
        {
            return Refuse(output, $"The backup at {database} cannot be read as a database ({ex.Message}).");
        }
        catch (InvalidOperationException ex)
        {
            return Refuse(output, $"The backup at {database} cannot be used: {ex.Message}.");
        }
        if (inspection.IntegrityCheck != "ok")
            return Refuse(output, $"The backup at {database} is damaged. SQLite's check says: {inspection.IntegrityCheck}");
        if (inspection.UnknownScripts.Count > 0)
            return Refuse(output, $"The backup was made by a newer version of PartnershipBoard (it has {string.Join(", ", inspection.UnknownScripts)}, which this version does not know). Restore it with that version or a newer one.");
        output.WriteLine($"Checked the backup {database}: it is sound (integrity check ok) and its database is at {inspection.NewestScript ?? "no script yet"}, which this version knows.");

        var missing = inspection.StoredFiles.Where(name => !File.Exists(Path.Combine(attachments, name))).ToList();
        if (missing.Count > 0)
            output.WriteLine($"Warning: {missing.Count} attachment file(s) the database refers to are not in the backup; those files will show as missing.");

        var inUse = File.Exists(target.DatabasePath) || (Directory.Exists(target.AttachmentsFolder) && Directory.EnumerateFileSystemEntries(target.AttachmentsFolder).Any());
        if (inUse && !replace)
            return Refuse(output, $"The data folder {target.DataFolder} already holds a database or attachments. To put the backup in their place, stop the app and run the same command with --replace: the old ones are kept aside first.");

        if (inUse && DatabaseInUse.IsOpenElsewhere(target.DatabasePath))
            return Refuse(output, $"The database {target.DatabasePath} is open: the app is still running on it. Stop the app (systemctl stop partnershipboard), then run the same command again.");

        PrivateDataFolder.MakeFolder(target.DataFolder);
        if (inUse)
            output.WriteLine($"Kept the old database and attachments aside in {MoveAside(target, clock)}.");

        // Copied under a temporary name and moved into place, so a stopped restore never leaves half a database.
        var partial = target.DatabasePath + ".restoring";
        File.Copy(database, partial, overwrite: true);
        MakePrivate(partial);
        File.Move(partial, target.DatabasePath, overwrite: true);
        output.WriteLine($"Restored the database to {target.DatabasePath}.");

        PrivateDataFolder.MakeFolder(target.AttachmentsFolder);
        var copied = 0;
        if (Directory.Exists(attachments))
        {
            foreach (var file in Directory.GetFiles(attachments))
            {
                var to = Path.Combine(target.AttachmentsFolder, Path.GetFileName(file));
                File.Copy(file, to, overwrite: true);
                MakePrivate(to);
                copied++;
            }
        }
        output.WriteLine($"Restored {copied} attachment file(s) to {target.AttachmentsFolder}.");
        if (!Directory.Exists(target.KeysFolder))
            output.WriteLine($"Backups do not hold the keys that sign cookies: copy the old keys/ folder into {target.DataFolder} to keep people signed in, or everyone signs in again.");
        output.WriteLine($"Done. Start the app with Storage__DataFolder={target.DataFolder}; it brings the database up to date if the backup is from an older version.");
        return 0;
    }

    private static string MoveAside(StorageOptions target, TimeProvider clock)
    {
        var aside = Path.Combine(target.DataFolder, "replaced-" + clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        PrivateDataFolder.MakeFolder(aside);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            var file = target.DatabasePath + suffix;
            if (File.Exists(file))
                File.Move(file, Path.Combine(aside, Path.GetFileName(file)));
        }
        if (Directory.Exists(target.AttachmentsFolder))
            Directory.Move(target.AttachmentsFolder, Path.Combine(aside, BackupMaker.AttachmentsFolderName));
        return aside;
    }

    private static int Refuse(TextWriter output, string reason)
    {
        output.WriteLine(reason);
        output.WriteLine("Nothing was changed.");
        return 1;
    }

    private static void MakePrivate(string file)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(file, FileMode);
    }
}

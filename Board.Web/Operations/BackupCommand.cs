using Board.Data.Database;
using Board.Web.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Board.Web.Operations;

/// <summary>
/// <c>dotnet Board.Web.dll backup [--to folder]</c>: one backup now, while the app may be running (docs/operations.md).
/// Prints where it went and exits 0, or prints the problem and exits 1. Reads the same settings as the app.
/// </summary>
public static class BackupCommand
{
    public static int Run(string[] args, IConfiguration configuration, StorageOptions storage)
    {
        string? to = null;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--to" && i + 1 < args.Length)
                to = args[++i];
            else
            {
                Console.Error.WriteLine($"Unknown option \"{args[i]}\". Use: backup [--to folder]");
                return 2;
            }
        }
        if (!storage.IsSqlite)
        {
            Console.Error.WriteLine("The database is PostgreSQL: back it up with pg_dump, and the attachments folder with your file backups (docs/scale-out.md). Nothing was done.");
            return 1;
        }
        if (!File.Exists(storage.DatabasePath))
        {
            Console.Error.WriteLine($"There is no database at {storage.DatabasePath}. Check Storage:DataFolder.");
            return 1;
        }
        var maker = new BackupMaker(new BoardDatabase(storage.DatabasePath), storage, BackupOptions.From(configuration, storage),
            TimeProvider.System, NullLogger<BackupMaker>.Instance);
        try
        {
            Console.WriteLine($"Backup made: {maker.Make(to)}");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            Console.Error.WriteLine($"The backup failed: {ex.Message}");
            return 1;
        }
    }
}

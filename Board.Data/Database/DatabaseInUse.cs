using Microsoft.Data.Sqlite;

namespace Board.Data.Database;

/// <summary>
/// Whether another process (a running app) has a database open. A restore must not move a database away from under
/// the app: its pooled connections would go on writing to the moved file while new ones open the restored one.
/// </summary>
public static class DatabaseInUse
{
    /// <summary>
    /// Leaving write-ahead-log mode needs the only connection to the file, so it fails while the app has it open. When
    /// it succeeds the log has been folded into the file, so the copy kept aside is whole on its own.
    /// </summary>
    public static bool IsOpenElsewhere(string file)
    {
        if (!File.Exists(file))
            return false;
        var builder = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 1 };
        try
        {
            using var connection = new SqliteConnection(builder.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = DELETE;";
            var mode = command.ExecuteScalar() as string;
            return !string.Equals(mode, "delete", StringComparison.OrdinalIgnoreCase);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            // SQLITE_BUSY or SQLITE_LOCKED: someone else holds it.
            return true;
        }
        catch (SqliteException)
        {
            // Not a database at all (or unreadable): nothing has it open as one, and the restore keeps it aside.
            return false;
        }
    }
}

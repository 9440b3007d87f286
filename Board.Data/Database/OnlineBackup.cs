using Microsoft.Data.Sqlite;

namespace Board.Data.Database;

/// <summary>
/// A consistent copy of the live database with SQLite's online backup API: the app keeps running and writing; the
/// copy is the database as it was at one moment, with every committed transaction up to then and none half-done.
/// </summary>
public static class OnlineBackup
{
    public static void CopyTo(BoardDatabase database, string targetFile)
    {
        using var source = new SqliteConnection(database.ConnectionString);
        source.Open();
        var target = new SqliteConnectionStringBuilder { DataSource = targetFile, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        using (var destination = new SqliteConnection(target.ToString()))
        {
            destination.Open();
            source.BackupDatabase(destination);
            // The copy is one self-contained file (no -wal beside it), so it can be moved or restored on its own.
            using var journal = destination.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode = DELETE;";
            journal.ExecuteNonQuery();
        }
    }

    /// <summary>SQLite's own check of a database file: "ok" when it is sound.</summary>
    public static string IntegrityCheck(string file)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return string.Join("; ", Read(command));
    }

    private static IEnumerable<string> Read(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return reader.GetString(0);
    }
}

using Microsoft.Data.Sqlite;

namespace Board.Data.Database;

/// <summary>Opens connections to the board's SQLite file, one per operation, with the pragmas every connection needs.</summary>
public sealed class BoardDatabase
{
    public BoardDatabase(string filePath)
    {
        FilePath = Path.GetFullPath(filePath);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        // Per-connection settings: SQLite forgets them when a connection closes.
        // busy_timeout makes a writer wait for another writer instead of failing at once.
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}

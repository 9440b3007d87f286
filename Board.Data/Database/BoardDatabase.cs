using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Board.Data.Database;

/// <summary>
/// Opens connections to the board's database, one per operation: an SQLite file with the pragmas every connection
/// needs, or PostgreSQL through one shared <see cref="NpgsqlDataSource"/> (its pool).
/// </summary>
public sealed class BoardDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;

    /// <summary>The embedded default: an SQLite file at <paramref name="filePath"/>.</summary>
    public BoardDatabase(string filePath)
    {
        Provider = StorageProvider.Sqlite;
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

    private BoardDatabase(NpgsqlDataSource postgres)
    {
        Provider = StorageProvider.PostgreSql;
        _postgres = postgres;
        ConnectionString = postgres.ConnectionString;
        FilePath = "";
    }

    /// <summary>A PostgreSQL database; the connection string names an existing database the app may create tables in.</summary>
    public static BoardDatabase PostgreSql(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // Every write holds the one writer lock (WriteTransactions): a server that freezes or loses the network inside
        // a transaction must not hold it for the hours TCP takes to notice. The server ends a transaction left idle
        // for 15 s (releasing the lock), and keepalives find a dead peer in seconds. Settings already in the
        // connection string win.
        if (string.IsNullOrEmpty(builder.ConnectionStringBuilder.Options))
            builder.ConnectionStringBuilder.Options = "-c idle_in_transaction_session_timeout=15000";
        if (builder.ConnectionStringBuilder.KeepAlive == 0)
            builder.ConnectionStringBuilder.KeepAlive = 10;
        return new(builder.Build());
    }

    public StorageProvider Provider { get; }

    public bool IsSqlite => Provider == StorageProvider.Sqlite;

    /// <summary>The SQLite file; empty on PostgreSQL, which has no file of its own that the app manages.</summary>
    public string FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>Where the data lives, for logs and the health panel (never with a password).</summary>
    public string Describe()
    {
        if (IsSqlite)
            return FilePath;
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}";
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
            return await _postgres.OpenConnectionAsync(cancellationToken);

        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        // Per-connection settings: SQLite forgets them when a connection closes.
        // busy_timeout makes a writer wait for another writer instead of failing at once.
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>An SQLite connection, for what only SQLite has (its log, its online backup).</summary>
    public async Task<SqliteConnection> OpenSqliteAsync(CancellationToken cancellationToken = default)
    {
        if (!IsSqlite)
            throw new InvalidOperationException("This needs the SQLite store.");
        return (SqliteConnection)await OpenAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _postgres?.DisposeAsync() ?? ValueTask.CompletedTask;
}

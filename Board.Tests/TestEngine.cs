using Board.Data.Database;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Board.Tests;

/// <summary>
/// Which database engine the Data and Web tests run on. test.sh runs them twice: on SQLite (the default), then with
/// BOARD_TEST_PROVIDER=PostgreSql and BOARD_TEST_POSTGRES naming the throwaway server it started.
/// </summary>
public static class TestEngine
{
    /// <summary>Tests of what only SQLite has (its pragmas, its log, its files): not run on PostgreSQL.</summary>
    public const string SqliteOnly = "SqliteOnly";

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static bool _templateReady;
    private const string TemplateName = "pb_template";

    public static StorageProvider Provider { get; } =
        Enum.TryParse<StorageProvider>(Environment.GetEnvironmentVariable("BOARD_TEST_PROVIDER"), ignoreCase: true, out var provider)
            ? provider
            : StorageProvider.Sqlite;

    public static bool IsPostgres => Provider == StorageProvider.PostgreSql;

    /// <summary>The server's administrative connection (no database named).</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("BOARD_TEST_POSTGRES")
        ?? throw new InvalidOperationException("BOARD_TEST_PROVIDER is PostgreSql but BOARD_TEST_POSTGRES is not set: run the tests with test.sh, which starts the server.");

    /// <summary>
    /// A new, empty PostgreSQL database with the real migrations applied, copied from a template that is migrated once
    /// per test run (CREATE DATABASE … TEMPLATE is a file copy: milliseconds, where running every script takes seconds).
    /// </summary>
    public static async Task<string> NewPostgresDatabaseAsync()
    {
        await EnsureTemplateAsync();
        var name = "pb_" + Guid.NewGuid().ToString("N");
        await using (var server = new NpgsqlConnection(ServerConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {TemplateName}", server);
            await create.ExecuteNonQueryAsync();
        }
        return ConnectionStringFor(name);
    }

    /// <summary>A connection string for an empty database (no migrations), for the tests of the migrations themselves.</summary>
    public static async Task<string> NewEmptyPostgresDatabaseAsync()
    {
        var name = "pb_" + Guid.NewGuid().ToString("N");
        await using var server = new NpgsqlConnection(ServerConnectionString);
        await server.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
        await create.ExecuteNonQueryAsync();
        return ConnectionStringFor(name);
    }

    public static void DropPostgresDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var server = new NpgsqlConnection(ServerConnectionString);
        server.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", server);
        drop.ExecuteNonQuery();
    }

    /// <summary>Lets go of every pooled connection, of either engine (before a test folder or database is removed).</summary>
    public static void ClearPools()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    private static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ToString();

    private static async Task EnsureTemplateAsync()
    {
        if (_templateReady)
            return;
        await TemplateLock.WaitAsync();
        try
        {
            if (_templateReady)
                return;
            await using (var server = new NpgsqlConnection(ServerConnectionString))
            {
                await server.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {TemplateName} WITH (FORCE); ", server);
                await drop.ExecuteNonQueryAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {TemplateName}", server);
                await create.ExecuteNonQueryAsync();
            }
            var template = new NpgsqlConnectionStringBuilder(ConnectionStringFor(TemplateName)) { Pooling = false }.ToString();
            await using (var database = BoardDatabase.PostgreSql(template))
                Migrator.Upgrade(database, NullLogger.Instance);
            _templateReady = true;
        }
        finally
        {
            TemplateLock.Release();
        }
    }
}

using Board.Data.Database;
using Microsoft.Extensions.Logging.Abstractions;

namespace Board.Tests.Data;

/// <summary>
/// A fresh database with the real db/ scripts applied: an SQLite file in a temporary folder, or a new PostgreSQL
/// database on the test server (<see cref="TestEngine"/>); removed afterwards.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _folder;
    private readonly string? _postgres;

    private TestDatabase(BoardDatabase database, string? folder, string? postgres)
    {
        Database = database;
        _folder = folder;
        _postgres = postgres;
    }

    public BoardDatabase Database { get; }

    public static TestDatabase Create()
    {
        DapperSetup.RegisterTypeHandlers();
        if (TestEngine.IsPostgres)
        {
            var connectionString = TestEngine.NewPostgresDatabaseAsync().GetAwaiter().GetResult();
            return new TestDatabase(BoardDatabase.PostgreSql(connectionString), null, connectionString);
        }
        var folder = Path.Combine(Path.GetTempPath(), "pb-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new BoardDatabase(Path.Combine(folder, "board.db"));
        Migrator.Upgrade(database, NullLogger.Instance);
        return new TestDatabase(database, folder, null);
    }

    public void Dispose()
    {
        if (_postgres is not null)
        {
            Database.DisposeAsync().AsTask().GetAwaiter().GetResult();
            TestEngine.DropPostgresDatabase(_postgres);
            return;
        }
        TestEngine.ClearPools();
        try
        {
            Directory.Delete(_folder!, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open elsewhere is left for the OS to clean; it is in the temp folder.
        }
    }
}

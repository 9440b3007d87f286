using Board.Data.Database;
using Microsoft.Extensions.Logging.Abstractions;

namespace Board.Tests.Data;

/// <summary>A fresh SQLite file with the real db/ scripts applied, in a temporary folder removed afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _folder;

    private TestDatabase(string folder, BoardDatabase database)
    {
        _folder = folder;
        Database = database;
    }

    public BoardDatabase Database { get; }

    public static TestDatabase Create()
    {
        DapperSetup.RegisterTypeHandlers();
        var folder = Path.Combine(Path.GetTempPath(), "pb-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new BoardDatabase(Path.Combine(folder, "board.db"));
        Migrator.Upgrade(database, NullLogger.Instance);
        return new TestDatabase(folder, database);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open elsewhere is left for the OS to clean; it is in the temp folder.
        }
    }
}

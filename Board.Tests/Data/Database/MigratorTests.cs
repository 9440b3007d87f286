using Board.Data.Database;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace Board.Tests.Data.Database;

public sealed class MigratorTests
{
    private TestDatabase _db = null!;

    [SetUp]
    public void SetUp() => _db = TestDatabase.Create();

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task Upgrade_FreshFile_CreatesCompositionTables()
    {
        await using var connection = await _db.Database.OpenAsync();

        var tables = await connection.QueryAsync<string>(TestEngine.IsPostgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            : "SELECT name FROM sqlite_master WHERE type = 'table'");

        Assert.That(tables, Is.SupersetOf(new[]
        {
            "boards", "constitutions", "seat_types", "people", "accounts", "sign_in_cards",
            "self_advocacy_groups", "memberships", "supporter_links",
        }));
    }

    [Test]
    public void BothEngines_HaveTheSameScripts_UnderTheSameJournalNames()
    {
        var sqlite = MigrationScripts.Names(StorageProvider.Sqlite);
        var postgres = MigrationScripts.Names(StorageProvider.PostgreSql);

        Assert.That(postgres, Is.EquivalentTo(sqlite));
        Assert.That(sqlite, Does.Contain("db.0001_create_composition.sql"));
    }

    [Test]
    public async Task Upgrade_FreshFile_JournalsEachScript()
    {
        await using var connection = await _db.Database.OpenAsync();

        var scripts = await connection.QueryAsync<string>("SELECT ScriptName FROM SchemaVersions");

        Assert.That(scripts, Does.Contain("db.0001_create_composition.sql"));
    }

    [Test]
    public async Task Upgrade_RunTwice_AppliesNothingTwiceAndKeepsData()
    {
        var boardId = await TestData.BoardAsync(_db.Database);
        await using var before = await _db.Database.OpenAsync();
        var journaled = await before.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM SchemaVersions");

        Assert.That(() => Migrator.Upgrade(_db.Database, NullLogger.Instance), Throws.Nothing);

        await using var after = await _db.Database.OpenAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await after.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM SchemaVersions"), Is.EqualTo(journaled));
            Assert.That(await after.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM boards WHERE id = @boardId", new { boardId }), Is.EqualTo(1));
        }
    }

    [Test]
    [Category(TestEngine.SqliteOnly)]
    public async Task Upgrade_FreshFile_SetsWriteAheadLog()
    {
        // WAL is stored in the file itself, so every later connection sees it.
        await using var connection = await _db.Database.OpenAsync();

        var mode = await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode");

        Assert.That(mode, Is.EqualTo("wal"));
    }
}

using System.Xml.Linq;
using Board.Data.Database;
using Board.Web.ScaleOut;

namespace Board.Tests.Web.ScaleOut;

/// <summary>The data-protection keys of a PostgreSQL deployment live in its database, so every server reads the same (ADR-016).</summary>
[TestFixture]
[Category("ScaleOut")]
public sealed class DataProtectionKeyStoreTests
{
    private string _postgres = null!;
    private BoardDatabase _database = null!;

    [SetUp]
    public async Task SetUp()
    {
        if (Environment.GetEnvironmentVariable("BOARD_TEST_POSTGRES") is not { Length: > 0 })
            throw new InvalidOperationException("BOARD_TEST_POSTGRES is not set: run the ScaleOut tests with test.sh.");
        _postgres = await TestEngine.NewPostgresDatabaseAsync();
        _database = BoardDatabase.PostgreSql(_postgres);
    }

    [TearDown]
    public async Task TearDown()
    {
        await _database.DisposeAsync();
        TestEngine.DropPostgresDatabase(_postgres);
    }

    [Test]
    public void StoreElement_IsReadBackByAnotherRepository_InTheOrderWritten()
    {
        var first = new XElement("key", new XAttribute("id", Guid.NewGuid()), new XElement("secret", "one & <two>"));
        var second = new XElement("key", new XAttribute("id", Guid.NewGuid()), new XElement("secret", "three"));
        var writer = new DatabaseKeyRepository(new DataProtectionKeyStore(_database), TimeProvider.System);
        writer.StoreElement(first, "key-" + first.Attribute("id")!.Value);
        writer.StoreElement(second, "key-" + second.Attribute("id")!.Value);

        // Another server: its own store over the same database.
        var reader = new DatabaseKeyRepository(new DataProtectionKeyStore(BoardDatabase.PostgreSql(_postgres)), TimeProvider.System);
        var read = reader.GetAllElements().ToList();

        Assert.That(read.Select(e => e.ToString()), Is.EqualTo(new[] { first.ToString(), second.ToString() }));
    }

    [Test]
    public async Task StoreElement_TheSameNameTwice_KeepsTheFirst()
    {
        var repository = new DatabaseKeyRepository(new DataProtectionKeyStore(_database), TimeProvider.System);
        repository.StoreElement(new XElement("key", "first"), "key-same");
        repository.StoreElement(new XElement("key", "second"), "key-same");

        var all = await new DataProtectionKeyStore(_database).ListAsync();

        Assert.That(all.Select(k => k.Xml), Is.EqualTo(new[] { "<key>first</key>" }));
    }
}

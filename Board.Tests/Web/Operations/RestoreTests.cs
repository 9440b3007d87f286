using Board.Data.Database;
using Board.Web.Infrastructure;
using Board.Web.Operations;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Board.Tests.Web.Operations;

/// <summary>
/// <c>restore</c>: checks the backup before it touches anything, refuses to overwrite a data folder in use unless
/// told <c>--replace</c> (and then keeps the old one aside), and leaves the restored folder private.
/// </summary>
[TestFixture]
[Category(TestEngine.SqliteOnly)] // the app backs up and restores SQLite only; PostgreSQL has pg_dump (docs/scale-out.md)
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class RestoreTests
{
    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private string _root = null!;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    [SetUp]
    public void MakeRoot() => _root = Path.Combine(Path.GetTempPath(), "pb-restore-tests", Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveRoot()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    [Test]
    public void Restore_IntoANewFolder_CopiesTheDatabaseAndItsFiles_Privately()
    {
        var backup = MakeBackup();
        var target = Path.Combine(_root, "restored");

        var (exit, said) = Restore("--from", backup, "--data", target);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.Zero, said);
            Assert.That(said, Does.Contain("it is sound (integrity check ok)").And.Match(@"its database is at \d{4}_\w+, which this version knows"));
            Assert.That(said, Does.Contain($"Restored the database to {Path.Combine(target, "partnershipboard.db")}."));
            Assert.That(said, Does.Contain("Restored 1 attachment file(s)"));
            Assert.That(File.ReadAllText(Path.Combine(target, "attachments", "stored-file")), Is.EqualTo("attachment"));
            Assert.That(OnlineBackup.IntegrityCheck(Path.Combine(target, "partnershipboard.db")), Is.EqualTo("ok"));
            Assert.That(File.GetUnixFileMode(target), Is.EqualTo(PrivateFolder));
            Assert.That(File.GetUnixFileMode(Path.Combine(target, "attachments")), Is.EqualTo(PrivateFolder));
            Assert.That(File.GetUnixFileMode(Path.Combine(target, "partnershipboard.db")), Is.EqualTo(PrivateFile));
            Assert.That(File.GetUnixFileMode(Path.Combine(target, "attachments", "stored-file")), Is.EqualTo(PrivateFile));
        }
    }

    [Test]
    public void Restore_OfAFileThatIsNotADatabase_RefusesAndChangesNothing()
    {
        var backup = MakeBackup();
        File.WriteAllText(Path.Combine(backup, "partnershipboard.db"), "this is not a database, it was cut short by a full disk");
        var target = Path.Combine(_root, "restored");

        var (exit, said) = Restore("--from", backup, "--data", target);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(said, Does.Contain("cannot be read as a database").And.Contain("Nothing was changed."));
            Assert.That(Directory.Exists(target), Is.False);
        }
    }

    [Test]
    public void Restore_OfADamagedDatabase_RefusesAndChangesNothing()
    {
        var backup = MakeBackup();
        var file = Path.Combine(backup, "partnershipboard.db");
        // Scribble over the middle of the file, past the header: pages of tables and indexes are broken.
        var bytes = File.ReadAllBytes(file);
        for (var i = 4096 * 2; i < bytes.Length - 4096; i += 7)
            bytes[i] = 0x5A;
        File.WriteAllBytes(file, bytes);
        var target = Path.Combine(_root, "restored");

        var (exit, said) = Restore("--from", backup, "--data", target);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(said, Does.Contain("damaged").Or.Contain("cannot be read as a database"));
            Assert.That(said, Does.Contain("Nothing was changed."));
            Assert.That(Directory.Exists(target), Is.False);
        }
    }

    [Test]
    public void Restore_OfABackupFromANewerVersion_Refuses()
    {
        var backup = MakeBackup();
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(backup, "partnershipboard.db")};Pooling=False"))
            connection.Execute("INSERT INTO SchemaVersions (ScriptName, Applied) VALUES ('db.9999_from_the_future.sql', '2027-01-01')");
        var target = Path.Combine(_root, "restored");

        var (exit, said) = Restore("--from", backup, "--data", target);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(said, Does.Contain("made by a newer version").And.Contain("db.9999_from_the_future.sql").And.Contain("Nothing was changed."));
            Assert.That(Directory.Exists(target), Is.False);
        }
    }

    [Test]
    public void Restore_OverADataFolderWithADatabase_RefusesUnlessReplace_ThenKeepsTheOldOneAside()
    {
        var backup = MakeBackup();
        var target = Path.Combine(_root, "in-use");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "partnershipboard.db"), "the database in use");

        var (refused, said) = Restore("--from", backup, "--data", target);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused, Is.EqualTo(1));
            Assert.That(said, Does.Contain("already holds a database").And.Contain("--replace").And.Contain("Nothing was changed."));
            Assert.That(File.ReadAllText(Path.Combine(target, "partnershipboard.db")), Is.EqualTo("the database in use"));
            Assert.That(Directory.GetFileSystemEntries(target), Has.Length.EqualTo(1));
        }

        var (replaced, saidAgain) = Restore("--from", backup, "--data", target, "--replace");

        var aside = Path.Combine(target, "replaced-20261201-020000");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(replaced, Is.Zero, saidAgain);
            Assert.That(saidAgain, Does.Contain($"Kept the old database and attachments aside in {aside}."));
            Assert.That(File.ReadAllText(Path.Combine(aside, "partnershipboard.db")), Is.EqualTo("the database in use"));
            Assert.That(OnlineBackup.IntegrityCheck(Path.Combine(target, "partnershipboard.db")), Is.EqualTo("ok"));
        }
    }

    [Test]
    public void Restore_WithReplace_WhileTheAppHasTheDatabaseOpen_RefusesAndChangesNothing()
    {
        var backup = MakeBackup();
        var target = Path.Combine(_root, "running");
        Directory.CreateDirectory(target);
        var live = Path.Combine(target, "partnershipboard.db");
        // What the running app holds: a write-ahead-log database with a connection open on it.
        using var app = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = live, Pooling = false }.ToString());
        app.Open();
        app.Execute("PRAGMA journal_mode = WAL; CREATE TABLE live (id INTEGER); INSERT INTO live VALUES (1);");

        var (exit, said) = Restore("--from", backup, "--data", target, "--replace");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(said, Does.Contain("the app is still running on it").And.Contain("Nothing was changed."));
            Assert.That(Directory.GetDirectories(target), Is.Empty, "nothing was moved aside");
            Assert.That(app.ExecuteScalar<long>("SELECT COUNT(*) FROM live"), Is.EqualTo(1));
        }
    }

    [Test]
    public void Restore_WithoutFrom_SaysHowToUseIt()
    {
        var (exit, said) = Restore("--data", Path.Combine(_root, "x"));

        Assert.That(exit, Is.EqualTo(64));
        Assert.That(said, Does.Contain("Say which backup to restore").And.Contain("Usage: dotnet Board.Web.dll restore --from"));
    }

    private (int Exit, string Said) Restore(params string[] args)
    {
        var output = new StringWriter();
        var exit = RestoreCommand.Run(args, RestoreCommand.ForDataFolder(Path.Combine(_root, "unused")), output, _clock);
        return (exit, output.ToString());
    }

    /// <summary>A data folder with a migrated database and one attachment, and a backup of it.</summary>
    private string MakeBackup()
    {
        var data = Path.Combine(_root, "data");
        var storage = StorageOptions.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataFolder"] = data }).Build(), data);
        PrivateDataFolder.Prepare(storage);
        var database = new BoardDatabase(storage.DatabasePath);
        Migrator.Upgrade(database, NullLogger.Instance);
        File.WriteAllText(Path.Combine(storage.AttachmentsFolder, "stored-file"), "attachment");
        var made = new BackupMaker(database, storage, new BackupOptions(Path.Combine(_root, "backups"), Keep: 3), _clock, NullLogger<BackupMaker>.Instance).Make();
        SqliteConnection.ClearAllPools();
        return made;
    }
}

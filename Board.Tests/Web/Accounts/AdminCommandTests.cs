namespace Board.Tests.Web.Accounts;

/// <summary>The first-admin command's refusals: each in plain words, with a non-zero exit code and nothing added.</summary>
[TestFixture]
public sealed class AdminCommandTests
{
    private string _folder = null!;

    [SetUp]
    public void NewFolder() => _folder = ProductionAppFactory.NewDataFolder();

    [TearDown]
    public void RemoveFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task AdminCreate_SameEmailTwice_SecondIsRefused()
    {
        var first = await BoardWebCommand.RunAsync(_folder, "admin", "create", "--email", "it@council.example", "--name", "First Admin");
        var second = await BoardWebCommand.RunAsync(_folder, "admin", "create", "--email", "it@council.example", "--name", "Second Admin");

        Assert.That(first.ExitCode, Is.Zero, first.Output);
        Assert.That(first.Output, Does.Contain("They have no password yet"));
        Assert.That(second.ExitCode, Is.EqualTo(1));
        Assert.That(second.Output, Does.Contain("Someone already uses it@council.example"));
        Assert.That(second.Output, Does.Not.Contain("/set-password/"));
    }

    [TestCase(new[] { "admin" }, "Usage: dotnet Board.Web.dll admin create")]
    [TestCase(new[] { "admin", "create", "--name", "No Email" }, "Give the administrator's email address")]
    [TestCase(new[] { "admin", "create", "--email", "not an email", "--name", "X" }, "Give the administrator's email address")]
    [TestCase(new[] { "admin", "create", "--email", "it@council.example" }, "Give the administrator's name")]
    [TestCase(new[] { "nonsense" }, "There is no command called \"nonsense\"")]
    public async Task Command_BadArguments_SaysWhatToType(string[] args, string message)
    {
        var (exitCode, output) = await BoardWebCommand.RunAsync(_folder, args);

        Assert.That(exitCode, Is.EqualTo(64));
        Assert.That(output, Does.Contain(message));
    }
}

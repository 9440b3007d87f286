using System.Net;
using Microsoft.Data.Sqlite;

namespace Board.Tests.Web.Operations;

/// <summary>/health/live and /health/ready as docs/operations.md describes them.</summary>
[TestFixture]
public sealed class HealthTests
{
    [Test]
    public async Task LiveAndReady_OnAWorkingApp_AnswerHealthy()
    {
        using var factory = new BoardAppFactory();
        using var client = factory.NewClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await live.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await ready.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
        }
    }

    [Test]
    [Category(TestEngine.SqliteOnly)]
    public async Task Ready_WhenTheDatabaseFileCannotBeRead_Answers503_WhileLiveStaysUp()
    {
        using var factory = new BoardAppFactory();
        using var client = factory.NewClient();
        Assert.That((await client.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // The file goes away, as when its disk is unmounted. (Spoiling it in place was flaky: while any other
        // connection in the process has the file open, SQLite shares that connection's memory-mapped log index with
        // a new one and can still answer from it.) Tests run as root, for whom file permissions do not stop reading.
        SqliteConnection.ClearAllPools();
        var path = factory.Database.FilePath;
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            if (File.Exists(file))
                File.Move(file, file + ".gone");

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(await ready.Content.ReadAsStringAsync(), Is.EqualTo("Unhealthy"));
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }
}

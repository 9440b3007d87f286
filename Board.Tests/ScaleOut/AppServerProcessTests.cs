using System.Net;

namespace Board.Tests.ScaleOut;

/// <summary>The harness itself: two server processes on one PostgreSQL database start, answer, and die when killed.</summary>
[TestFixture]
[Category("ScaleOut")]
[NonParallelizable]
public sealed class AppServerProcessTests
{
    [Test]
    public async Task TwoServersOnOneDatabase_BothAnswer_AndKillingOneLeavesTheOther()
    {
        var redis = ScaleOutEngines.Redis;
        _ = ScaleOutEngines.Postgres;
        var connectionString = await TestEngine.NewPostgresDatabaseAsync();
        var folder = Path.Combine(Path.GetTempPath(), "pb-scaleout", Guid.NewGuid().ToString("N"));
        var deployment = new AppServerProcess.Deployment(connectionString, redis, folder,
            Path.Combine(TestContext.CurrentContext.WorkDirectory, "scale-out-logs", "harness-" + Guid.NewGuid().ToString("N")[..8]));
        try
        {
            // No demo: this checks the processes, not the app's data on PostgreSQL.
            await using var a = await AppServerProcess.StartAsync("A", deployment, seedDemo: false);
            await using var b = await AppServerProcess.StartAsync("B", deployment, seedDemo: false);
            using var toA = ServerSession.ClientFor(a);
            using var toB = ServerSession.ClientFor(b);
            Assert.That((await toA.GetAsync(new Uri("/sign-in", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK), a.LogTail());
            Assert.That((await toB.GetAsync(new Uri("/sign-in", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK), b.LogTail());
            Assert.That((await toB.GetAsync(new Uri("/js/site.js", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK),
                "the content root holds wwwroot, so the static files are found");

            a.Kill();

            using (Assert.EnterMultipleScope())
            {
                Assert.That(a.HasExited, Is.True);
                Assert.CatchAsync<HttpRequestException>(() => toA.GetAsync(new Uri("/health/live", UriKind.Relative)));
                Assert.That((await toB.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK), b.LogTail());
                Assert.That(File.ReadAllText(a.LogPath), Does.Contain("Now listening on"), "the server's output is kept for diagnosis");
            }
        }
        finally
        {
            TestEngine.DropPostgresDatabase(connectionString);
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }
}

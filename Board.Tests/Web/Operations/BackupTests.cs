using System.Collections.Concurrent;
using Board.Core.Voting;
using Board.Data.Database;
using Board.Web.Infrastructure;
using Board.Web.Operations;
using Board.Tests.Web.Hubs;
using Dapper;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Board.Tests.Web.Operations;

/// <summary>Backups made while the app runs, kept N at a time, and restored as docs/operations.md says.</summary>
[TestFixture]
[Category(TestEngine.SqliteOnly)] // the app backs up and restores SQLite only; PostgreSQL has pg_dump (docs/scale-out.md)
public sealed class BackupTests
{
    [Test]
    public async Task BackupDuringAVoteBurst_RestoredIntoANewFolder_HasEveryBallotAcknowledgedBeforeIt()
    {
        await using var live = await LiveMeeting.StartAsync();
        var poll = await live.OpenPollAsync(BallotSecrecy.Open);
        var acked = new ConcurrentQueue<(string Key, long At)>();
        using var stop = new CancellationTokenSource();
        var voters = new[] { "rep@riverside.example", "carer@riverside.example", "partner@riverside.example" };
        var hubs = new List<Microsoft.AspNetCore.SignalR.Client.HubConnection>();
        foreach (var voter in voters)
            hubs.Add(await live.ConnectAsync(voter));
        var burst = hubs.Select(hub => Task.Run(async () =>
        {
            var choice = 0;
            while (!stop.IsCancellationRequested)
            {
                var key = Guid.NewGuid().ToString();
                try
                {
                    var ack = await LiveMeeting.CastAsync(hub, live.MeetingId, poll, choice++ % 2 == 0 ? OptionMeaning.For : OptionMeaning.Against, key);
                    if (ack.Committed)
                        acked.Enqueue((key, System.Diagnostics.Stopwatch.GetTimestamp()));
                }
                catch (HubException)
                {
                    // The per-connection limit: slow down.
                }
                await Task.Delay(120);
            }
        })).ToList();

        await Task.Delay(1500);
        var backupStarted = System.Diagnostics.Stopwatch.GetTimestamp();
        var backup = live.Factory.Services.GetRequiredService<BackupMaker>().Make();
        await Task.Delay(500);
        await stop.CancelAsync();
        await Task.WhenAll(burst);
        foreach (var hub in hubs)
            await hub.DisposeAsync();

        var before = acked.Where(a => a.At < backupStarted).Select(a => a.Key).ToList();
        Assert.That(before, Has.Count.GreaterThan(10), "the burst should have been going when the backup started");
        Assert.That(OnlineBackup.IntegrityCheck(Path.Combine(backup, BackupMaker.DatabaseFileName)), Is.EqualTo("ok"));

        // The restore in docs/operations.md: the restore command, into a new data folder, before the app starts on it.
        using var restored = new BoardAppFactory();
        var said = new StringWriter();
        var exit = RestoreCommand.Run(["--from", backup, "--data", restored.DataFolder], RestoreCommand.ForDataFolder(restored.DataFolder), said, TimeProvider.System);
        Assert.That(exit, Is.Zero, said.ToString());
        using var client = restored.NewClient();
        Assert.That((await client.GetAsync("/health/ready")).StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
        await using var connection = await restored.Database.OpenAsync();
        var kept = (await connection.QueryAsync<string>("SELECT idempotency_key FROM open_ballot_history WHERE poll_id = @Id", poll)).ToHashSet();
        Assert.That(before.Where(key => !kept.Contains(key)), Is.Empty, "every ballot acknowledged before the backup is in it");
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Make_KeepsOnlyTheNewestCopies_InPrivateFolders()
    {
        var data = Path.Combine(Path.GetTempPath(), "pb-backup-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var storage = StorageOptions.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataFolder"] = data }).Build(), data);
            PrivateDataFolder.Prepare(storage);
            var database = new BoardDatabase(storage.DatabasePath);
            Migrator.Upgrade(database, NullLogger.Instance);
            File.WriteAllText(Path.Combine(storage.AttachmentsFolder, "a-stored-file"), "attachment");
            var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
            var maker = new BackupMaker(database, storage, new BackupOptions(Path.Combine(data, "backups"), Keep: 2), clock, NullLogger<BackupMaker>.Instance);

            var made = new List<string>();
            for (var day = 0; day < 3; day++)
            {
                made.Add(maker.Make());
                clock.Advance(TimeSpan.FromDays(1));
            }

            var left = Directory.GetDirectories(Path.Combine(data, "backups")).Order().ToList();
            using (Assert.EnterMultipleScope())
            {
                Assert.That(left, Is.EqualTo(made.Skip(1)));
                Assert.That(File.ReadAllText(Path.Combine(made[2], "attachments", "a-stored-file")), Is.EqualTo("attachment"));
                Assert.That(File.GetUnixFileMode(data), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
                Assert.That(File.GetUnixFileMode(storage.DatabasePath), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
                Assert.That(File.GetUnixFileMode(Path.Combine(made[2], BackupMaker.DatabaseFileName)), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Test]
    public void BackupCommand_WithTo_MakesABackupThere()
    {
        var data = Path.Combine(Path.GetTempPath(), "pb-backup-tests", Guid.NewGuid().ToString("N"));
        var to = Path.Combine(data, "elsewhere");
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataFolder"] = data }).Build();
            var storage = StorageOptions.From(configuration, data);
            PrivateDataFolder.Prepare(storage);
            Migrator.Upgrade(new BoardDatabase(storage.DatabasePath), NullLogger.Instance);

            var exit = BackupCommand.Run(["backup", "--to", to], configuration, storage);

            Assert.That(exit, Is.Zero);
            var made = Directory.GetDirectories(to, "backup-*").Single();
            Assert.That(OnlineBackup.IntegrityCheck(Path.Combine(made, BackupMaker.DatabaseFileName)), Is.EqualTo("ok"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}

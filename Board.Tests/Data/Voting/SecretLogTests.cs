using System.Buffers.Binary;
using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Voting;
using Board.Tests.Data.Meetings;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Board.Tests.Data.Voting;

/// <summary>
/// A reader (a backup agent, a report) holds the database while a secret poll takes ballots and closes. Afterwards a
/// copy of the files (database plus write-ahead log) is replayed commit by commit, the way an attacker would: it
/// must show only the final counts, never the counts after each voter, or it is told loudly that it is not safe yet.
/// </summary>
[Category(TestEngine.SqliteOnly)]
public sealed class SecretLogTests
{
    private TestDatabase _db = null!;
    private PollStore _polls = null!;
    private BallotStore _ballots = null!;
    private long _boardId;
    private long _meetingId;
    private long _coordinator;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _polls = new PollStore(_db.Database);
        _ballots = new BallotStore(_db.Database);
        _boardId = await TestData.BoardAsync(_db.Database);
        _coordinator = await TestData.PersonAsync(_db.Database, _boardId, "Cora Coordinator", Role.Coordinator);
        _meetingId = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December, MeetingState.Live);
    }

    [TearDown]
    public async Task TearDown()
    {
        await _ballots.DisposeAsync();
        _db.Dispose();
    }

    /// <param name="releaseAfterMs">When the reader lets go, counted from the close; null: only after the close has returned.</param>
    [TestCase(2, 0)]
    [TestCase(4, 0)]
    [TestCase(4, 300)]
    [TestCase(3, 1000)]
    [TestCase(4, null)]
    [TestCase(2, null)]
    public async Task AReaderHoldingTheDatabaseAtClose_LeavesNothingThatLinksVotersToChoices(int voters, int? releaseAfterMs)
    {
        var poll = await OpenSecretPollAsync();
        var people = new List<long>();
        for (var i = 0; i < voters; i++)
            people.Add(await TestData.PersonAsync(_db.Database, _boardId, $"Voter {i}", Role.Rep));

        await using var reader = await _db.Database.OpenSqliteAsync();
        await reader.ExecuteAsync("BEGIN DEFERRED");
        await reader.QueryAsync<long>("SELECT COUNT(*) FROM polls"); // holds a snapshot: the log cannot be emptied under it
        for (var i = 0; i < voters; i++)
            await _ballots.CastAsync(poll, new BallotPaper(people[i], poll.Options[i % 3].Id, CastBy.Member, null, $"key-{i}"), people, TestData.Now);

        var release = releaseAfterMs is { } ms ? ReleaseAsync(reader, ms) : Task.CompletedTask;
        LogCheckpoint? checkpoint = null;
        await _polls.CloseAsync(_boardId, poll, people, counts => PollResults.Decide(poll, counts, new QuorumResult(true, voters, 1, 1, 0, ""),
            TieRule.MotionFalls, null), TestData.Now, c => checkpoint = c);
        await release;

        if (releaseAfterMs is null)
        {
            using (Assert.EnterMultipleScope())
            {
                Assert.That(checkpoint!.Truncated, Is.False, "the reader was still there");
                Assert.That(await _polls.LogNotEmptiedAsync(_boardId), Does.StartWith("The write-ahead log could not be emptied"), "said loudly");
                Assert.That(Replay(_db.Database.FilePath), Has.Count.GreaterThan(1), "the danger is real while the log is kept");
            }
            await reader.ExecuteAsync("COMMIT TRANSACTION");
            Assert.That((await _polls.RetryClearLogAsync(_boardId, TestData.Now))!.Truncated, Is.True, "the audit report tries again");
            Assert.That(await _polls.LogNotEmptiedAsync(_boardId), Is.Null);
        }
        else
        {
            Assert.That(checkpoint!.Truncated, Is.True, checkpoint.Describe());
        }

        var final = $"{voters}:{string.Join(",", (await _ballots.TallyAsync(poll)).Select(c => c.Votes))}";
        Assert.That(Replay(_db.Database.FilePath), Is.EqualTo(new[] { final }), "only the final counts, nothing per voter");
    }

    private static async Task ReleaseAsync(SqliteConnection reader, int afterMs)
    {
        await Task.Delay(afterMs);
        await reader.ExecuteAsync("COMMIT TRANSACTION");
    }

    /// <summary>
    /// Every state a copy of the files can be replayed to: the database with the log cut after each frame in turn
    /// (SQLite replays up to the last whole commit), as "voters:counts per option".
    /// </summary>
    private static List<string> Replay(string databasePath)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pb-replay", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var db = ReadShared(databasePath);
            var wal = File.Exists(databasePath + "-wal") ? ReadShared(databasePath + "-wal") : [];
            var frameSize = wal.Length >= 32 ? 24 + (int)BinaryPrimitives.ReadUInt32BigEndian(wal.AsSpan(8, 4)) : 0;
            var frames = frameSize == 0 ? 0 : (wal.Length - 32) / frameSize;
            var states = new List<string>();
            for (var k = 0; k <= frames; k++)
            {
                var copy = Path.Combine(folder, $"copy-{k}.db");
                File.WriteAllBytes(copy, db);
                if (k > 0)
                    File.WriteAllBytes(copy + "-wal", wal[..(32 + k * frameSize)]);
                // A cut that mixes pages from different moments does not open; an attacker simply tries the next one.
                try
                {
                    using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
                    connection.Open();
                    var state = connection.ExecuteScalar<string>(
                        """
                        SELECT (SELECT COUNT(*) FROM poll_voters) || ':' || (SELECT group_concat(votes, ',') FROM (SELECT votes FROM secret_counts ORDER BY option_id))
                        """);
                    if (state is not null && !states.Contains(state))
                        states.Add(state);
                }
                catch (SqliteException)
                {
                }
            }
            return states;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private async Task<Poll> OpenSecretPollAsync()
    {
        var id = await _polls.CreateAsync(_boardId, _coordinator, new NewPoll(_meetingId, null, "Later buses?", "transport", BallotSecrecy.Secret,
            MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions), TestData.Now);
        Assert.That(await _polls.OpenAsync(_boardId, id, TestData.Now), Is.True);
        return (await _polls.GetAsync(_boardId, id))!;
    }
}

using Board.Core.Meetings;
using Board.Data.Meetings;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.ScaleOut;

/// <summary>
/// Two app servers, A and B, over one new PostgreSQL database and one Redis, as behind a load balancer. The engines
/// come from BOARD_TEST_POSTGRES and BOARD_TEST_REDIS (test.sh starts them); without them these tests fail, they do
/// not skip. Each site has its own Redis channel prefix, so sites of tests running at once do not hear each other.
/// </summary>
public sealed class ScaleOutSite : IAsyncDisposable
{
    private ScaleOutSite(string postgres, ScaleOutServer a, ScaleOutServer b)
    {
        Postgres = postgres;
        A = a;
        B = b;
    }

    public string Postgres { get; }
    public ScaleOutServer A { get; }
    public ScaleOutServer B { get; }

    public static string Redis => Environment.GetEnvironmentVariable("BOARD_TEST_REDIS") is { Length: > 0 } redis
        ? redis
        : throw new InvalidOperationException("BOARD_TEST_REDIS is not set: run the ScaleOut tests with test.sh, which starts Redis (scripts/test-engines.sh).");

    /// <summary>Starts A, then B (one at a time, as servers roll out: the first one migrates and seeds the demo boards, if asked).</summary>
    public static async Task<ScaleOutSite> StartAsync(bool seed = true, Action<ScaleOutServer>? configureB = null)
    {
        var redis = Redis;
        if (Environment.GetEnvironmentVariable("BOARD_TEST_POSTGRES") is not { Length: > 0 })
            throw new InvalidOperationException("BOARD_TEST_POSTGRES is not set: run the ScaleOut tests with test.sh, which starts PostgreSQL (scripts/test-engines.sh).");
        var postgres = await TestEngine.NewPostgresDatabaseAsync();
        var prefix = "pbtest-" + Guid.NewGuid().ToString("N");
        var a = new ScaleOutServer(postgres, redis, prefix, seed);
        _ = a.Services;
        var b = new ScaleOutServer(postgres, redis, prefix, seed);
        configureB?.Invoke(b);
        _ = b.Services;
        return new ScaleOutSite(postgres, a, b);
    }

    /// <summary>A live Riverside meeting today, made through server A, with the Rep and the carer in the room.</summary>
    public async Task<(DemoIds Ids, long MeetingId)> LiveMeetingAsync()
    {
        var ids = await DemoIds.LoadAsync(A.Database);
        var today = DateTime.Today;
        var meetingId = await A.Services.GetRequiredService<MeetingStore>().CreateAsync(ids.Riverside,
            new MeetingDraft("Scale-out test meeting", today.AddHours(9), today.AddHours(17), "Room 1", null, null, today.AddDays(-2)));
        await Data.Meetings.MeetingData.MoveToAsync(A.Database, ids.Riverside, meetingId, MeetingState.Live);
        foreach (var user in new[] { "rep@riverside.example", "carer@riverside.example" })
            await A.Services.GetRequiredService<AttendanceStore>().MarkAsync(meetingId, await PersonIdAsync(user), AttendanceMark.InRoom, today.AddHours(9));
        return (ids, meetingId);
    }

    public async Task<long> PersonIdAsync(string userName)
    {
        await using var connection = await A.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT person_id FROM accounts WHERE user_name = @userName", new { userName });
    }

    public async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var connection = await A.Database.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, args))!;
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        TestEngine.DropPostgresDatabase(Postgres);
    }
}

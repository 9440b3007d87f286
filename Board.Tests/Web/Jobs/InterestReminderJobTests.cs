using Board.Core.Composition;
using Board.Data.Boards;
using Board.Data.Interests;
using Board.Data.Memberships;
using Board.Data.Notifications;
using Board.Tests.Core;
using Board.Tests.Data;
using Board.Web.Infrastructure;
using Board.Web.Jobs;
using Dapper;
using Microsoft.Extensions.Time.Testing;

namespace Board.Tests.Web.Jobs;

/// <summary>The register reminder over a real database: once when a term starts, once a year after a check, never twice.</summary>
public sealed class InterestReminderJobTests
{
    private static readonly DateTimeOffset June = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    private TestDatabase _db = null!;
    private FakeTimeProvider _time = null!;
    private InterestReminderJob _job = null!;
    private InterestStore _register = null!;
    private long _boardId;
    private long _checked;
    private long _newMember;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _time = new FakeTimeProvider(June);
        var clocks = new BoardClocks(_time, new BoardStore(_db.Database), Microsoft.Extensions.Logging.Abstractions.NullLogger<BoardClocks>.Instance,
            TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        _register = new InterestStore(_db.Database);
        _job = new InterestReminderJob(new BoardStore(_db.Database), _register, new NotificationStore(_db.Database), clocks);
        _boardId = await TestData.BoardWithRulesAsync(_db.Database);
        _checked = await MemberAsync("Cara Checked", "2025-01-01");
        _newMember = await MemberAsync("Nia New", "2026-05-20");
        await _register.MarkReviewedAsync(_boardId, _checked, Dates.Parse("2026-01-10"), _checked);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task Run_RemindsTheNewMemberOnce_AndTheCheckedMemberAYearLater()
    {
        var first = await _job.RunAsync();
        var again = await _job.RunAsync();
        _time.SetUtcNow(new DateTimeOffset(2027, 1, 11, 10, 0, 0, TimeSpan.Zero));
        var yearLater = await _job.RunAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(1), "only the new member is due in June");
            Assert.That(again, Is.Zero, "nothing is sent twice");
            Assert.That(yearLater, Is.EqualTo(1), "the checked member, a year after checking; the new member was already asked this term");
            Assert.That(await CountAsync(_newMember), Is.EqualTo(1));
            Assert.That(await CountAsync(_checked), Is.EqualTo(1));
        }
    }

    private async Task<long> MemberAsync(string name, string from)
    {
        var id = await TestData.PersonAsync(_db.Database, _boardId, name, Role.Rep);
        await new MembershipStore(_db.Database).CreateAsync(new Membership(0, _boardId, id, Seats.Rep, Dates.Parse(from), null, false, null));
        return id;
    }

    private async Task<long> CountAsync(long personId)
    {
        await using var connection = await _db.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM notifications WHERE person_id = @personId AND subject = @Subject",
            new { personId, InterestReminderJob.Subject });
    }
}

using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Payments;
using Board.Data.Boards;
using Board.Data.Meetings;
using Board.Data.Notifications;
using Board.Data.Payments;
using Board.Data.People;
using Board.Tests.Data;
using Board.Tests.Data.Meetings;
using Board.Web.Infrastructure;
using Board.Web.Jobs;
using Dapper;
using Microsoft.Extensions.Time.Testing;

namespace Board.Tests.Web.Jobs;

/// <summary>The claim reminders over a real database: a Rep with an unclaimed meeting, the approvers with a claim waiting, never twice a week.</summary>
public sealed class ClaimReminderJobTests
{
    private TestDatabase _db = null!;
    private FakeTimeProvider _time = null!;
    private ClaimReminderJob _job = null!;
    private ClaimStore _claims = null!;
    private long _boardId;
    private long _meetingId;
    private long _repId;
    private long _coordinatorId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 10, 10, 0, 0, TimeSpan.Zero));
        var boards = new BoardStore(_db.Database);
        var clocks = new BoardClocks(_time, boards, Microsoft.Extensions.Logging.Abstractions.NullLogger<BoardClocks>.Instance,
            TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        _claims = new ClaimStore(_db.Database);
        var involvement = new InvolvementStore(_db.Database);
        _job = new ClaimReminderJob(boards, _claims, involvement, new PersonStore(_db.Database), new PersonArchiveStore(_db.Database), new NotificationStore(_db.Database), clocks);
        _boardId = await TestData.BoardAsync(_db.Database);
        _meetingId = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December, MeetingState.Closed);
        _repId = await TestData.PersonAsync(_db.Database, _boardId, "Riley Rep");
        _coordinatorId = await TestData.PersonAsync(_db.Database, _boardId, "Cory Coordinator", Role.Coordinator);
        Assert.That(await involvement.AddRateAsync(_boardId, new RateDraft(RateKind.Meeting, 3000, new DateOnly(2026, 4, 1), null)), Is.Empty);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task Run_NothingWaiting_SendsNothing()
    {
        Assert.That(await _job.RunAsync(), Is.Zero);
        Assert.That(await CountAsync(_repId) + await CountAsync(_coordinatorId), Is.Zero);
    }

    [Test]
    public async Task Run_UnclaimedMeeting_RemindsThePersonOnceAWeek()
    {
        await new AttendanceStore(_db.Database).MarkAsync(_meetingId, _repId, AttendanceMark.InRoom, MeetingData.December);

        var first = await _job.RunAsync();
        var again = await _job.RunAsync();
        _time.Advance(TimeSpan.FromDays(7));
        var nextWeek = await _job.RunAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((first, again, nextWeek), Is.EqualTo((1, 0, 1)), "once a week, never twice in one week");
            Assert.That(await CountAsync(_repId, ClaimReminderJob.UnclaimedSubject), Is.EqualTo(2));
            Assert.That(await CountAsync(_coordinatorId), Is.Zero, "no claim waits");
        }
    }

    [Test]
    public async Task Run_ClaimWaiting_RemindsTheApproversOnce_AndThePersonNoLonger()
    {
        await new AttendanceStore(_db.Database).MarkAsync(_meetingId, _repId, AttendanceMark.InRoom, MeetingData.December);
        var submitted = await _claims.SubmitAsync(_boardId, _meetingId, _repId, new ClaimInput(RateKind.Meeting, 0, false, 0, 0), null, [], _repId, TestData.Now);
        Assert.That(submitted.Errors, Is.Empty);

        var first = await _job.RunAsync();
        var again = await _job.RunAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((first, again), Is.EqualTo((1, 0)));
            Assert.That(await CountAsync(_coordinatorId, ClaimReminderJob.WaitingSubject), Is.EqualTo(1));
            Assert.That(await CountAsync(_repId), Is.Zero, "the meeting is claimed for");
        }
    }

    [Test]
    public async Task Run_ArchivedPeople_AreNotReminded_OfMeetingsOrOfClaimsWaiting()
    {
        var otherRep = await TestData.PersonAsync(_db.Database, _boardId, "Robin Rep");
        var attendance = new AttendanceStore(_db.Database);
        await attendance.MarkAsync(_meetingId, _repId, AttendanceMark.InRoom, MeetingData.December);
        await attendance.MarkAsync(_meetingId, otherRep, AttendanceMark.InRoom, MeetingData.December);
        Assert.That((await _claims.SubmitAsync(_boardId, _meetingId, otherRep, new ClaimInput(RateKind.Meeting, 0, false, 0, 0), null, [], otherRep, TestData.Now)).Errors, Is.Empty);
        var archive = new PersonArchiveStore(_db.Database);
        Assert.That(await archive.ArchiveAsync(_boardId, _repId, TestData.Now, new DateOnly(2026, 12, 10)), Is.True);
        Assert.That(await archive.ArchiveAsync(_boardId, _coordinatorId, TestData.Now, new DateOnly(2026, 12, 10)), Is.True);

        Assert.That(await _job.RunAsync(), Is.Zero, "the only people with something to hear of have left");
        Assert.That(await CountAsync(_repId) + await CountAsync(_coordinatorId), Is.Zero);
    }

    [TestCase("2026-12-07", "2026-12-07")]
    [TestCase("2026-12-10", "2026-12-07")]
    [TestCase("2026-12-13", "2026-12-07")]
    [TestCase("2026-12-14", "2026-12-14")]
    public void WeekKey_IsTheMonday(string day, string monday) =>
        Assert.That(ClaimReminderJob.WeekKey(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(monday));

    private async Task<long> CountAsync(long personId, string? subject = null)
    {
        await using var connection = await _db.Database.OpenAsync();
        // Two queries, not "@subject IS NULL": PostgreSQL cannot type a null parameter.
        return subject is null
            ? await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM notifications WHERE person_id = @personId", new { personId })
            : await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM notifications WHERE person_id = @personId AND subject = @subject", new { personId, subject });
    }
}

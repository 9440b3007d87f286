using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Data.Meetings;

namespace Board.Tests.Data.Meetings;

public sealed class AttendanceStoreTests
{
    private static readonly DateTime Start = MeetingData.December;

    private TestDatabase _db = null!;
    private AttendanceStore _store = null!;
    private long _meetingId;
    private long _otherMeetingId;
    private long _repId;
    private long _carerId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new AttendanceStore(_db.Database);
        var boardId = await TestData.BoardAsync(_db.Database);
        _meetingId = await MeetingData.MeetingAsync(_db.Database, boardId, MeetingData.December, MeetingState.Live);
        _otherMeetingId = await MeetingData.MeetingAsync(_db.Database, boardId, MeetingData.January);
        _repId = await TestData.PersonAsync(_db.Database, boardId, "Riley Rep");
        _carerId = await TestData.PersonAsync(_db.Database, boardId, "Cara Carer", Role.FamilyCarer);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    private async Task<Attendance?> OfAsync(long personId) =>
        (await _store.ForMeetingAsync(_meetingId)).SingleOrDefault(a => a.PersonId == personId);

    [TestCase(AttendanceMark.InRoom)]
    [TestCase(AttendanceMark.Online)]
    public async Task MarkAsync_Arriving_RecordsTheArrivalTime(AttendanceMark mark)
    {
        await _store.MarkAsync(_meetingId, _repId, mark, Start.AddMinutes(2));

        Assert.That(await OfAsync(_repId), Is.EqualTo(new Attendance(_repId, mark, Start.AddMinutes(2), null)));
    }

    [TestCase(AttendanceMark.Apologies)]
    [TestCase(AttendanceMark.Absent)]
    public async Task MarkAsync_NotComing_HasNoArrivalTime(AttendanceMark mark)
    {
        await _store.MarkAsync(_meetingId, _carerId, mark, Start.AddDays(-2));

        Assert.That(await OfAsync(_carerId), Is.EqualTo(new Attendance(_carerId, mark, null, null)));
    }

    // Switching from the room to the video call is one arrival, not two.
    [Test]
    public async Task MarkAsync_AgainWhilePresent_KeepsTheFirstArrival()
    {
        await _store.MarkAsync(_meetingId, _repId, AttendanceMark.InRoom, Start.AddMinutes(2));

        await _store.MarkAsync(_meetingId, _repId, AttendanceMark.Online, Start.AddMinutes(40));

        Assert.That(await OfAsync(_repId), Is.EqualTo(new Attendance(_repId, AttendanceMark.Online, Start.AddMinutes(2), null)));
    }

    [Test]
    public async Task LeaveAsync_WhilePresent_RecordsTheTimeAndStopsCounting()
    {
        await _store.MarkAsync(_meetingId, _repId, AttendanceMark.InRoom, Start);

        var left = await _store.LeaveAsync(_meetingId, _repId, Start.AddMinutes(50));

        var attendance = await OfAsync(_repId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(left, Is.True);
            Assert.That(attendance, Is.EqualTo(new Attendance(_repId, AttendanceMark.InRoom, Start, Start.AddMinutes(50))));
            Assert.That(attendance!.IsPresent, Is.False);
        }
    }

    [Test]
    public async Task LeaveAsync_Twice_KeepsTheFirstDeparture()
    {
        await _store.MarkAsync(_meetingId, _repId, AttendanceMark.InRoom, Start);
        await _store.LeaveAsync(_meetingId, _repId, Start.AddMinutes(50));

        var again = await _store.LeaveAsync(_meetingId, _repId, Start.AddMinutes(70));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again, Is.False);
            Assert.That((await OfAsync(_repId))!.LeftAt, Is.EqualTo(Start.AddMinutes(50)));
        }
    }

    [TestCase(AttendanceMark.Apologies)]
    [TestCase(AttendanceMark.Absent)]
    public async Task LeaveAsync_SomeoneWhoWasNotThere_ReturnsFalse(AttendanceMark mark)
    {
        await _store.MarkAsync(_meetingId, _carerId, mark, Start);

        var left = await _store.LeaveAsync(_meetingId, _carerId, Start.AddMinutes(50));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(left, Is.False);
            Assert.That((await OfAsync(_carerId))!.LeftAt, Is.Null);
        }
    }

    [Test]
    public async Task LeaveAsync_NoMarkAtAll_ReturnsFalse()
    {
        Assert.That(await _store.LeaveAsync(_meetingId, _repId, Start), Is.False);
    }

    [Test]
    public async Task MarkAsync_BackAfterLeaving_IsPresentAgainWithTheFirstArrival()
    {
        await _store.MarkAsync(_meetingId, _repId, AttendanceMark.InRoom, Start);
        await _store.LeaveAsync(_meetingId, _repId, Start.AddMinutes(30));

        await _store.MarkAsync(_meetingId, _repId, AttendanceMark.InRoom, Start.AddMinutes(45));

        var attendance = await OfAsync(_repId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(attendance, Is.EqualTo(new Attendance(_repId, AttendanceMark.InRoom, Start, null)));
            Assert.That(attendance!.IsPresent, Is.True);
        }
    }

    [Test]
    public async Task MarkAsync_ApologiesAfterArriving_ClearsArrivalAndDeparture()
    {
        await _store.MarkAsync(_meetingId, _repId, AttendanceMark.InRoom, Start);
        await _store.LeaveAsync(_meetingId, _repId, Start.AddMinutes(30));

        await _store.MarkAsync(_meetingId, _repId, AttendanceMark.Apologies, Start.AddMinutes(31));

        Assert.That(await OfAsync(_repId), Is.EqualTo(new Attendance(_repId, AttendanceMark.Apologies, null, null)));
    }

    [Test]
    public async Task MarkAsync_ArrivingAfterApologies_RecordsTheArrival()
    {
        await _store.MarkAsync(_meetingId, _repId, AttendanceMark.Apologies, Start.AddDays(-1));

        await _store.MarkAsync(_meetingId, _repId, AttendanceMark.Online, Start.AddMinutes(10));

        Assert.That(await OfAsync(_repId), Is.EqualTo(new Attendance(_repId, AttendanceMark.Online, Start.AddMinutes(10), null)));
    }

    [Test]
    public async Task ForMeetingAsync_OnlyThatMeetingsMarks()
    {
        await _store.MarkAsync(_meetingId, _repId, AttendanceMark.InRoom, Start);
        await _store.MarkAsync(_meetingId, _carerId, AttendanceMark.Apologies, Start);
        await _store.MarkAsync(_otherMeetingId, _repId, AttendanceMark.Apologies, Start);

        var attendance = await _store.ForMeetingAsync(_meetingId);

        Assert.That(attendance.Select(a => (a.PersonId, a.Mark)), Is.EquivalentTo(new[]
        {
            (_repId, AttendanceMark.InRoom),
            (_carerId, AttendanceMark.Apologies),
        }));
    }

    [Test]
    public async Task ForMeetingAsync_NoMarks_IsEmpty()
    {
        Assert.That(await _store.ForMeetingAsync(_otherMeetingId), Is.Empty);
    }
}

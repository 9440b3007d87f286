using Board.Core.Meetings;

namespace Board.Tests.Core.Meetings;

public sealed class AttendanceTests
{
    [TestCase(AttendanceMark.InRoom, false, true)]
    [TestCase(AttendanceMark.Online, false, true)]
    [TestCase(AttendanceMark.InRoom, true, false)]
    [TestCase(AttendanceMark.Online, true, false)]
    [TestCase(AttendanceMark.Apologies, false, false)]
    [TestCase(AttendanceMark.Absent, false, false)]
    public void IsPresent_ByMarkAndLeaving_OnlyWhileInRoomOrOnline(AttendanceMark mark, bool hasLeft, bool expected)
    {
        var arrived = TestMeetings.StartsAt;
        var attendance = new Attendance(7, mark, arrived, hasLeft ? arrived.AddMinutes(45) : null);

        Assert.That(attendance.IsPresent, Is.EqualTo(expected));
    }
}

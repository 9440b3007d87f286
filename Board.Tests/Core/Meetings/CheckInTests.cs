using Board.Core.Meetings;

namespace Board.Tests.Core.Meetings;

public sealed class CheckInTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef";
    private const long Meeting = 7;
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 31, 10, TimeSpan.Zero);
    private static readonly long Window = CheckIn.WindowOf(Now);
    private static readonly string Code = CheckIn.CodeFor(Secret, Meeting, Window);

    [Test]
    public void Problem_WhenLiveMemberAndThisWindowsCode_IsNone() =>
        Assert.That(CheckIn.Problem(Secret, Meeting, Code, Now, MeetingState.Live, isMember: true), Is.Null);

    [Test]
    public void Problem_WithThePreviousWindowsCode_IsNone_SoAScanAsItChangesWorks() =>
        Assert.That(CheckIn.Problem(Secret, Meeting, CheckIn.CodeFor(Secret, Meeting, Window - 1), Now, MeetingState.Live, isMember: true), Is.Null);

    [TestCase(-2)]
    [TestCase(-30)]
    [TestCase(1)]
    public void Problem_WithAnOlderOrLaterWindowsCode_SaysSo(int windows) =>
        Assert.That(CheckIn.Problem(Secret, Meeting, CheckIn.CodeFor(Secret, Meeting, Window + windows), Now, MeetingState.Live, isMember: true),
            Is.EqualTo(CheckIn.WrongCode));

    [Test]
    public void Problem_WithAnotherMeetingsCode_SaysSo() =>
        Assert.That(CheckIn.Problem(Secret, Meeting, CheckIn.CodeFor(Secret, Meeting + 1, Window), Now, MeetingState.Live, isMember: true),
            Is.EqualTo(CheckIn.WrongCode));

    [TestCase(null, "x")]
    [TestCase(Secret, null)]
    [TestCase(Secret, "")]
    [TestCase(Secret, Secret)]
    public void Problem_WhenTheCodeIsWrongOrMissing_SaysSo(string? secret, string? given) =>
        Assert.That(CheckIn.Problem(secret, Meeting, given, Now, MeetingState.Live, isMember: true), Is.EqualTo(CheckIn.WrongCode));

    [TestCase(MeetingState.AgendaPublished)]
    [TestCase(MeetingState.Closed)]
    public void Problem_WhenTheMeetingIsNotLive_SaysSo(MeetingState state) =>
        Assert.That(CheckIn.Problem(Secret, Meeting, Code, Now, state, isMember: true), Is.EqualTo(CheckIn.NotLive));

    [Test]
    public void Problem_WhenNotAMember_SaysSo() =>
        Assert.That(CheckIn.Problem(Secret, Meeting, Code, Now, MeetingState.Live, isMember: false), Is.EqualTo(CheckIn.NotMember));

    [Test]
    public void Code_ChangesEveryWindow_AndEndsWhenTheWindowDoes()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(CheckIn.CodeFor(Secret, Meeting, Window + 1), Is.Not.EqualTo(Code));
            Assert.That(Code, Has.Length.EqualTo(20));
            Assert.That(CheckIn.WindowEnds(Now), Is.EqualTo(new DateTimeOffset(2026, 12, 2, 10, 32, 0, TimeSpan.Zero)));
        }
    }

    [TestCase(AttendanceMark.Absent, "The coordinator has marked you as not here. Please tell them you are here.")]
    [TestCase(AttendanceMark.Apologies, "The coordinator has marked you as sending apologies. Please tell them you are here.")]
    public void CoordinatorMarked_AMarkTheCoordinatorMade_Stands(AttendanceMark mark, string words) =>
        Assert.That(CheckIn.CoordinatorMarked(new Attendance(1, mark, null, null)), Is.EqualTo(words));

    [Test]
    public void CoordinatorMarked_SomeoneWhoHasLeft_IsNotBroughtBack() =>
        Assert.That(CheckIn.CoordinatorMarked(new Attendance(1, AttendanceMark.InRoom, DateTime.Now, DateTime.Now)),
            Is.EqualTo("The coordinator has marked you as having left the meeting. Please tell them you are here."));

    [Test]
    public void CoordinatorMarked_NotMarkedYetOrAlreadyHere_LetsThemCheckIn()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(CheckIn.CoordinatorMarked(null), Is.Null);
            Assert.That(CheckIn.CoordinatorMarked(new Attendance(1, AttendanceMark.InRoom, DateTime.Now, null)), Is.Null);
        }
    }

    [Test]
    public void Roster_SaysWhoCheckedInThemselves()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Roster.Describe(new Attendance(1, AttendanceMark.InRoom, DateTime.Now, null, Self: true)), Is.EqualTo("Here (checked in themselves)"));
            Assert.That(Roster.Describe(new Attendance(1, AttendanceMark.InRoom, DateTime.Now, null)), Is.EqualTo("Here"));
            Assert.That(Roster.Describe((Attendance?)null), Is.EqualTo("Not marked"));
        }
    }
}

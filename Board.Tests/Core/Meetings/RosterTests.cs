using Board.Core.Meetings;

namespace Board.Tests.Core.Meetings;

public sealed class RosterTests
{
    private static readonly DateTime Arrived = TestMeetings.StartsAt;

    [Test]
    public void StateOf_EachMark_IsWhatTheConsoleShows()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Roster.StateOf(null), Is.EqualTo(Presence.NotMarked));
            Assert.That(Roster.StateOf(new(1, AttendanceMark.InRoom, Arrived, null)), Is.EqualTo(Presence.InRoom));
            Assert.That(Roster.StateOf(new(1, AttendanceMark.Online, Arrived, null)), Is.EqualTo(Presence.Online));
            Assert.That(Roster.StateOf(new(1, AttendanceMark.Apologies, null, null)), Is.EqualTo(Presence.Apologies));
            Assert.That(Roster.StateOf(new(1, AttendanceMark.Absent, null, null)), Is.EqualTo(Presence.Absent));
            Assert.That(Roster.StateOf(new(1, AttendanceMark.InRoom, Arrived, Arrived.AddHours(1))), Is.EqualTo(Presence.Left));
        }
    }

    [Test]
    public void Summarise_WhenEveryoneButApologiesIsHere_SaysEveryoneExpectedIsHere()
    {
        var summary = Roster.Summarise([1, 2, 3], [new(1, AttendanceMark.InRoom, Arrived, null), new(2, AttendanceMark.Online, Arrived, null), new(3, AttendanceMark.Apologies, null, null)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.EveryoneExpectedIsHere, Is.True);
            Assert.That(summary.Expected, Is.EqualTo(2));
            Assert.That(summary.Message, Is.EqualTo("Everyone expected is here."));
        }
    }

    [Test]
    public void Summarise_WhenSomeAreNotMarked_CountsThem()
    {
        var summary = Roster.Summarise([1, 2, 3], [new(1, AttendanceMark.InRoom, Arrived, null)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.EveryoneExpectedIsHere, Is.False);
            Assert.That(summary.NotMarked, Is.EqualTo(2));
            Assert.That(summary.Message, Is.EqualTo("1 person of the 3 expected is here. 2 people are not marked yet."));
        }
    }

    [Test]
    public void Summarise_WhenSomeoneLeft_IsNotEveryone()
    {
        var summary = Roster.Summarise([1, 2], [new(1, AttendanceMark.InRoom, Arrived, null), new(2, AttendanceMark.InRoom, Arrived, Arrived.AddHours(1))]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.EveryoneExpectedIsHere, Is.False);
            Assert.That(summary.Message, Is.EqualTo("Everyone is marked. 1 person of the 2 expected is here."));
        }
    }

    [Test]
    public void Summarise_WhenNobodyIsExpected_IsNotEveryoneHere() =>
        Assert.That(Roster.Summarise([1], [new(1, AttendanceMark.Apologies, null, null)]).EveryoneExpectedIsHere, Is.False);
}

using Board.Core.Text;

namespace Board.Tests.Core.Meetings;

// PlainDates lives in Board.Core/Text; its tests sit here because agendas and deadlines are where its words are read.
public sealed class PlainDatesTests
{
    [TestCase("2026-12-01 17:00", "5pm")]
    [TestCase("2026-12-01 10:30", "10:30am")]
    [TestCase("2026-12-01 12:00", "12pm")]
    [TestCase("2026-12-01 12:45", "12:45pm")]
    [TestCase("2026-12-01 00:00", "12am")]
    [TestCase("2026-12-01 00:05", "12:05am")]
    [TestCase("2026-12-01 09:05", "9:05am")]
    [TestCase("2026-12-01 11:59", "11:59am")]
    [TestCase("2026-12-01 23:59", "11:59pm")]
    public void Time_AsPeopleSayIt(string at, string expected)
    {
        Assert.That(PlainDates.Time(TestMeetings.At(at)), Is.EqualTo(expected));
    }

    [TestCase("2026-12-01 17:00", "Tuesday 1 December 2026")]
    [TestCase("2027-01-12 09:00", "Tuesday 12 January 2027")]
    [TestCase("2026-11-24 17:00", "Tuesday 24 November 2026")]
    public void Date_DateTime_HasWeekdayDayMonthYear(string at, string expected)
    {
        Assert.That(PlainDates.Date(TestMeetings.At(at)), Is.EqualTo(expected));
    }

    [Test]
    public void Date_DateOnly_HasNoWeekday()
    {
        Assert.That(PlainDates.Date(new DateOnly(2026, 12, 1)), Is.EqualTo("1 December 2026"));
    }

    [Test]
    public void DateAndTime_JoinsDateAndTimeWithAt()
    {
        Assert.That(PlainDates.DateAndTime(TestMeetings.At("2026-12-01 10:30")), Is.EqualTo("Tuesday 1 December 2026 at 10:30am"));
    }
}

using Board.Web.Forms;

namespace Board.Tests.Web.Forms;

public sealed class DateTextTests
{
    [TestCase("2026-04-01", "2026-04-01")]
    [TestCase("1/4/2026", "2026-04-01")]
    [TestCase("01/04/2026", "2026-04-01")]
    [TestCase("1 April 2026", "2026-04-01")]
    [TestCase(" 1 april 2026 ", "2026-04-01")]
    [TestCase("31 Mar 2029", "2029-03-31")]
    [TestCase("31 February 2026", null)]
    [TestCase("April 1st", null)]
    [TestCase("", null)]
    [TestCase(null, null)]
    public void Parse_ReadsTheWaysPeopleWriteDates(string? text, string? expected)
    {
        var date = DateText.Parse(text);

        Assert.That(date?.ToString("yyyy-MM-dd"), Is.EqualTo(expected));
    }
}

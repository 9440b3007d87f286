using Board.Core.Payments;

namespace Board.Tests.Core.Payments;

public sealed class MoneyTests
{
    [TestCase(0L, "£0.00")]
    [TestCase(1250L, "£12.50")]
    [TestCase(123456L, "£1,234.56")]
    public void Format_Pence_IsPoundsAndPence(long pence, string expected) => Assert.That(Money.Format(pence), Is.EqualTo(expected));

    [TestCase("12", 1200L)]
    [TestCase("12.5", 1250L)]
    [TestCase("£12.50", 1250L)]
    [TestCase(" 1,000 ", 100000L)]
    [TestCase("0", 0L)]
    public void Parse_Pounds_IsPence(string text, long expected) => Assert.That(Money.Parse(text, "the amount"), Is.EqualTo(((long?)expected, (string?)null)));

    [TestCase("-5", "cannot be less than £0")]
    [TestCase("12.345", "no more than 2 numbers")]
    [TestCase("1000000", "must be £1,000.00 or less")]
    [TestCase("ten pounds", "in pounds and pence")]
    [TestCase("1e5", "in pounds and pence")]
    public void Parse_BadAmounts_SayWhatIsWrong(string text, string problem)
    {
        var (pence, message) = Money.Parse(text, "the travel cost");
        Assert.Multiple(() =>
        {
            Assert.That(pence, Is.Null);
            Assert.That(message, Does.Contain(problem));
        });
    }

    [Test]
    public void Parse_Blank_IsNothing() => Assert.That(Money.Parse("  ", "x"), Is.EqualTo(((long?)null, (string?)null)));
}

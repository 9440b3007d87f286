using Board.Core.Composition;

namespace Board.Tests.Core.Composition;

public sealed class TermsTests
{
    // Both ends are inclusive: a term "1 April to 31 March" holds on 1 April and still holds on 31 March.
    [TestCase("2025-04-01", "2026-03-31", "2025-03-31", TermState.NotStarted, TestName = "Evaluate_DayBeforeStart_IsNotStarted")]
    [TestCase("2025-04-01", "2026-03-31", "2025-04-01", TermState.Active, TestName = "Evaluate_OnFirstDay_IsActive")]
    [TestCase("2025-04-01", "2026-03-31", "2025-10-15", TermState.Active, TestName = "Evaluate_MidTerm_IsActive")]
    [TestCase("2025-04-01", "2026-03-31", "2026-03-31", TermState.Active, TestName = "Evaluate_OnLastDay_IsActive")]
    [TestCase("2025-04-01", "2026-03-31", "2026-04-01", TermState.Ended, TestName = "Evaluate_DayAfterEnd_IsEnded")]
    [TestCase("2025-04-01", "2025-04-01", "2025-04-01", TermState.Active, TestName = "Evaluate_OneDayTermOnThatDay_IsActive")]
    [TestCase("2025-04-01", null, "2025-03-31", TermState.NotStarted, TestName = "Evaluate_NoEndDateBeforeStart_IsNotStarted")]
    [TestCase("2025-04-01", null, "2025-04-01", TermState.Active, TestName = "Evaluate_NoEndDateOnFirstDay_IsActive")]
    [TestCase("2025-04-01", null, "2040-01-01", TermState.Active, TestName = "Evaluate_NoEndDateYearsLater_IsActive")]
    public void Evaluate_Dates_GiveState(string from, string? to, string asOf, TermState expected)
    {
        var status = Terms.Evaluate(Dates.Parse(from), Dates.ParseOrNull(to), Dates.Parse(asOf));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.State, Is.EqualTo(expected));
            Assert.That(status.IsActive, Is.EqualTo(expected == TermState.Active));
            Assert.That(status.Explanation, Is.Not.Empty);
        }
    }

    [TestCase("2026-03-31", "2026-03-31", 0)]
    [TestCase("2026-03-31", "2026-03-30", 1)]
    [TestCase("2026-03-31", "2026-01-30", 60)]
    [TestCase("2026-03-31", "2026-01-29", 61)]
    [TestCase("2026-03-31", "2025-03-31", 365)]
    public void Evaluate_ActiveWithEndDate_CountsDaysLeftToLastDay(string to, string asOf, int expectedDaysLeft)
    {
        var status = Terms.Evaluate(Dates.Parse("2025-01-01"), Dates.Parse(to), Dates.Parse(asOf));

        Assert.That(status.DaysLeft, Is.EqualTo(expectedDaysLeft));
    }

    [Test]
    public void Evaluate_NoEndDate_HasNoDaysLeft()
    {
        var status = Terms.Evaluate(Dates.TermStart, null, Dates.AsOf);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.DaysLeft, Is.Null);
            Assert.That(status.Explanation, Is.EqualTo("The term has no end date."));
        }
    }

    [Test]
    public void Evaluate_NotStarted_HasNoDaysLeft()
    {
        var status = Terms.Evaluate(Dates.AsOf.AddDays(1), Dates.TermEnd, Dates.AsOf);

        Assert.That(status.DaysLeft, Is.Null);
    }

    [Test]
    public void Evaluate_Ended_HasZeroDaysLeft()
    {
        var status = Terms.Evaluate(Dates.TermStart, Dates.AsOf.AddDays(-1), Dates.AsOf);

        Assert.That(status.DaysLeft, Is.Zero);
    }

    [Test]
    [SetCulture("en-GB")]
    public void Evaluate_Ended_ExplainsWhenInPlainWords()
    {
        var status = Terms.Evaluate(Dates.Parse("2025-04-01"), Dates.Parse("2026-03-31"), Dates.Parse("2026-05-01"));

        Assert.That(status.Explanation, Is.EqualTo("The term ended on 31 March 2026."));
    }

    [Test]
    [SetCulture("en-GB")]
    public void Evaluate_NotStarted_ExplainsWhenItStarts()
    {
        var status = Terms.Evaluate(Dates.Parse("2026-09-01"), null, Dates.Parse("2026-05-01"));

        Assert.That(status.Explanation, Is.EqualTo("The term starts on 1 September 2026."));
    }

    [Test]
    public void Evaluate_Membership_UsesItsTermDates()
    {
        var membership = A.Membership(1).Between(Dates.Parse("2025-04-01"), Dates.Parse("2026-03-31")).Build();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Terms.Evaluate(membership, Dates.Parse("2026-03-31")).State, Is.EqualTo(TermState.Active));
            Assert.That(Terms.Evaluate(membership, Dates.Parse("2026-04-01")).State, Is.EqualTo(TermState.Ended));
        }
    }
}

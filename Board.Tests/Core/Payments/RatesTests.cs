using Board.Core.Payments;

namespace Board.Tests.Core.Payments;

public sealed class RatesTests
{
    private static readonly Rate[] Board =
    [
        new(1, RateKind.Meeting, 2500, new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31)),
        new(2, RateKind.Meeting, 3000, new DateOnly(2026, 4, 1), null),
        new(3, RateKind.PerHour, 1250, new DateOnly(2025, 4, 1), null),
    ];

    [TestCase(RateKind.Meeting, "2025-04-01", 2500L)]
    [TestCase(RateKind.Meeting, "2026-03-31", 2500L)]
    [TestCase(RateKind.Meeting, "2026-04-01", 3000L)]
    [TestCase(RateKind.Meeting, "2030-01-01", 3000L)]
    [TestCase(RateKind.Meeting, "2025-03-31", null)]
    [TestCase(RateKind.PerHour, "2026-06-01", 1250L)]
    [TestCase(RateKind.Day, "2026-06-01", null)]
    public void InForce_OnTheMeetingsDay_IsTheRateOfThatDay(RateKind kind, string day, long? expected) =>
        Assert.That(Rates.InForce(Board, kind, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))?.AmountPence, Is.EqualTo(expected));

    [TestCase(RateKind.Meeting, "2026-01-01", null, false)]          // open-ended, overlaps both
    [TestCase(RateKind.Meeting, "2024-04-01", "2025-03-31", true)]   // ends the day before the first
    [TestCase(RateKind.Meeting, "2024-04-01", "2025-04-01", false)]  // shares one day
    [TestCase(RateKind.Meeting, "2025-06-01", "2025-07-01", false)]  // inside
    [TestCase(RateKind.PerHour, "2027-01-01", null, false)]          // after an open-ended one
    [TestCase(RateKind.Day, "2026-01-01", null, true)]               // another kind
    public void Check_APeriodOverlappingAnotherOfTheSameKind_IsRefused(RateKind kind, string from, string? to, bool allowed)
    {
        var draft = new RateDraft(kind, 1000, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        var errors = Rates.Check(draft, Board);

        Assert.That(errors, allowed ? Is.Empty : Has.Some.Matches<Board.Core.Composition.RuleError>(e => e.Field == "From" && e.Message.Contains("overlaps")));
    }

    [TestCase(-1L, "Amount")]
    [TestCase(100_001L, "Amount")]
    public void Check_AnAbsurdAmount_IsRefused(long pence, string field) =>
        Assert.That(Rates.Check(new RateDraft(RateKind.Day, pence, new DateOnly(2030, 1, 1), null), []).Select(e => e.Field), Is.EqualTo(new[] { field }));

    [Test]
    public void Check_AnEndBeforeTheStart_IsRefused() =>
        Assert.That(Rates.Check(new RateDraft(RateKind.Day, 100, new DateOnly(2030, 1, 2), new DateOnly(2030, 1, 1)), []).Single().Field, Is.EqualTo("To"));
}

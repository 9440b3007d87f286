using Board.Core.Composition;

namespace Board.Core.Payments;

/// <summary>What the board pays for. A per-hour rate is multiplied by the time; the others are paid once.</summary>
public enum RateKind
{
    Meeting,
    Preparation,
    PerHour,
    HalfDay,
    Day,
}

/// <summary>A rate in force from <paramref name="From"/> to <paramref name="To"/> (both days included; no end means until changed).</summary>
public sealed record Rate(long Id, RateKind Kind, long AmountPence, DateOnly From, DateOnly? To)
{
    public bool AppliesOn(DateOnly day) => day >= From && (To is null || day <= To);
}

public sealed record RateDraft(RateKind Kind, long AmountPence, DateOnly From, DateOnly? To);

public static class Rates
{
    public static string Describe(RateKind kind) => kind switch
    {
        RateKind.Meeting => "Coming to a meeting",
        RateKind.Preparation => "Getting ready for a meeting",
        RateKind.PerHour => "Each hour",
        RateKind.HalfDay => "Half a day",
        RateKind.Day => "A whole day",
    };

    /// <summary>The rate of this kind in force on <paramref name="day"/> (the meeting's date), or null if the board has none.</summary>
    public static Rate? InForce(IEnumerable<Rate> rates, RateKind kind, DateOnly day) =>
        rates.FirstOrDefault(r => r.Kind == kind && r.AppliesOn(day));

    /// <summary>Every kind of time with a rate in force on the day, in the order people read them.</summary>
    public static IReadOnlyList<Rate> InForceOn(IEnumerable<Rate> rates, DateOnly day) =>
        Enum.GetValues<RateKind>().Select(k => InForce(rates, k, day)).OfType<Rate>().ToList();

    /// <summary>
    /// Checks a new rate: an amount from £0 to the most allowed, an end not before the start, and no overlap with
    /// another period of the same kind (two rates on one day would make a claim's amount a guess).
    /// </summary>
    public static IReadOnlyList<RuleError> Check(RateDraft draft, IEnumerable<Rate> existing)
    {
        var errors = new List<RuleError>();
        if (draft.AmountPence < 0 || draft.AmountPence > Money.MaxPence)
            errors.Add(new("Amount", $"The amount must be from £0 to {Money.Format(Money.MaxPence)}"));
        if (draft.To is { } to && to < draft.From)
            errors.Add(new("To", "The last day must be the same as or after the first day"));
        else if (existing.FirstOrDefault(r => r.Kind == draft.Kind && Overlaps(r, draft)) is { } clash)
            errors.Add(new("From", $"This overlaps the rate for \"{Describe(draft.Kind).ToLowerInvariant()}\" that applies {Period(clash.From, clash.To)}. "
                + "End that rate the day before, or choose other dates"));
        return errors;
    }

    public static string Period(DateOnly from, DateOnly? to) =>
        to is { } end ? $"from {Text.PlainDates.Date(from)} to {Text.PlainDates.Date(end)}" : $"from {Text.PlainDates.Date(from)} with no end date";

    private static bool Overlaps(Rate rate, RateDraft draft) =>
        (draft.To is null || rate.From <= draft.To) && (rate.To is null || draft.From <= rate.To);
}

namespace Board.Core.Composition;

public enum TermState
{
    NotStarted,
    Active,
    Ended,
}

/// <summary>Where a membership's term stands on a date, and how many days it has left.</summary>
public sealed record TermStatus(TermState State, int? DaysLeft, string Explanation)
{
    public bool IsActive => State == TermState.Active;
}

public static class Terms
{
    /// <summary>Both ends are inclusive: a term "to 31 March" still holds on 31 March.</summary>
    public static TermStatus Evaluate(DateOnly termFrom, DateOnly? termTo, DateOnly asOf)
    {
        if (asOf < termFrom)
            return new(TermState.NotStarted, null, $"The term starts on {termFrom:d MMMM yyyy}.");
        if (termTo is { } end && asOf > end)
            return new(TermState.Ended, 0, $"The term ended on {end:d MMMM yyyy}.");
        if (termTo is { } last)
        {
            var daysLeft = last.DayNumber - asOf.DayNumber;
            return new(TermState.Active, daysLeft, $"The term runs until {last:d MMMM yyyy}.");
        }
        return new(TermState.Active, null, "The term has no end date.");
    }

    /// <summary>Whether two terms share at least one day (both ends inclusive; no end means open-ended).</summary>
    public static bool Overlap(DateOnly fromA, DateOnly? toA, DateOnly fromB, DateOnly? toB) =>
        (toB is null || fromA <= toB) && (toA is null || toA >= fromB);

    public static TermStatus Evaluate(Membership membership, DateOnly asOf) =>
        Evaluate(membership.TermFrom, membership.TermTo, asOf);
}

namespace Board.Core.Composition;

public sealed record SeatFill(SeatType Seat, int Filled)
{
    public int Vacancies => Math.Max(0, Seat.Seats - Filled);
    public bool IsOverfilled => Filled > Seat.Seats;
}

public sealed record EndingTerm(Membership Membership, int DaysLeft);

/// <summary>The state of the board on a date: seats filled, vacancies, terms about to end, and anything wrong.</summary>
public sealed record CompositionReport(
    IReadOnlyList<SeatFill> Seats,
    IReadOnlyList<EndingTerm> EndingSoon,
    CoChairCheck CoChairs,
    IReadOnlyList<string> Problems)
{
    public int TotalVacancies => Seats.Sum(s => s.Vacancies);
    public bool IsHealthy => Problems.Count == 0;
}

public static class CompositionCheck
{
    /// <summary>Terms ending within this many days are flagged so the groups can hold elections in time.</summary>
    public const int EndingSoonDays = 60;

    public static CompositionReport Evaluate(Constitution constitution, IReadOnlyCollection<Membership> memberships, DateOnly asOf)
    {
        var active = memberships.Where(m => Terms.Evaluate(m, asOf).IsActive).ToList();
        var seats = constitution.SeatTypes
            .Select(s => new SeatFill(s, active.Count(m => string.Equals(m.SeatCode, s.Code, StringComparison.OrdinalIgnoreCase))))
            .ToList();
        var endingSoon = active
            .Select(m => (m, days: Terms.Evaluate(m, asOf).DaysLeft))
            .Where(x => x.days is <= EndingSoonDays)
            .Select(x => new EndingTerm(x.m, x.days!.Value))
            .OrderBy(e => e.DaysLeft)
            .ToList();
        var coChairs = CoChairs.Evaluate(constitution, active, asOf);

        var problems = new List<string>();
        foreach (var fill in seats.Where(s => s.IsOverfilled))
            problems.Add($"{fill.Seat.Name}: {fill.Filled} people hold {fill.Seat.Seats} seats.");
        foreach (var orphan in active.Where(m => constitution.FindSeat(m.SeatCode) is null))
            problems.Add($"A membership uses the seat \"{orphan.SeatCode}\", which is not in the board's rules.");
        problems.AddRange(coChairs.Problems);
        var repSeats = constitution.SeatTypes.Where(s => s.CountsAsRep && s.Votes).Sum(s => s.Seats);
        if (constitution.Quorum.MinimumRepsPresent > repSeats)
            problems.Add($"The quorum needs {constitution.Quorum.MinimumRepsPresent} Reps but there are only {repSeats} Rep seats that vote.");

        return new(seats, endingSoon, coChairs, problems);
    }
}

namespace Board.Core.Composition;

public sealed record CoChairCheck(bool IsValid, IReadOnlyList<Membership> CoChairs, IReadOnlyList<string> Problems);

/// <summary>
/// The board is co-chaired: one co-chair from each seat type the constitution names
/// (by default an elected councillor and an elected Rep), so a Rep always shares the chair.
/// </summary>
public static class CoChairs
{
    public static CoChairCheck Evaluate(Constitution constitution, IEnumerable<Membership> memberships, DateOnly asOf)
    {
        var active = memberships.Where(m => m.IsCoChair && Terms.Evaluate(m, asOf).IsActive).ToList();
        var problems = new List<string>();
        foreach (var code in constitution.CoChairSeatCodes)
        {
            var seatName = constitution.FindSeat(code)?.Name ?? code;
            var count = active.Count(m => SameSeat(m.SeatCode, code));
            if (count == 0)
                problems.Add($"There is no co-chair from the {seatName} seats.");
            else if (count > 1)
                problems.Add($"There are {count} co-chairs from the {seatName} seats. There should be one.");
        }
        foreach (var extra in active.Where(m => !constitution.CoChairSeatCodes.Any(c => SameSeat(m.SeatCode, c))))
        {
            var seatName = constitution.FindSeat(extra.SeatCode)?.Name ?? extra.SeatCode;
            problems.Add($"A {seatName} member cannot be a co-chair under the board's rules.");
        }
        return new(problems.Count == 0, active, problems);
    }

    /// <summary>
    /// Whether one more co-chair from this seat, for this term, would break the rules (used before saving).
    /// Checked over the whole term, so a co-chair already booked to start later also counts.
    /// </summary>
    public static string? ProblemWithNewCoChair(Constitution constitution, IEnumerable<Membership> others, string seatCode, DateOnly termFrom, DateOnly? termTo)
    {
        if (!constitution.CoChairSeatCodes.Any(c => SameSeat(c, seatCode)))
            return $"Only members in these seats can be co-chair: {string.Join(", ", constitution.CoChairSeatCodes.Select(c => constitution.FindSeat(c)?.Name ?? c))}.";
        var taken = others.Any(m => m.IsCoChair && SameSeat(m.SeatCode, seatCode) && Terms.Overlap(m.TermFrom, m.TermTo, termFrom, termTo));
        return taken ? "There is already a co-chair from this kind of seat for some of these dates. Remove them as co-chair first." : null;
    }

    private static bool SameSeat(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

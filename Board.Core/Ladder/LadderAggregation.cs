namespace Board.Core.Ladder;

/// <summary>
/// One view of one decision, meeting or year: how many chose each rung (bottom to top), and the middle and most common
/// rungs. <paramref name="Median"/> and <paramref name="Mode"/> are null when nobody has rated.
/// </summary>
/// <param name="Median">The middle rating. With an even number, the lower of the two middle ones: the board does not
/// claim a rung that only half of the people chose (ADR-018).</param>
/// <param name="Mode">The rung chosen most. On a tie, the lowest of the tied rungs, and <paramref name="ModeIsTied"/>.</param>
public sealed record LadderSummary(IReadOnlyList<int> Counts, int Total, LadderRung? Median, LadderRung? Mode, bool ModeIsTied)
{
    public int CountOf(LadderRung rung) => Counts[(int)rung - 1];
}

/// <summary>
/// The two views side by side. <paramref name="Gap"/> is officers' middle rung minus the Reps' and carers' (positive:
/// officers and partners think it was more co-produced than the members do); null when either view has no ratings.
/// </summary>
public sealed record LadderComparison(LadderSummary RepsAndCarers, LadderSummary OfficersAndPartners, int? Gap, string Explanation);

public static class LadderAggregation
{
    public static LadderSummary Summarise(IEnumerable<LadderRung> ratings)
    {
        var counts = new int[LadderRungs.All.Count];
        foreach (var rung in ratings)
            counts[(int)rung - 1]++;
        var total = counts.Sum();
        if (total == 0)
            return new(counts, 0, null, null, false);
        var most = counts.Max();
        var modes = LadderRungs.All.Where(r => counts[(int)r - 1] == most).ToList();
        return new(counts, total, MedianOf(counts, total), modes[0], modes.Count > 1);
    }

    public static LadderComparison Compare(IEnumerable<LadderRung> repsAndCarers, IEnumerable<LadderRung> officersAndPartners)
    {
        var members = Summarise(repsAndCarers);
        var officers = Summarise(officersAndPartners);
        int? gap = members.Median is { } m && officers.Median is { } o ? (int)o - (int)m : null;
        return new(members, officers, gap, Explain(members, officers, gap));
    }

    /// <summary>The gap in plain words, the same on the page, the chart's table and the PDF.</summary>
    public static string Explain(LadderSummary members, LadderSummary officers, int? gap) => gap switch
    {
        null when members.Total == 0 && officers.Total == 0 => "Nobody has said yet.",
        null when members.Total == 0 => "No Reps or carers have said yet.",
        null => "No officers or partners have said yet.",
        0 => "Reps and carers and officers and partners put it on the same rung.",
        > 0 => $"Officers and partners put it {Rungs(gap.Value)} higher than Reps and carers did.",
        _ => $"Reps and carers put it {Rungs(-gap.Value)} higher than officers and partners did.",
    };

    private static string Rungs(int n) => n == 1 ? "1 rung" : $"{n} rungs";

    // The lower middle: the ((total + 1) / 2)th rating from the bottom.
    private static LadderRung MedianOf(int[] counts, int total)
    {
        var wanted = (total + 1) / 2;
        var seen = 0;
        foreach (var rung in LadderRungs.All)
        {
            seen += counts[(int)rung - 1];
            if (seen >= wanted)
                return rung;
        }
        throw new InvalidOperationException("The counts do not add up.");
    }
}

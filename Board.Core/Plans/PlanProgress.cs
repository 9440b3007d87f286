namespace Board.Core.Plans;

/// <summary>
/// How a chapter is going: how many actions have each status (every status is present, zero if none), how many are
/// late, and how many there are.
/// </summary>
public sealed record ChapterProgress(long ChapterId, IReadOnlyDictionary<ActionStatus, int> Counts, int Overdue, int Total);

public static class PlanProgress
{
    /// <summary>One row per chapter, in the plan's order; actions of other chapters are left out.</summary>
    public static IReadOnlyList<ChapterProgress> ByChapter(IReadOnlyList<Chapter> chapters, IReadOnlyList<PlanAction> actions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        ArgumentNullException.ThrowIfNull(actions);
        var byChapter = actions.ToLookup(a => a.ChapterId);
        return chapters
            .OrderBy(c => c.Position).ThenBy(c => c.Id)
            .Select(c =>
            {
                var inChapter = byChapter[c.Id].ToList();
                var counts = Enum.GetValues<ActionStatus>().ToDictionary(s => s, s => inChapter.Count(a => a.Status == s));
                return new ChapterProgress(c.Id, counts, inChapter.Count(a => ActionRules.IsOverdue(a, today)), inChapter.Count);
            })
            .ToList();
    }

    /// <summary>Actions with an update posted after <paramref name="since"/>, the most recently updated first.</summary>
    public static IReadOnlyList<PlanAction> ChangedSince(IReadOnlyList<PlanAction> actions, IReadOnlyList<ActionUpdate> updates, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(updates);
        var latest = updates
            .Where(u => u.PostedAt > since)
            .GroupBy(u => u.ActionId)
            .ToDictionary(g => g.Key, g => g.Max(u => u.PostedAt));
        return actions
            .Where(a => latest.ContainsKey(a.Id))
            .OrderByDescending(a => latest[a.Id]).ThenBy(a => a.Id)
            .ToList();
    }

    /// <summary>Actions matching every filter given; a null (or blank) filter matches all. The owner matches ignoring case and spaces at the ends.</summary>
    public static IReadOnlyList<PlanAction> Filter(IReadOnlyList<PlanAction> actions, string? owner, ActionStatus? status, long? chapterId)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var wantedOwner = string.IsNullOrWhiteSpace(owner) ? null : owner.Trim();
        return actions
            .Where(a => wantedOwner is null || string.Equals(a.Owner.Trim(), wantedOwner, StringComparison.OrdinalIgnoreCase))
            .Where(a => status is null || a.Status == status)
            .Where(a => chapterId is null || a.ChapterId == chapterId)
            .ToList();
    }
}

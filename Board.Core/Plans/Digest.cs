using System.Globalization;

namespace Board.Core.Plans;

/// <summary>The weekly email for a member: every update on what they follow, once each.</summary>
public static class Digest
{
    /// <summary>
    /// Updates posted in [<paramref name="since"/>, <paramref name="until"/>) on actions the person follows, or on
    /// actions in chapters they follow; each update once, even if followed both ways; oldest first.
    /// </summary>
    public static IReadOnlyList<ActionUpdate> WeeklyFor(
        IReadOnlyCollection<long> followedActionIds,
        IReadOnlyCollection<long> followedChapterIds,
        IReadOnlyList<PlanAction> actions,
        IReadOnlyList<ActionUpdate> updates,
        DateTimeOffset since,
        DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(followedActionIds);
        ArgumentNullException.ThrowIfNull(followedChapterIds);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(updates);

        var chapters = followedChapterIds.ToHashSet();
        var followed = actions.Where(a => chapters.Contains(a.ChapterId)).Select(a => a.Id).Concat(followedActionIds).ToHashSet();
        return updates
            .Where(u => followed.Contains(u.ActionId) && u.PostedAt >= since && u.PostedAt < until)
            .DistinctBy(u => u.Id)
            .OrderBy(u => u.PostedAt).ThenBy(u => u.Id)
            .ToList();
    }

    /// <summary>One digest per person per week, so a job that runs twice sends it once.</summary>
    public static string DigestKey(long personId, DateOnly weekStarting) =>
        string.Create(CultureInfo.InvariantCulture, $"digest:person:{personId}:week:{weekStarting:yyyy-MM-dd}");
}

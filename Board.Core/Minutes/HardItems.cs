namespace Board.Core.Minutes;

/// <summary>An item Reps marked "This is hard" since it last changed, and by how many of them.</summary>
public sealed record HardItem(long AgendaItemId, string Title, int Reps);

/// <summary>Whether publishing needs the coordinator to confirm first, the items that make it so, and the question to ask.</summary>
public sealed record PublishCheck(bool MustConfirm, IReadOnlyList<HardItem> Items, string? Question);

/// <summary>A Rep's mark as the rule needs it: which item, what they said, and the item's revision they read.</summary>
public sealed record ItemMark(long AgendaItemId, long PersonId, RepMark Mark, int ItemRevision);

/// <summary>
/// Easy read minutes are for Reps: if a Rep says an item is hard and nobody has changed it since, publishing it as it
/// is should be a choice, not an accident. A mark on an older revision does not count (the words it was about are gone).
/// </summary>
public static class HardItems
{
    public static PublishCheck BeforePublishing(IReadOnlyList<MinutesItem> items, IReadOnlyList<ItemMark> marks, bool confirmed)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(marks);
        var hard = items.OrderBy(i => i.Position)
            .Select(i => new HardItem(i.AgendaItemId, i.Title,
                marks.Where(m => m.AgendaItemId == i.AgendaItemId && m.Mark == RepMark.Hard && m.ItemRevision == i.Revision)
                    .Select(m => m.PersonId).Distinct().Count()))
            .Where(h => h.Reps > 0).ToList();
        if (hard.Count == 0)
            return new(false, [], null);
        var titles = string.Join(", ", hard.Select(h => $"\"{h.Title}\""));
        var question = hard.Count == 1
            ? $"1 item was marked hard to understand since you last changed it: {titles}. Publish anyway?"
            : $"{hard.Count} items were marked hard to understand since you last changed them: {titles}. Publish anyway?";
        return new(!confirmed, hard, question);
    }
}

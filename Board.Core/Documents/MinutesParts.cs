namespace Board.Core.Documents;

/// <summary>One part of long easy read minutes: which items it holds, by their place in the minutes and their numbers.</summary>
/// <param name="Number">The part's number, from 1.</param>
/// <param name="Of">How many parts there are.</param>
/// <param name="First">The place (from 0) of the part's first item in the minutes' list of items.</param>
/// <param name="Count">How many items the part holds.</param>
/// <param name="FirstItem">The first item's number, as the minutes show it.</param>
/// <param name="LastItem">The last item's number.</param>
public sealed record MinutesPart(int Number, int Of, int First, int Count, int FirstItem, int LastItem)
{
    /// <summary>"Part 2 of 3: items 16 to 30" (or "item 16" for a part of one item).</summary>
    public string Name => $"Part {Number} of {Of}: {(FirstItem == LastItem ? $"item {FirstItem}" : $"items {FirstItem} to {LastItem}")}";
}

/// <summary>
/// Whether easy read minutes are published whole or as a summary plus parts, and which items go in which part
/// (issue 17, ADR-022: an easy read document is at most 24 pages).
/// </summary>
/// <param name="Parts">Empty when the minutes stay one document.</param>
public sealed record MinutesSplit(bool IsSplit, int WholePages, int MostPages, IReadOnlyList<MinutesPart> Parts)
{
    public static MinutesSplit Whole(int pages, int mostPages = MinutesParts.MostPages) => new(false, pages, mostPages, []);
}

public static class MinutesParts
{
    /// <summary>Mencap's guidance, and the issue's limit: an easy read document of at most 24 pages.</summary>
    public const int MostPages = 24;

    /// <summary>About 15 items a part: at about half a page an item (40 items were 24 pages), a part is near 10 pages.</summary>
    public const int ItemsPerPart = 15;

    /// <summary>
    /// Splits only when the whole minutes came to more than <paramref name="mostPages"/> pages. The items are shared
    /// out as evenly as they go, in order, at most <paramref name="itemsPerPart"/> a part: 60 items make 4 parts of 15,
    /// 100 make 7 of 14 or 15 (never a last part of one or two).
    /// </summary>
    /// <param name="itemNumbers">The items' numbers, in the minutes' order.</param>
    public static MinutesSplit Plan(IReadOnlyList<int> itemNumbers, int wholePages, int mostPages = MostPages, int itemsPerPart = ItemsPerPart)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(itemsPerPart, 1);
        if (wholePages <= mostPages || itemNumbers.Count <= 1)
            return MinutesSplit.Whole(wholePages, mostPages);
        var of = (itemNumbers.Count + itemsPerPart - 1) / itemsPerPart;
        var (size, larger) = (itemNumbers.Count / of, itemNumbers.Count % of);
        var parts = new List<MinutesPart>(of);
        var first = 0;
        for (var number = 1; number <= of; number++)
        {
            var count = size + (number <= larger ? 1 : 0);
            parts.Add(new MinutesPart(number, of, first, count, itemNumbers[first], itemNumbers[first + count - 1]));
            first += count;
        }
        return new MinutesSplit(true, wholePages, mostPages, parts);
    }

    /// <summary>
    /// Fewer items a part when a part still came to more than the limit (items far longer than usual): half as many,
    /// or null when a part is already one item and cannot be made shorter by splitting.
    /// </summary>
    public static int? Fewer(int itemsPerPart) => itemsPerPart > 1 ? Math.Max(1, itemsPerPart / 2) : null;
}

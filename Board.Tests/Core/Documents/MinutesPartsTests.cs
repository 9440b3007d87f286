using Board.Core.Documents;

namespace Board.Tests.Core.Documents;

/// <summary>Which items go in which part of long easy read minutes (issue 17, ADR-022).</summary>
public sealed class MinutesPartsTests
{
    private static int[] Numbers(int count) => Enumerable.Range(1, count).ToArray();

    [TestCase(40, 24)]
    [TestCase(40, 1)]
    [TestCase(100, 24)]
    [TestCase(1, 30)]
    [TestCase(0, 30)]
    public void Plan_WithinTheLimitOrOneItem_StaysOneDocument(int items, int pages)
    {
        var split = MinutesParts.Plan(Numbers(items), pages);

        Assert.That(split.IsSplit, Is.False);
        Assert.That(split.Parts, Is.Empty);
        Assert.That(split.WholePages, Is.EqualTo(pages));
    }

    [TestCase(41, 25, "14,14,13")]
    [TestCase(60, 36, "15,15,15,15")]
    [TestCase(61, 36, "13,12,12,12,12")]
    [TestCase(100, 60, "15,15,14,14,14,14,14")]
    [TestCase(16, 25, "8,8")]
    [TestCase(2, 25, "2")]
    public void Plan_OverTheLimit_SharesTheItemsOutEvenly_AtMostFifteenAPart(int items, int pages, string sizes)
    {
        var split = MinutesParts.Plan(Numbers(items), pages);

        Assert.That(split.IsSplit, Is.True);
        Assert.That(string.Join(",", split.Parts.Select(p => p.Count)), Is.EqualTo(sizes));
        Assert.That(split.Parts.Select(p => p.Number), Is.EqualTo(Enumerable.Range(1, split.Parts.Count)));
        Assert.That(split.Parts.Select(p => p.Of), Is.All.EqualTo(split.Parts.Count));
    }

    [TestCase(60)]
    [TestCase(100)]
    [TestCase(37)]
    public void Plan_EveryItemIsInExactlyOnePart_InOrder(int items)
    {
        var split = MinutesParts.Plan(Numbers(items), 99);

        var placed = split.Parts.SelectMany(p => Enumerable.Range(p.First, p.Count)).ToList();
        Assert.That(placed, Is.EqualTo(Enumerable.Range(0, items)));
        Assert.That(split.Parts.Select(p => (p.FirstItem, p.LastItem)), Is.EqualTo(split.Parts.Select(p => (p.First + 1, p.First + p.Count))));
    }

    [Test]
    public void Plan_NamesEachPart_ByTheItemsNumbers_NotTheirPlaces()
    {
        // Items numbered as the minutes show them, which need not be 1, 2, 3 (a withdrawn item leaves a gap).
        var numbers = Enumerable.Range(1, 31).Select(n => n < 5 ? n : n + 1).ToArray();

        var split = MinutesParts.Plan(numbers, 30);

        Assert.That(split.Parts.Select(p => p.Name), Is.EqualTo(new[] { "Part 1 of 3: items 1 to 12", "Part 2 of 3: items 13 to 22", "Part 3 of 3: items 23 to 32" }));
    }

    [TestCase(1, 1, 16, 16, "Part 1 of 1: item 16")]
    [TestCase(2, 3, 16, 30, "Part 2 of 3: items 16 to 30")]
    public void Name_SaysWhichPartAndWhichItems(int number, int of, int first, int last, string expected) =>
        Assert.That(new MinutesPart(number, of, 0, last - first + 1, first, last).Name, Is.EqualTo(expected));

    [TestCase(15, 7)]
    [TestCase(7, 3)]
    [TestCase(2, 1)]
    [TestCase(1, null)]
    public void Fewer_HalvesTheItemsAPart_UntilOne(int itemsPerPart, int? expected) =>
        Assert.That(MinutesParts.Fewer(itemsPerPart), Is.EqualTo(expected));

    [Test]
    public void Plan_WithFewerItemsAPart_MakesMoreParts() =>
        Assert.That(MinutesParts.Plan(Numbers(60), 40, itemsPerPart: 7).Parts, Has.Count.EqualTo(9));
}

using System.Text.RegularExpressions;
using Board.Core.Documents;

namespace Board.Tests.Documents;

/// <summary>
/// The easy read rules of issue 17 on documents built by the app's own builders from meetings made up with Bogus (a
/// fixed seed), rendered for real and read back with PdfPig: dates, times and names on one line, lists tagged as lists,
/// alt text that says what each row's picture is for, and each row's heading read before its picture.
/// </summary>
public partial class EasyReadRulesTests
{
    private DocumentContent _minutes = null!;
    private MinutesFacts _facts = null!;
    private PdfReading _pdf = null!;

    [OneTimeSetUp]
    public void Render()
    {
        _facts = GeneratedMeetings.Minutes(items: 40);
        _minutes = MinutesDocuments.EasyRead(_facts, GeneratedMeetings.StandardPictures);
        _pdf = new PdfReading(TestRenderer.Renderer.Render(_minutes));
    }

    [OneTimeTearDown]
    public void Close() => _pdf.Dispose();

    private IEnumerable<string> Texts() => _minutes.Sections.SelectMany(s => s.Blocks).SelectMany(b => b switch
    {
        PictureRow row => row.Sentences.Prepend(row.Heading ?? ""),
        VoteRow vote => [vote.Question, vote.Outcome],
        TextBlock text => text.Paragraphs,
        ListBlock list => list.Entries,
        _ => [],
    });

    [Test]
    public void Render_GeneratedMinutes_NoDateTimeOrNameIsSplitAcrossLines()
    {
        var names = _facts.Present.Select(p => p.Name).Concat(_facts.Apologies).ToList();
        var kept = Texts().SelectMany(t => DateOrTime().Matches(t).Select(m => m.Value)).Concat(names).Distinct().ToList();
        Assert.That(kept, Has.Count.GreaterThan(20), "the test finds dates, times and names to check");

        foreach (var words in kept)
        {
            var hit = _pdf.Find(words);
            Assert.That(hit, Is.Not.Null, $"\"{words}\" is in the PDF");
            var baselines = hit!.Letters.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().ToList();
            Assert.That(baselines, Has.Count.EqualTo(1), $"\"{words}\" is on one line, page {hit.Page}");
        }
    }

    [Test]
    public void Render_GeneratedMinutes_WhoCameAndWhoCouldNotAreListsOfNames()
    {
        var elements = _pdf.StructureElements().Select(e => e.Tag).ToList();
        // The names, and the hard words list at the end (HardWordsSectionTests checks that one).
        var hardWords = _minutes.Sections.Single(s => s.Heading == DocumentHardWords.Heading).Blocks.OfType<ListBlock>().Single().Entries.Count;

        Assert.That(elements.Count(t => t == "LI"), Is.EqualTo(_facts.Present.Count + _facts.Apologies.Count + hardWords));
        Assert.That(elements.Count(t => t == "LBody"), Is.EqualTo(_facts.Present.Count + _facts.Apologies.Count + hardWords));
        Assert.That(elements.Count(t => t == "L"), Is.GreaterThanOrEqualTo(3));
    }

    [Test]
    public void Render_GeneratedMinutes_EveryPictureSaysWhatItIsForInItsRow()
    {
        var alts = _pdf.StructureElements().Where(e => e.Tag == "Figure")
            .Select(e => (_pdf.Get(e.Element, "Alt") as UglyToad.PdfPig.Tokens.StringToken)?.Data ?? "").ToList();

        Assert.That(alts, Has.Count.GreaterThan(80));
        Assert.That(alts, Is.Unique, "no two pictures are described the same");
        Assert.That(alts.Count(a => a.StartsWith("A group of people", StringComparison.Ordinal)), Is.EqualTo(3), "three rows of names");
    }

    [Test]
    public void Render_GeneratedMinutes_EachRowsHeadingIsReadBeforeItsPicture()
    {
        var tags = _pdf.StructureElements().Select(e => e.Tag).ToList();
        var headings = tags.Select((t, i) => (t, i)).Where(x => x.t == "H3").ToList();

        Assert.That(headings, Is.Not.Empty);
        Assert.That(headings.All(h => tags[h.i + 1] == "Figure"), Is.True, "a Figure straight after every H3");
    }

    [GeneratedRegex(@"\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?\b|\b\d{1,2}(?::\d{2})?(?:am|pm)\b")]
    private static partial Regex DateOrTime();
}

using Board.Core.Documents;
using Board.Web.Documents;

namespace Board.Tests.Documents;

/// <summary>
/// Issue 17: an easy read document is at most 24 pages, even for a meeting of 40 items; longer minutes are a
/// summary and parts (ADR-022). Built by the app's own builders from a meeting made up with Bogus (a fixed seed),
/// rendered for real and counted with PdfPig.
/// </summary>
public class DocumentLengthTests
{
    private const int MostPages = 24;

    private static IEnumerable<TestCaseData> EasyReadAtFortyItems() =>
        GeneratedMeetings.EveryKind(items: 40).Where(k => k.Kind is "easy read minutes" or "easy read agenda")
            .Select(k => new TestCaseData(k.Content).SetArgDisplayNames(k.Kind));

    [TestCaseSource(nameof(EasyReadAtFortyItems))]
    public void Render_EasyReadDocumentOfFortyItems_IsAtMost24Pages(DocumentContent content)
    {
        using var pdf = new PdfReading(TestRenderer.Renderer.Render(content));

        TestContext.Out.WriteLine($"{content.Title}: {pdf.Document.NumberOfPages} pages");
        Assert.That(pdf.Document.NumberOfPages, Is.LessThanOrEqualTo(MostPages), content.Title);
    }

    [Test]
    public void Render_EasyReadMinutesOfFortyItems_StayOneDocument()
    {
        var facts = GeneratedMeetings.Minutes(40);

        var rendered = new EasyReadMinutesRenderer(TestRenderer.Renderer).Render(facts, GeneratedMeetings.StandardPictures);

        Assert.That(rendered.Split.IsSplit, Is.False);
        Assert.That(rendered.Parts, Is.Empty);
        Assert.That(rendered.Content.Title, Is.EqualTo(MinutesDocuments.EasyRead(facts, GeneratedMeetings.StandardPictures).Title));
        Assert.That(rendered.Document.Pages, Is.LessThanOrEqualTo(MostPages));
    }

    [TestCase(60)]
    [TestCase(100)]
    public void Render_LongEasyReadMinutes_AreASummaryAndParts_EachAtMost24Pages_AndEachConforms(int items)
    {
        var facts = GeneratedMeetings.Minutes(items);

        var rendered = new EasyReadMinutesRenderer(TestRenderer.Renderer).Render(facts, GeneratedMeetings.StandardPictures);

        Assert.That(rendered.Split.IsSplit, Is.True, "the whole minutes are over 24 pages");
        Assert.That(rendered.Split.WholePages, Is.GreaterThan(MostPages));
        TestContext.Out.WriteLine($"{items} items: whole {rendered.Split.WholePages} pages; summary {rendered.Document.Pages}; parts "
                                  + string.Join(", ", rendered.Parts.Select(p => $"{p.Part.Name} {p.Pdf.Pages}")));
        var files = new[] { ("the summary", rendered.Document) }.Concat(rendered.Parts.Select(p => (p.Part.Name, p.Pdf))).ToList();
        var readings = new List<PdfReading>();
        try
        {
            foreach (var (name, pdf) in files)
            {
                var reading = new PdfReading(pdf.Content);
                readings.Add(reading);
                Assert.That(reading.Document.NumberOfPages, Is.LessThanOrEqualTo(MostPages).And.EqualTo(pdf.Pages), name);
                Assert.That(PdfConformance.Problems(pdf.Content), Is.Empty, name);
                Assert.That(reading.StructureElements().Count(e => e.Tag == "H1"), Is.EqualTo(1), $"{name}: one H1");
            }

            var summary = readings[0];
            foreach (var part in rendered.Parts)
                Assert.That(summary.Find(part.Part.Name), Is.Not.Null, $"the summary lists {part.Part.Name}");
            Assert.That(new[] { "Who came", "What we decided", "What happens next", "Hard words" }.Select(h => summary.Find(h) is not null), Is.All.True,
                "the summary has who came, the decisions, the actions and the hard words");
            var parts = readings.Skip(1).ToList();
            for (var p = 0; p < parts.Count; p++)
                Assert.That(parts[p].Find(rendered.Parts[p].Part.Name), Is.Not.Null, "each part names itself");
            foreach (var item in facts.Items)
                Assert.That(parts.Count(r => r.Find($"{item.Number}. {item.Title}") is not null), Is.EqualTo(1), $"item {item.Number} is in exactly one part");
        }
        finally
        {
            readings.ForEach(r => r.Dispose());
        }
    }
}

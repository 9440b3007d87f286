using Board.Core.Documents;
using UglyToad.PdfPig.Tokens;

namespace Board.Tests.Documents;

/// <summary>Real renders of realistic minutes, read back with PdfPig: what a reader, a printer and a screen reader get.</summary>
// Not abstract: the minutes run these checks here, and YearReportPdfTests runs every one of them on the year report.
#pragma warning disable NUnit1034
public class PdfDocumentRendererTests
#pragma warning restore NUnit1034
{
    private const double ThreeCm = 3 * 72 / 2.54;
    private DocumentContent _easyRead = null!;
    private PdfReading _pdf = null!;

    [OneTimeSetUp]
    public void RenderEasyReadMinutes()
    {
        _easyRead = EasyReadSample();
        _pdf = new PdfReading(TestRenderer.Renderer.Render(_easyRead));
    }

    [OneTimeTearDown]
    public void Close() => _pdf.Dispose();

    /// <summary>The easy read document the structure checks read; other documents (the year report) run them all too.</summary>
    protected virtual DocumentContent EasyReadSample() => SampleDocuments.EasyReadMinutes(items: 20);

    /// <summary>How many numbered item headings ("1. Buses at night") the sample has.</summary>
    protected virtual int NumberedItems => 20;

    /// <summary>A floor on the paragraphs, so a document that lost its sentences fails.</summary>
    protected virtual int MinimumParagraphs => 100;

    private static IEnumerable<DocumentBlock> Blocks(DocumentContent content) => content.Sections.SelectMany(s => s.Blocks);

    /// <summary>The words a block says, in reading order: the first is what the picture sits beside.</summary>
    private static IReadOnlyList<string> Words(DocumentBlock block) => block switch
    {
        PictureRow row => [.. row.Heading is null ? [] : new[] { row.Heading }, .. row.Sentences],
        VoteRow vote => [vote.Question, .. vote.Tallies.Select(t => $"{t.Label}: {t.Votes}"), vote.Outcome],
        TextBlock text => [.. text.Heading is null ? [] : new[] { text.Heading }, .. text.Paragraphs],
        ListBlock list => [.. list.Heading is null ? [] : new[] { list.Heading }, .. list.Entries],
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };

    /// <summary>Finds each block's words in order through the whole document; fails on the first one missing.</summary>
    private static List<(DocumentBlock Block, List<TextHit> Hits)> FindInOrder(PdfReading pdf, DocumentContent content)
    {
        var found = new List<(DocumentBlock, List<TextHit>)>();
        var at = 0;
        foreach (var section in content.Sections)
        {
            var heading = pdf.Find(section.Heading, at);
            Assert.That(heading, Is.Not.Null, $"section heading \"{section.Heading}\" missing or out of order");
            at = heading!.End;
            foreach (var block in section.Blocks)
            {
                var hits = new List<TextHit>();
                foreach (var words in Words(block))
                {
                    var hit = pdf.Find(words, at);
                    Assert.That(hit, Is.Not.Null, $"\"{words}\" missing or out of order");
                    hits.Add(hit!);
                    at = hit!.End;
                }
                found.Add((block, hits));
            }
        }
        return found;
    }

    [Test]
    public void Render_EasyReadMinutes_HasEveryHeadingAndSentenceInOrder()
    {
        var found = FindInOrder(_pdf, _easyRead);

        Assert.That(found.Count(f => f.Block is PictureRow { Heading: not null } row && row.Heading.Contains(". ")), Is.EqualTo(NumberedItems));
        Assert.That(_pdf.Find(_easyRead.Cover.Kind), Is.Not.Null.And.Property(nameof(TextHit.Page)).EqualTo(1));
    }

    [Test]
    public void Render_EasyReadMinutes_NoLetterIsUnder16pt()
    {
        var sizes = _pdf.Document.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => l.PointSize).ToList();

        Assert.That(sizes, Is.Not.Empty);
        Assert.That(sizes.Min(), Is.GreaterThanOrEqualTo(16 - 0.01));
        Assert.That(sizes.Where(s => s >= 22), Is.Not.Empty, "headings are 22 pt or more");
    }

    [Test]
    public void Render_EasyReadMinutes_EveryPictureIsAtLeast3cmAtTheLeftOfItsWords()
    {
        foreach (var (block, hits) in FindInOrder(_pdf, _easyRead).Where(f => f.Block.Picture is not null))
        {
            var first = hits[0];
            var images = _pdf.Document.GetPage(first.Page).GetImages().ToList();
            var beside = images.Where(i => i.BoundingBox.Top >= first.Bottom && i.BoundingBox.Bottom <= first.Top).ToList();

            Assert.That(beside, Has.Count.EqualTo(1), $"one picture beside \"{Words(block)[0]}\" on page {first.Page}");
            var image = beside[0];
            Assert.Multiple(() =>
            {
                Assert.That(image.BoundingBox.Width, Is.GreaterThanOrEqualTo(ThreeCm), "at least 3 cm wide");
                Assert.That(image.BoundingBox.Right, Is.LessThan(first.Left), "on the left of the words");
                Assert.That(image.WidthInSamples, Is.GreaterThanOrEqualTo(354), "sharp at 3 cm when printed at 300 dpi");
            });
        }
    }

    [Test]
    public void Render_EasyReadMinutes_NoBlockIsSplitAcrossPages()
    {
        foreach (var (block, hits) in FindInOrder(_pdf, _easyRead))
            Assert.That(hits.Select(h => h.Page).Distinct().Count(), Is.EqualTo(1), $"\"{Words(block)[0]}\" is split across pages");
    }

    [Test]
    public void Render_EasyReadMinutes_FitsIn24PagesOrFewer()
    {
        Assert.That(_pdf.Document.NumberOfPages, Is.InRange(2, 24));
        Assert.That(_pdf.Document.GetPages().All(p => Math.Abs(p.Width - 595.3) < 1 && Math.Abs(p.Height - 841.9) < 1), Is.True, "A4");
    }

    [Test]
    public void Render_EasyReadMinutes_EveryPageIsNumberedWithAnArtifact()
    {
        var count = _pdf.Document.NumberOfPages;
        foreach (var page in _pdf.Document.GetPages())
        {
            var number = $"Page {page.Number} of {count}";
            var artifacts = page.GetMarkedContents().Where(m => m.IsArtifact).Select(m => string.Concat(m.Letters.Select(l => l.Value)));
            Assert.That(artifacts, Has.Some.EqualTo(number), $"page {page.Number}");
        }
    }

    [Test]
    public void Render_SectionThatStartsNewPage_StartsAtTheTopOfAPage()
    {
        foreach (var section in _easyRead.Sections.Where(s => s.StartsNewPage))
        {
            var heading = _pdf.Find(section.Heading)!;
            var page = _pdf.Document.GetPage(heading.Page);
            var text = page.GetMarkedContents().Where(m => !m.IsArtifact).SelectMany(m => m.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value));
            Assert.That(heading.Top, Is.EqualTo(text.Max(l => l.BoundingBox.Top)).Within(0.01), $"\"{section.Heading}\" heads page {heading.Page}");
        }
    }

    [Test]
    public void Render_EasyReadMinutes_DeclaresTitleLanguageAndTagging()
    {
        var catalog = _pdf.Catalog;
        Assert.Multiple(() =>
        {
            Assert.That(_pdf.Document.Information.Title, Is.EqualTo(_easyRead.Title));
            Assert.That((_pdf.Get(catalog, "Lang") as StringToken)?.Data, Is.EqualTo("en-GB"));
            Assert.That(_pdf.Dictionary(catalog, "ViewerPreferences")?.Data["DisplayDocTitle"], Is.EqualTo(BooleanToken.True));
            Assert.That(_pdf.Dictionary(catalog, "MarkInfo")?.Data["Marked"], Is.EqualTo(BooleanToken.True));
            Assert.That(_pdf.Document.TryGetXmpMetadata(out var xmp), Is.True);
            Assert.That(xmp!.GetXDocument().ToString(), Does.Contain(_easyRead.Title), "the title in XMP too");
        });
    }

    [Test]
    public void Render_EasyReadMinutes_StructureTreeHasHeadingsParagraphsAndFiguresWithAlt()
    {
        var elements = _pdf.StructureElements();
        var tags = elements.Select(e => e.Tag).ToList();

        Assert.That(tags[0], Is.EqualTo("Document"));
        Assert.That(tags.Count(t => t == "H1"), Is.EqualTo(1), "one H1, the document's title");
        Assert.That(tags.Count(t => t == "H2"), Is.EqualTo(_easyRead.Sections.Count));
        Assert.That(tags.Count(t => t == "P"), Is.GreaterThan(MinimumParagraphs));
        var figures = elements.Where(e => e.Tag == "Figure").ToList();
        Assert.That(figures, Has.Count.EqualTo(1 + Blocks(_easyRead).Count(b => b.Picture is not null)));
        foreach (var (_, figure) in figures)
            Assert.That((_pdf.Get(figure, "Alt") as StringToken)?.Data, Is.Not.Empty, "every figure has alt text");
    }

    [Test]
    public void Render_EasyReadMinutes_ReadingOrderIsEachHeadingThenPictureThenWords()
    {
        var tags = _pdf.StructureElements().Select(e => e.Tag).Where(t => t is not "Document").ToList();
        var expected = new List<string> { "P", "H1", "P", "Figure" };
        foreach (var section in _easyRead.Sections)
        {
            expected.Add("H2");
            foreach (var block in section.Blocks)
            {
                // A row's heading is read first, then its picture (issue 17); a row without one starts with its picture.
                if (block is PictureRow row)
                    expected.AddRange([.. row.Heading is null ? [] : new[] { "H3" }, "Figure", .. row.Sentences.Select(_ => "P")]);
                else if (block is VoteRow vote)
                    expected.AddRange(["Figure", .. Enumerable.Repeat("P", 2 + vote.Tallies.Count)]);
                // A list (the hard words, who came) is L, then LI and LBody for each entry.
                else if (block is ListBlock list)
                    expected.AddRange([.. list.Heading is null ? [] : new[] { "H3" }, "L", .. list.Entries.SelectMany(_ => new[] { "LI", "LBody" })]);
            }
        }

        Assert.That(tags, Is.EqualTo(expected));
    }

    [Test]
    public void Render_StandardMinutes_TextIs11ptOrMoreAndEveryParagraphInOrder()
    {
        var standard = SampleDocuments.StandardMinutes(items: 8);
        using var pdf = new PdfReading(TestRenderer.Renderer.Render(standard));

        FindInOrder(pdf, standard);
        var letters = pdf.Document.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        Assert.That(letters.Min(l => l.PointSize), Is.GreaterThanOrEqualTo(11 - 0.01));
        var tags = pdf.StructureElements().Select(e => e.Tag).ToList();
        Assert.That(tags, Does.Contain("L").And.Contain("LI").And.Contain("LBody").And.Contain("H3"));
    }

    [Test]
    public void Render_ListTallerThanAPage_IsCutBetweenEntriesAndLosesNone()
    {
        var names = Enumerable.Range(1, 45).Select(i => $"Member number {i} of the board").ToList();
        var content = SampleDocuments.EasyReadMinutes(items: 1) with
        {
            Sections = [new DocumentSection("Who came", [new ListBlock("Everyone", names)])],
        };
        using var pdf = new PdfReading(TestRenderer.Renderer.Render(content));

        var hits = FindInOrder(pdf, content).Single().Hits;
        Assert.That(hits.Select(h => h.Page).Distinct().Count(), Is.GreaterThan(1));
        foreach (var hit in hits)
            Assert.That(hit.Bottom, Is.GreaterThan(2 * 72 / 2.54), $"entry on page {hit.Page} stays above the page number");
    }

    [Test]
    public void Render_PictureRowTallerThanAPage_IsCutBetweenSentences_WithThePictureBesideEachPiece()
    {
        var sentences = Enumerable.Range(1, 40).Select(i => $"This is sentence number {i} of a very long easy read note.").ToList();
        var content = SampleDocuments.EasyReadMinutes(items: 1) with
        {
            Sections = [new DocumentSection("Items", [new PictureRow(new DocumentPicture("paper", "A page of writing"), "1. A long note", sentences)])],
        };
        using var pdf = new PdfReading(TestRenderer.Renderer.Render(content));

        var at = 0;
        var pages = new HashSet<int>();
        foreach (var sentence in sentences)
        {
            var hit = pdf.Find(sentence, at);
            Assert.That(hit, Is.Not.Null, $"\"{sentence}\" is in the PDF, in order");
            Assert.That(hit!.Bottom, Is.GreaterThan(2 * 72 / 2.54), $"\"{sentence}\" stays above the page number");
            pages.Add(hit.Page);
            at = hit.End;
        }
        Assert.That(pages, Has.Count.GreaterThan(1));
        foreach (var page in pages)
            Assert.That(pdf.Document.GetPage(page).GetImages().Count(), Is.EqualTo(1), $"the picture is beside the words on page {page}");
    }

    [Test]
    public void Render_PictureNotInTheSet_ThrowsNamingTheKey()
    {
        var content = SampleDocuments.EasyReadMinutes(items: 1) with
        {
            Sections = [new DocumentSection("Items", [new PictureRow(new DocumentPicture("unicorn", "A unicorn"), "1. Unicorns", ["We talked about unicorns."])])],
        };

        Assert.That(() => TestRenderer.Renderer.Render(content), Throws.ArgumentException.With.Message.Contains("\"unicorn\""));
    }

    [Test]
    public void Render_FourAtOnce_AllGiveValidDocuments()
    {
        var contents = Enumerable.Range(0, 4)
            .Select(i => i % 2 == 0 ? SampleDocuments.EasyReadMinutes(items: 10 + i) : SampleDocuments.StandardMinutes(items: 5 + i))
            .ToList();

        var pdfs = contents.AsParallel().WithDegreeOfParallelism(4).Select(c => TestRenderer.Renderer.Render(c)).ToList();

        for (var i = 0; i < pdfs.Count; i++)
        {
            using var pdf = new PdfReading(pdfs[i]);
            FindInOrder(pdf, contents[i]);
            Assert.That(pdf.Document.Information.Title, Is.EqualTo(contents[i].Title));
        }
    }
}

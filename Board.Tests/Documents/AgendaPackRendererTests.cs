using Board.Core.Files;
using Board.Tests.Web.Minutes;
using Board.Web.Documents.Pdf;
using PdfSharp.Drawing;
using UglyToad.PdfPig.Outline;

namespace Board.Tests.Documents;

/// <summary>The agenda pack read back with PdfPig: its pages in agenda order, its bookmarks, and bad papers skipped with a page saying so.</summary>
public sealed class AgendaPackRendererTests
{
    private static readonly AgendaPackRenderer Packs = new(TestRenderer.Renderer);

    /// <summary>A real PDF made with PDFsharp: one line of text per page, "{name} page {n}".</summary>
    internal static byte[] PaperPdf(string name, int pages, string? password = null)
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        var font = new XFont("Arial", 14);
        for (var n = 1; n <= pages; n++)
        {
            using var graphics = XGraphics.FromPdfPage(document.AddPage());
            graphics.DrawString($"{name} page {n}", font, XBrushes.Black, 72, 72);
        }
        if (password is not null)
            document.SecuritySettings.UserPassword = password;
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static int AgendaPages() => new PdfReading(TestRenderer.Renderer.Render(SampleDocuments.StandardMinutes(items: 2))).Document.NumberOfPages;

    /// <summary>The agenda's pages and, as these tests' papers are bare PDFsharp files with no tags, the page after it
    /// that names the papers a screen reader may not read (ADR-022).</summary>
    private static int AgendaAndNotAccessiblePages() => AgendaPages() + 1;

    private static (PdfReading Pdf, int Pages) Render(params PackItem[] items)
    {
        var pack = Packs.Render(SampleDocuments.StandardMinutes(items: 2), items);
        var pdf = new PdfReading(pack.Content);
        return (pdf, pack.Pages);
    }

    [Test]
    public void Render_AgendaThenEachItemsPapers_InAgendaOrder_WithBookmarks()
    {
        var agendaPages = AgendaAndNotAccessiblePages();
        var (pdf, pages) = Render(
            new PackItem("1. Buses stop too early", [new("Bus letter.pdf", FileKind.Pdf, PaperPdf("Bus letter", 2)), new("Bus stop.png", FileKind.Png, TestImages.Png(40, 30))]),
            new PackItem("2. Nothing sent", []),
            new PackItem("3. Day centre hours", [new("Day centre.pdf", FileKind.Pdf, PaperPdf("Day centre", 1))]));
        using (pdf)
        {
            // Agenda, item 1's page, its letter's 2 pages, item 3's page, its 1 page. Item 2 has no papers: no page; a picture has none.
            Assert.That(pages, Is.EqualTo(agendaPages + 1 + 2 + 1 + 1));
            Assert.That(pdf.Document.NumberOfPages, Is.EqualTo(pages));
            var at = 0;
            foreach (var text in new[]
                     {
                         "Papers for item 1. Buses stop too early", "Bus letter.pdf: PDF document", "2 pages, after this page.",
                         "Bus stop.png: picture", "Pictures are not in the pack. See it on the agenda", "Bus letter page 1", "Bus letter page 2",
                         "Papers for item 3. Day centre hours", "Day centre page 1",
                     })
            {
                var hit = pdf.Find(text, at);
                Assert.That(hit, Is.Not.Null, $"\"{text}\" missing or out of order");
                at = hit!.End;
            }
            Assert.That(pdf.Find("Nothing sent"), Is.Null);

            Assert.That(pdf.Document.TryGetBookmarks(out var bookmarks), Is.True);
            var roots = bookmarks!.Roots.Cast<DocumentBookmarkNode>().ToList();
            Assert.That(roots.Select(r => (r.Title, r.PageNumber)), Is.EqualTo(new[]
            {
                ("Agenda", 1), ("1. Buses stop too early", agendaPages + 1), ("3. Day centre hours", agendaPages + 4),
            }));
            Assert.That(roots[1].Children.Cast<DocumentBookmarkNode>().Select(c => (c.Title, c.PageNumber)),
                Is.EqualTo(new[] { ("Bus letter.pdf", agendaPages + 2), ("Bus stop.png", agendaPages + 1) }));
            Assert.That(roots[2].Children.Cast<DocumentBookmarkNode>().Select(c => (c.Title, c.PageNumber)),
                Is.EqualTo(new[] { ("Day centre.pdf", agendaPages + 5) }));
        }
    }

    [Test]
    public void Render_KeepsTheAgendasTags_AndTagsTheItemsPages()
    {
        var (pdf, _) = Render(new PackItem("1. Buses stop too early", [new("Bus letter.pdf", FileKind.Pdf, PaperPdf("Bus letter", 1))]));
        using (pdf)
        {
            var headings = pdf.StructureElements().Where(e => e.Tag == "H2").ToList();
            Assert.That(headings, Has.Count.GreaterThanOrEqualTo(3), "the agenda's sections and the item's page are tagged");
            Assert.That(pdf.Dictionary(pdf.Catalog, "MarkInfo"), Is.Not.Null);
            Assert.That(pdf.Get(pdf.Catalog, "Lang"), Is.Not.Null);
        }
    }

    [TestCase("locked")]
    [TestCase("broken")]
    [TestCase("missing")]
    [TestCase("empty")]
    public void Render_APaperThatCannotBeAdded_IsNamedAsLeftOut_AndThePackGoesOn(string trouble)
    {
        byte[]? bad = trouble switch
        {
            "locked" => PaperPdf("Locked", 2, password: "secret"),
            "broken" => "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"u8.ToArray(),
            "missing" => null,
            _ => [],
        };
        var agendaPages = AgendaAndNotAccessiblePages();
        var (pdf, pages) = Render(new PackItem("1. Buses stop too early",
            [new("Bad.pdf", FileKind.Pdf, bad), new("Good.pdf", FileKind.Pdf, PaperPdf("Good", 1))]));
        using (pdf)
        {
            Assert.That(pages, Is.EqualTo(agendaPages + 1 + 1));
            var named = pdf.Find("Bad.pdf: PDF document");
            Assert.That(named, Is.Not.Null);
            Assert.That(pdf.Find("It could not be put in the pack: it may be locked with a password, or damaged.", named!.End), Is.Not.Null);
            Assert.That(pdf.Find("Locked page"), Is.Null);
            Assert.That(pdf.Find("Good page 1"), Is.Not.Null);
        }
    }
}

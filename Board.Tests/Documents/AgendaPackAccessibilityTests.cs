using Board.Core.Files;
using Board.Web.Documents;
using Board.Web.Documents.Pdf;

namespace Board.Tests.Documents;

/// <summary>
/// The agenda pack's accessibility (issue 17, ADR-022): its own pages go through the finishing pass and pass the
/// conformance checks that can hold for a pack (nesting, complete streams, qpdf); a partner's untagged paper is named
/// as not accessible, up front and on its item's page, and a tagged one is not.
/// </summary>
public sealed class AgendaPackAccessibilityTests
{
    private static readonly AgendaPackRenderer Packs = new(TestRenderer.Renderer);

    private static byte[] TaggedPaper() => TestRenderer.Renderer.Render(SampleDocuments.StandardMinutes(items: 1));

    private static byte[] Pack() => Packs.Render(SampleDocuments.StandardMinutes(items: 2),
    [
        new PackItem("1. Buses stop too early", [new("Bus letter.pdf", FileKind.Pdf, AgendaPackRendererTests.PaperPdf("Bus letter", 2))]),
        new PackItem("2. Our minutes", [new("Last minutes.pdf", FileKind.Pdf, TaggedPaper())]),
    ]).Content;

    [Test]
    public void Render_PackWithPapers_PassesTheChecksThatHoldForAPack()
    {
        var pack = Pack();

        using var reading = new PdfReading(pack);
        Assert.Multiple(() =>
        {
            Assert.That(PdfConformance.Nesting(reading), Is.Empty, "marked content and text objects nest on every page");
            Assert.That(PdfConformance.IncompleteStreams(pack), Is.Empty, "every stream is complete, the papers' too");
            Assert.That(PdfConformance.Qpdf(pack), Is.Empty, "qpdf --check");
            Assert.That(PdfConformance.Xmp(reading), Is.EqualTo(new[] { "XMP has no pdfuaid:part 1" }), "the pack does not claim PDF/UA, and its XMP title is right");
            Assert.That(reading.StructureElements().Count(e => e.Tag == "H1"), Is.EqualTo(1), "the pack's own pages are tagged");
        });
    }

    [Test]
    public void Render_UntaggedPaper_IsNamedAsNotAccessible_UpFrontAndOnItsItemsPage()
    {
        using var reading = new PdfReading(Pack());

        Assert.Multiple(() =>
        {
            Assert.That(reading.Find("Papers a screen reader may not read"), Is.Not.Null, "a section after the agenda");
            Assert.That(reading.Find("Bus letter.pdf, for item 1. Buses stop too early"), Is.Not.Null, "the untagged paper is in its list");
            Assert.That(reading.Find("Last minutes.pdf, for item"), Is.Null, "the tagged paper is not");
            Assert.That(reading.Find("It is not accessible: it has no tags"), Is.Not.Null, "the item's page says so too");
        });
    }

    [Test]
    public void Render_APaperWhoseStreamDoesNotInflate_IsCopiedAsItIs_AndThePackIsStillMade()
    {
        var intact = AgendaPackRendererTests.PaperPdf("Broken letter", 1);
        var broken = (byte[])intact.Clone();
        var text = System.Text.Encoding.Latin1.GetString(broken);
        var dataAt = text.IndexOf("FlateDecode", StringComparison.Ordinal) is var filter and > 0
            ? text.IndexOf("stream\n", filter, StringComparison.Ordinal) + "stream\n".Length : -1;
        Assert.That(dataAt, Is.GreaterThan(0), "PDFsharp compresses a paper's page");
        byte[] garbage = [0xFF, 0xFE, 0xFD, 0xFC, 0xFB, 0xFA, 0xF9, 0xF8];
        garbage.CopyTo(broken, dataAt);

        static RenderedPdf PackWith(byte[] paper) => Packs.Render(SampleDocuments.StandardMinutes(items: 2),
            [new PackItem("1. Buses stop too early", [new("Broken letter.pdf", FileKind.Pdf, paper)])]);
        var pack = PackWith(broken);

        Assert.Multiple(() =>
        {
            Assert.That(pack.Pages, Is.EqualTo(PackWith(intact).Pages), "the paper's page is still in the pack");
            Assert.That(pack.Content.AsSpan().IndexOf(garbage), Is.GreaterThan(0), "its stream is copied as it is, not dropped or 'repaired'");
        });
    }

    [Test]
    public void IsTagged_OurRenderIsTagged_ABarePdfsharpFileIsNot()
    {
        using var tagged = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(TaggedPaper()), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        using var bare = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(AgendaPackRendererTests.PaperPdf("Bare", 1)), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);

        Assert.Multiple(() =>
        {
            Assert.That(PdfTagging.IsTagged(tagged), Is.True);
            Assert.That(PdfTagging.IsTagged(bare), Is.False);
        });
    }
}

using Board.Core.Documents;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Board.Web.Documents.Pdf;

/// <summary>
/// Renders a document as an A4, tagged PDF (PDF/UA): the structure tree gives headings, paragraphs, lists and figures
/// with alt text in reading order; page numbers and decoration are artifacts. Safe to call from many threads at once:
/// each render has its own PDF document, fonts and images.
/// </summary>
public sealed class PdfDocumentRenderer(IDocumentPictures pictures) : IPdfRenderer
{
    static PdfDocumentRenderer()
    {
        // PDFsharp is AGPL, as this project is; saying so once here means no caller has to remember.
        PdfSharpLicense.SetAgplLicense();
        DocumentFontResolver.Install();
    }

    public byte[] Render(DocumentContent content) => RenderWithPages(content).Content;

    /// <summary>The PDF and its page count, which the layout already knows (the archive shows it).</summary>
    RenderedPdf IPdfRenderer.Render(DocumentContent content) => RenderWithPages(content);

    /// <summary>The PDF, its page count, and the page each section starts on (the agenda pack puts papers after them).</summary>
    internal RenderedPdf RenderWithPages(DocumentContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        // Checked before any work, so a missing picture fails with its key rather than halfway through a page.
        foreach (var picture in content.Pictures)
        {
            if (!pictures.Contains(picture.Key) && content.OwnPictures?.ContainsKey(picture.Key) != true)
                throw new ArgumentException($"The document uses the picture \"{picture.Key}\", which is not in the picture set.", nameof(content));
        }

        var theme = DocumentTheme.For(content.Style);
        using var layout = new LayoutContext(theme, pictures, content.OwnPictures);
        var headings = new List<IDocumentPart>();
        var pages = Flow(content, layout, headings);
        // Where each section starts, so the agenda pack can put an item's papers after its page.
        var sectionPages = headings.Select(h => pages.Select((page, i) => (page, i)).First(p => p.page.Any(x => x.Part == h)).i).ToList();

        using var document = new PdfDocument();
        // The pictures are JPEGs already: compressing them again costs time on every render and saves almost nothing.
        document.Options.UseFlateDecoderForJpegImages = PdfUseFlateDecoderForJpegImages.Never;
        // PDFsharp's own Flate encoder leaves each zlib stream unfinished: the finishing pass compresses instead (ADR-020).
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        document.Info.Title = content.Title;
        document.Info.Creator = "PartnershipBoard";
        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage(content.Language);
        document.ViewerPreferences.DisplayDocTitle = true;

        for (var i = 0; i < pages.Count; i++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(theme.PageSize.Width);
            page.Height = XUnit.FromPoint(theme.PageSize.Height);
            using var graphics = XGraphics.FromPdfPage(page);
            var canvas = new PageCanvas(graphics, ua.StructureBuilder, theme);
            PageNumbersPart.Draw(canvas, i + 1, pages.Count);
            foreach (var placement in pages[i])
                placement.Part.Draw(canvas, placement.Top);
        }

        // Room for a typical easy read document up front, so the buffer is not copied each time it grows.
        using var output = new MemoryStream(1024 * 1024);
        document.Save(output, closeStream: false);
        // PDFsharp 6.5 writes the XMP metadata itself on save (with dc:title from Info) and offers no way to add the
        // pdfuaid:part claim; the finishing pass adds it, compresses the streams and nests marked content (ADR-020).
        return new RenderedPdf(PdfUaFinishing.Finish(output.ToArray(), declarePdfUa: true), pages.Count, sectionPages);
    }

    private static IReadOnlyList<IReadOnlyList<Placement>> Flow(DocumentContent content, LayoutContext layout, List<IDocumentPart> headings)
    {
        var theme = layout.Theme;
        var flow = new PageFlow(theme);
        flow.Add(new CoverPart(content.Cover, layout), 0);
        flow.NewPage();
        foreach (var section in content.Sections)
        {
            if (section.StartsNewPage)
                flow.NewPage();
            var heading = new SectionHeadingPart(section.Heading, layout);
            headings.Add(heading);
            flow.Add(heading, theme.SectionSpacing + theme.BlockSpacing, keepWithNext: section.Blocks.Count > 0);
            foreach (var block in section.Blocks)
                flow.Add(Part(block, layout), theme.BlockSpacing);
        }
        return flow.Finish();
    }

    private static IDocumentPart Part(DocumentBlock block, LayoutContext layout) => block switch
    {
        PictureRow row => new PictureRowPart(row, layout),
        VoteRow vote => new VoteRowPart(vote, layout),
        TextBlock text => new TextBlockPart(text, layout),
        ListBlock list => new ListBlockPart(list, layout),
        _ => throw new ArgumentException($"No PDF part for a {block.GetType().Name}.", nameof(block)),
    };
}

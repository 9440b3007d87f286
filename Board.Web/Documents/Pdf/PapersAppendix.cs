using Board.Core.Files;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PdfSharp.UniversalAccessibility;

namespace Board.Web.Documents.Pdf;

/// <summary>
/// Adds the items' papers after the agenda's pages, and the bookmarks. Our own pages (the item's page, a picture's
/// page, a "could not be added" page) are tagged like the agenda's; imported pages keep the content their authors
/// gave them and are not in our structure tree (ADR-013).
/// </summary>
internal sealed class PapersAppendix(IReadOnlyList<PackItem> items) : IPdfAppendix, IDisposable
{
    // The pictures are written when the document is saved, after Append returns, so they live as long as this does.
    private readonly List<XImage> _images = [];

    public void Append(PdfDocument document, StructureBuilder structure, LayoutContext layout)
    {
        document.Outlines.Add("Agenda", document.Pages[0], opened: true);
        foreach (var item in items.Where(i => i.Papers.Count > 0))
        {
            var itemPage = NewPage(document, layout.Theme);
            DrawItemPage(itemPage, structure, layout, item);
            var itemMark = document.Outlines.Add(item.Title, itemPage, opened: true);
            foreach (var paper in item.Papers)
            {
                var first = paper.Kind == FileKind.Pdf ? Import(document, paper) : Picture(document, structure, layout, paper);
                first ??= NotAdded(document, structure, layout, paper);
                itemMark.Outlines.Add(paper.Name, first);
            }
        }
    }

    /// <summary>The paper's pages, imported as they are; null (and nothing added) if it cannot be opened or copied.</summary>
    private static PdfPage? Import(PdfDocument document, PackPaper paper)
    {
        if (paper.Content is null)
            return null;
        var before = document.PageCount;
        try
        {
            using var source = PdfReader.Open(new MemoryStream(paper.Content, writable: false), PdfDocumentOpenMode.Import);
            if (source.PageCount == 0)
                return null;
            PdfPage? first = null;
            foreach (var page in source.Pages)
                first ??= document.AddPage(page);
            return first;
        }
        // A paper is someone else's file: whatever PDFsharp throws on a locked or damaged one, the pack goes on
        // without it (the pages already copied are taken out again), and the "not added" page says so.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            while (document.PageCount > before)
                document.Pages.RemoveAt(document.PageCount - 1);
            return null;
        }
    }

    private PdfPage? Picture(PdfDocument document, StructureBuilder structure, LayoutContext layout, PackPaper paper)
    {
        if (paper.Content is null || paper.Kind == FileKind.WebP)
            return null;
        XImage image;
        try
        {
            image = XImage.FromStream(new MemoryStream(paper.Content, writable: false));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
        _images.Add(image);
        var theme = layout.Theme;
        var page = NewPage(document, theme);
        using var graphics = XGraphics.FromPdfPage(page);
        var canvas = new PageCanvas(graphics, structure, theme);
        var y = canvas.Text(PdfBlockLevelElementTag.Heading3, layout.Wrap(paper.Name, theme.BlockHeading, theme.ContentWidth), theme.ContentLeft, theme.ContentTop);
        y += theme.BlockSpacing;
        var room = new XSize(theme.ContentWidth, theme.ContentBottom - y);
        var scale = Math.Min(room.Width / image.PointWidth, room.Height / image.PointHeight);
        scale = Math.Min(scale, 1.5); // a small picture is not blown up to a blur
        canvas.Figure(image, new XRect(theme.ContentLeft, y, image.PointWidth * scale, image.PointHeight * scale), $"A picture sent with the item: {paper.Name}");
        return page;
    }

    private static PdfPage NotAdded(PdfDocument document, StructureBuilder structure, LayoutContext layout, PackPaper paper)
    {
        var theme = layout.Theme;
        var page = NewPage(document, theme);
        using var graphics = XGraphics.FromPdfPage(page);
        var canvas = new PageCanvas(graphics, structure, theme);
        var y = canvas.Text(PdfBlockLevelElementTag.Heading3, layout.Wrap(paper.Name, theme.BlockHeading, theme.ContentWidth), theme.ContentLeft, theme.ContentTop);
        var why = paper.Kind == FileKind.Pdf
            ? "This paper could not be put in the pack: it may be locked with a password, or damaged."
            : "This picture could not be put in the pack.";
        foreach (var sentence in new[] { why, "You can open it from the agenda on the board's website." })
            y = canvas.Text(PdfBlockLevelElementTag.Paragraph, layout.Wrap(sentence, theme.Body, theme.ContentWidth), theme.ContentLeft, y + theme.ParagraphSpacing);
        return page;
    }

    private static void DrawItemPage(PdfPage page, StructureBuilder structure, LayoutContext layout, PackItem item)
    {
        var theme = layout.Theme;
        using var graphics = XGraphics.FromPdfPage(page);
        var canvas = new PageCanvas(graphics, structure, theme);
        var y = canvas.Text(PdfBlockLevelElementTag.Heading2, layout.Wrap($"Papers for item {item.Title}", theme.SectionHeading, theme.ContentWidth), theme.ContentLeft, theme.ContentTop);
        y += theme.BlockSpacing;
        canvas.Begin(PdfBlockLevelElementTag.Paragraph);
        y = canvas.DrawLines(layout.Wrap(item.Papers.Count == 1 ? "This item has 1 paper:" : $"This item has {item.Papers.Count} papers:", theme.Body, theme.ContentWidth), theme.ContentLeft, y);
        canvas.End();
        foreach (var paper in item.Papers)
        {
            var line = $"{paper.Name} ({PaperLabels.Kind(paper.Kind)}, {PaperLabels.Size(paper.Content?.LongLength ?? 0)})";
            y = canvas.Text(PdfBlockLevelElementTag.Paragraph, layout.Wrap(line, theme.Body, theme.ContentWidth), theme.ContentLeft, y + theme.ParagraphSpacing);
        }
    }

    private static PdfPage NewPage(PdfDocument document, DocumentTheme theme)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(theme.PageSize.Width);
        page.Height = XUnit.FromPoint(theme.PageSize.Height);
        return page;
    }

    public void Dispose()
    {
        foreach (var image in _images)
            image.Dispose();
    }
}

using Board.Core.Documents;
using Board.Core.Files;

namespace Board.Web.Documents.Pdf;

/// <summary>A paper as it goes into the pack: its name, its checked kind, and its bytes (null if the file could not be read).</summary>
public sealed record PackPaper(string Name, FileKind Kind, byte[]? Content);

/// <summary>An agenda item in the pack: its numbered title and its papers in the order sent.</summary>
public sealed record PackItem(string Title, IReadOnlyList<PackPaper> Papers);

/// <summary>
/// The agenda pack: the standard agenda (rendered here, so its pages keep their PDF/UA tags), then for each item with
/// papers a page naming them, then the papers themselves: a PDF's own pages imported as they are, a picture on a page
/// of its own. A paper that cannot be added (locked, damaged, a kind PDFsharp cannot draw) gets a page saying so,
/// so one bad file never stops the pack. Bookmarks: "Agenda", then each item with its papers under it.
/// </summary>
public sealed class AgendaPackRenderer(PdfDocumentRenderer renderer)
{
    public RenderedPdf Render(DocumentContent agenda, IReadOnlyList<PackItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var papers = new PapersAppendix(items);
        return renderer.RenderWithPages(agenda, papers);
    }
}

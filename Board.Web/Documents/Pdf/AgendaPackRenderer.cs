using Board.Core.Documents;
using Board.Core.Files;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Board.Web.Documents.Pdf;

/// <summary>A paper as it goes into the pack: its name, its checked kind, and its bytes (null if the file could not be read).</summary>
public sealed record PackPaper(string Name, FileKind Kind, byte[]? Content);

/// <summary>An agenda item in the pack: its numbered title and its papers in the order sent.</summary>
public sealed record PackItem(string Title, IReadOnlyList<PackPaper> Papers);

/// <summary>
/// The agenda pack: the agenda, then for each item with papers a page naming them, each followed by its PDFs' own
/// pages, imported as they are. Our pages (the agenda and the items' pages) are rendered as one tagged document and
/// keep their tags; PDFsharp's accessibility manager refuses imported pages, so the papers are imported afterwards
/// into the saved, tagged file (ADR-013). Pictures are not put in: the item's page lists them to see on the agenda
/// online. A PDF that cannot be imported (locked, damaged) is named on its item's page as left out, never a crash.
/// Bookmarks: "Agenda", then each item with its papers under it.
/// </summary>
public sealed class AgendaPackRenderer(PdfDocumentRenderer renderer)
{
    public RenderedPdf Render(DocumentContent agenda, IReadOnlyList<PackItem> items)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(items);
        var withPapers = items.Where(i => i.Papers.Count > 0).ToList();
        var sources = withPapers.Select(i => i.Papers.Select(Open).ToList()).ToList();
        try
        {
            var sections = agenda.Sections.ToList();
            var firstPaperSection = sections.Count;
            for (var i = 0; i < withPapers.Count; i++)
                sections.Add(ItemSection(withPapers[i], sources[i]));
            var rendered = renderer.RenderWithPages(agenda with { Sections = sections });
            return Assemble(rendered, firstPaperSection, withPapers, sources);
        }
        finally
        {
            foreach (var source in sources.SelectMany(s => s))
                source?.Dispose();
        }
    }

    private static RenderedPdf Assemble(RenderedPdf rendered, int firstPaperSection, IReadOnlyList<PackItem> items, IReadOnlyList<List<PdfDocument?>> sources)
    {
        using var document = PdfReader.Open(new MemoryStream(rendered.Content, writable: false), PdfDocumentOpenMode.Modify);
        document.Outlines.Add("Agenda", document.Pages[0], opened: true);
        var starts = rendered.SectionPages!;
        var inserted = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var section = firstPaperSection + i;
            var itemPage = document.Pages[starts[section] + inserted];
            // The item's own page(s) end where the next section starts, or at the end of the rendered document.
            var at = (section + 1 < starts.Count ? starts[section + 1] : rendered.Pages) + inserted;
            var itemMark = document.Outlines.Add(items[i].Title, itemPage, opened: true);
            for (var p = 0; p < items[i].Papers.Count; p++)
            {
                PdfPage? first = null;
                if (sources[i][p] is { } source)
                {
                    foreach (var page in source.Pages)
                    {
                        var copy = document.InsertPage(at++, page);
                        // The paper's own structure tree is not copied, so its keys would point into ours: drop them.
                        copy.Elements.Remove("/StructParents");
                        first ??= copy;
                        inserted++;
                    }
                }
                itemMark.Outlines.Add(items[i].Papers[p].Name, first ?? itemPage);
            }
        }
        var pages = document.PageCount;
        using var output = new MemoryStream(rendered.Content.Length * 2);
        document.Save(output, closeStream: false);
        return new RenderedPdf(output.ToArray(), pages);
    }

    private static DocumentSection ItemSection(PackItem item, IReadOnlyList<PdfDocument?> sources)
    {
        var lines = new List<string> { item.Papers.Count == 1 ? "This item has 1 paper." : $"This item has {item.Papers.Count} papers." };
        for (var p = 0; p < item.Papers.Count; p++)
        {
            var paper = item.Papers[p];
            var kind = paper.Kind == FileKind.Pdf ? PaperLabels.Kind(paper.Kind) : PaperLabels.Kind(paper.Kind).ToLowerInvariant();
            var about = paper.Content is { } content ? $"{paper.Name}: {kind}, {PaperLabels.Size(content.LongLength)}." : $"{paper.Name}: {kind}.";
            lines.Add(paper.Kind switch
            {
                FileKind.Pdf when sources[p] is { } source => $"{about} {Pages(source.PageCount)}, after this page.",
                FileKind.Pdf => $"{about} It could not be put in the pack: it may be locked with a password, or damaged. Open it from the agenda on the board's website.",
                _ => $"{about} Pictures are not in the pack. See it on the agenda on the board's website.",
            });
        }
        return new DocumentSection($"Papers for item {item.Title}", [new TextBlock(null, lines)], StartsNewPage: true);
    }

    private static string Pages(int count) => count == 1 ? "1 page" : $"{count} pages";

    /// <summary>The paper opened for import, or null if it is not a PDF PDFsharp can read without a password.</summary>
    private static PdfDocument? Open(PackPaper paper)
    {
        if (paper.Kind != FileKind.Pdf || paper.Content is not { Length: > 0 } content)
            return null;
        try
        {
            var source = PdfReader.Open(new MemoryStream(content, writable: false), PdfDocumentOpenMode.Import);
            if (source.PageCount > 0)
                return source;
            source.Dispose();
            return null;
        }
        // A paper is someone else's file: whatever PDFsharp throws on a locked or damaged one, the pack goes on without it.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }
}

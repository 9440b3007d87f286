using Board.Core.Documents;
using Board.Core.Files;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Board.Web.Documents.Pdf;

/// <summary>A paper as it goes into the pack: its name, its checked kind, and its bytes (null if the file could not be
/// read); <paramref name="TooLong"/> when it was not even read because the pack's bytes would pass their cap.</summary>
public sealed record PackPaper(string Name, FileKind Kind, byte[]? Content, bool TooLong = false);

/// <summary>How much one pack may hold. A paper over a cap is left out and named, never cut short (ADR-013).</summary>
public sealed record PackLimits(int PagesPerPaper = 200, int PagesPerPack = 1_000, long BytesPerPack = 50L * 1024 * 1024)
{
    public static readonly PackLimits Default = new();
}

/// <summary>An agenda item in the pack: its numbered title and its papers in the order sent.</summary>
public sealed record PackItem(string Title, IReadOnlyList<PackPaper> Papers);

/// <summary>
/// The agenda pack: the agenda, then for each item with papers a page naming them, each followed by its PDFs' own
/// pages, imported as they are. Our pages (the agenda and the items' pages) are rendered as one tagged document and
/// keep their tags; PDFsharp's accessibility manager refuses imported pages, so the papers are imported afterwards
/// into the saved, tagged file (ADR-013). Pictures are not put in: the item's page lists them to see on the agenda
/// online. A PDF that cannot be imported (locked, damaged, or anything PDFsharp throws on it) or that is over a cap
/// (<see cref="PackLimits"/>) is named on its item's page as left out, never a crash. Each paper is first imported into
/// a scratch document, so a paper that throws is known before the item's page says what follows it.
/// Bookmarks: "Agenda", then each item with its papers under it.
/// </summary>
public sealed class AgendaPackRenderer(PdfDocumentRenderer renderer)
{
    /// <summary>A test seam: called as each paper is tried, so a test can make one throw like a hostile file.</summary>
    internal Action<PackPaper>? BeforeImport { get; set; }

    public RenderedPdf Render(DocumentContent agenda, IReadOnlyList<PackItem> items, PackLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(items);
        limits ??= PackLimits.Default;
        var withPapers = items.Where(i => i.Papers.Count > 0).ToList();
        var pagesLeft = limits.PagesPerPack;
        var sources = withPapers.Select(i => i.Papers.Select(paper => Open(paper, limits, ref pagesLeft)).ToList()).ToList();
        try
        {
            var sections = agenda.Sections.ToList();
            // Said up front, after the agenda, as well as on each item's page: nothing about a paper is hidden (issue 17).
            var untagged = NotAccessible(withPapers, sources);
            if (untagged.Count > 0)
                sections.Add(new DocumentSection("Papers a screen reader may not read", [new ListBlock(
                    "These papers were sent to the board without the tags a screen reader needs. Ask the coordinator for a copy you can read.", untagged)]));
            var firstPaperSection = sections.Count;
            for (var i = 0; i < withPapers.Count; i++)
                sections.Add(ItemSection(withPapers[i], sources[i]));
            var rendered = renderer.RenderWithPages(agenda with { Sections = sections });
            return Assemble(rendered, firstPaperSection, withPapers, sources) with { NotAccessible = untagged };
        }
        finally
        {
            foreach (var source in sources.SelectMany(s => s))
                source.Document?.Dispose();
        }
    }

    private static RenderedPdf Assemble(RenderedPdf rendered, int firstPaperSection, IReadOnlyList<PackItem> items, IReadOnlyList<List<Opened>> sources)
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
                if (sources[i][p].Document is { } source)
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
        // PDFsharp's own Flate encoder would leave our streams unfinished again: save them plain and let the finishing
        // pass compress them (ADR-020, ADR-022). No PDF/UA claim: the papers' pages are not tagged in the pack.
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        using var output = new MemoryStream(rendered.Content.Length * 2);
        document.Save(output, closeStream: false);
        // The papers' streams are someone else's: the pass copies any it cannot read as they are (foreignObjects).
        return new RenderedPdf(PdfUaFinishing.Finish(output.ToArray(), declarePdfUa: false, foreignObjects: true), pages);
    }

    private static DocumentSection ItemSection(PackItem item, IReadOnlyList<Opened> sources)
    {
        var lines = new List<string> { item.Papers.Count == 1 ? "This item has 1 paper." : $"This item has {item.Papers.Count} papers." };
        for (var p = 0; p < item.Papers.Count; p++)
        {
            var paper = item.Papers[p];
            var kind = paper.Kind == FileKind.Pdf ? PaperLabels.Kind(paper.Kind) : PaperLabels.Kind(paper.Kind).ToLowerInvariant();
            var about = paper.Content is { } content ? $"{paper.Name}: {kind}, {PaperLabels.Size(content.LongLength)}." : $"{paper.Name}: {kind}.";
            lines.Add(paper.Kind switch
            {
                FileKind.Pdf when sources[p] is { Document: { } source, Tagged: false } =>
                    $"{about} {Pages(source.PageCount)}, after this page. It is not accessible: it has no tags, so a screen reader may not read it well.",
                FileKind.Pdf when sources[p].Document is { } source => $"{about} {Pages(source.PageCount)}, after this page.",
                FileKind.Pdf when sources[p].TooLong => $"{about} It is left out because it is too long to put in the pack; download it on its own from the agenda on the board's website.",
                FileKind.Pdf => $"{about} It could not be put in the pack: it may be locked with a password, or damaged. Open it from the agenda on the board's website.",
                _ => $"{about} Pictures are not in the pack. See it on the agenda on the board's website.",
            });
        }
        return new DocumentSection($"Papers for item {item.Title}", [new TextBlock(null, lines)], StartsNewPage: true);
    }

    private static List<string> NotAccessible(IReadOnlyList<PackItem> items, IReadOnlyList<List<Opened>> sources) =>
        items.SelectMany((item, i) => item.Papers.Select((paper, p) => (item, paper, opened: sources[i][p])))
            .Where(x => x.opened is { Document: not null, Tagged: false })
            .Select(x => $"{x.paper.Name}, for item {x.item.Title}").ToList();

    private static string Pages(int count) => count == 1 ? "1 page" : $"{count} pages";

    /// <summary>A paper opened for import (Document), or why not: too long for the pack, or unreadable (neither).</summary>
    private readonly record struct Opened(PdfDocument? Document, bool TooLong, bool Tagged = true);

    /// <summary>The paper opened and tried, or left out: not a PDF PDFsharp can read without a password, anything it
    /// throws while copying the pages, or more pages than the paper's or the pack's cap allows.</summary>
    private Opened Open(PackPaper paper, PackLimits limits, ref int pagesLeft)
    {
        if (paper.TooLong)
            return new(null, TooLong: true);
        if (paper.Kind != FileKind.Pdf || paper.Content is not { Length: > 0 } content)
            return new(null, false);
        PdfDocument? source = null;
        try
        {
            BeforeImport?.Invoke(paper);
            source = PdfReader.Open(new MemoryStream(content, writable: false), PdfDocumentOpenMode.Import);
            var pages = source.PageCount;
            if (pages == 0)
            {
                source.Dispose();
                return new(null, false);
            }
            if (pages > limits.PagesPerPaper || pages > pagesLeft)
            {
                source.Dispose();
                return new(null, TooLong: true);
            }
            // The trial copy: whatever throws here throws before the item's page promises the paper's pages.
            using (var scratch = new PdfDocument())
                foreach (var page in source.Pages)
                    scratch.AddPage(page);
            var tagged = PdfTagging.IsTagged(source);
            pagesLeft -= pages;
            return new(source, false, tagged);
        }
        // A paper is someone else's file: whatever PDFsharp throws on a locked or damaged one, the pack goes on without it.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            source?.Dispose();
            return new(null, false);
        }
    }
}

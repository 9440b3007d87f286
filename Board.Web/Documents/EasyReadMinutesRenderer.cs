using Board.Core.Documents;

namespace Board.Web.Documents;

/// <summary>One part of split minutes, rendered.</summary>
public sealed record RenderedPart(MinutesPart Part, RenderedPdf Pdf);

/// <summary>
/// The easy read minutes as published: one PDF when they fit in 24 pages, else a summary (kept where the whole
/// minutes would be) and parts (ADR-022). <paramref name="Document"/> is the whole minutes or the summary.
/// </summary>
public sealed record RenderedMinutes(DocumentContent Content, RenderedPdf Document, MinutesSplit Split, IReadOnlyList<RenderedPart> Parts);

/// <summary>
/// Renders the easy read minutes once; only minutes that come to more than 24 pages are built again as a summary and
/// parts, so a short meeting costs no extra pass. A part that still comes to more than 24 pages (items far longer
/// than usual) makes the parts be planned again with fewer items each.
/// </summary>
public sealed class EasyReadMinutesRenderer(IPdfRenderer renderer)
{
    public RenderedMinutes Render(MinutesFacts facts, StandardPictures pictures)
    {
        var whole = MinutesDocuments.EasyRead(facts, pictures);
        var pdf = renderer.Render(whole);
        var numbers = facts.Items.Select(i => i.Number).ToList();
        var split = MinutesParts.Plan(numbers, pdf.Pages);
        if (!split.IsSplit)
            return new RenderedMinutes(whole, pdf, split, []);

        int? perPart = MinutesParts.ItemsPerPart;
        List<RenderedPart> parts;
        do
        {
            split = MinutesParts.Plan(numbers, pdf.Pages, itemsPerPart: perPart.Value);
            parts = split.Parts.Select(p => new RenderedPart(p, renderer.Render(SplitMinutesDocuments.Part(facts, p, pictures)))).ToList();
            perPart = parts.Any(p => p.Pdf.Pages > MinutesParts.MostPages) ? MinutesParts.Fewer(perPart.Value) : null;
        }
        while (perPart is not null);

        var summary = SplitMinutesDocuments.Summary(facts, split, pictures);
        return new RenderedMinutes(summary, renderer.Render(summary), split, parts);
    }
}

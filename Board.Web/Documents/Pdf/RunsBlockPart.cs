using PdfSharp.UniversalAccessibility;

namespace Board.Web.Documents.Pdf;

/// <summary>
/// A block of wrapped runs (paragraphs or list entries) under an optional heading (H3): measuring, and cutting between
/// runs when the block is taller than a page, are the same for both; only drawing the runs differs.
/// </summary>
internal abstract class RunsBlockPart : ISplittablePart
{
    protected RunsBlockPart(TextRun? heading, IReadOnlyList<TextRun> runs, DocumentTheme theme)
    {
        Heading = heading;
        Runs = runs;
        Theme = theme;
        Height = HeightOf(runs.Count);
    }

    public double Height { get; }

    protected TextRun? Heading { get; }
    protected IReadOnlyList<TextRun> Runs { get; }
    protected DocumentTheme Theme { get; }

    public (IDocumentPart First, IDocumentPart Remainder)? Split(double height)
    {
        var count = 0;
        while (count < Runs.Count && HeightOf(count + 1) <= height)
            count++;
        if (count == 0 || count == Runs.Count)
            return null;
        return (With(Heading, Runs.Take(count).ToList()), With(null, Runs.Skip(count).ToList()));
    }

    public void Draw(PageCanvas canvas, double top)
    {
        var y = top;
        if (Heading is not null)
            y = canvas.Text(PdfBlockLevelElementTag.Heading3, Heading, Theme.ContentLeft, y) + Theme.HeadingSpacing;
        DrawRuns(canvas, y);
    }

    /// <summary>The same kind of block with other runs: the two pieces of a split.</summary>
    protected abstract RunsBlockPart With(TextRun? heading, IReadOnlyList<TextRun> runs);

    protected abstract void DrawRuns(PageCanvas canvas, double top);

    private double HeightOf(int runs) =>
        (Heading is null ? 0 : Heading.Height + Theme.HeadingSpacing)
        + Runs.Take(runs).Sum(r => r.Height) + Math.Max(0, runs - 1) * Theme.ParagraphSpacing;
}

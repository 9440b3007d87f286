using Board.Core.Documents;
using PdfSharp.UniversalAccessibility;

namespace Board.Web.Documents.Pdf;

/// <summary>Prose for the standard style: an optional heading (H3) and paragraphs across the full width.</summary>
internal sealed class TextBlockPart : RunsBlockPart
{
    public TextBlockPart(TextBlock block, LayoutContext layout)
        : base(
            block.Heading is null ? null : layout.Wrap(block.Heading, layout.Theme.BlockHeading, layout.Theme.ContentWidth),
            block.Paragraphs.Select(p => layout.Wrap(p, layout.Theme.Body, layout.Theme.ContentWidth)).ToList(),
            layout.Theme)
    {
    }

    private TextBlockPart(TextRun? heading, IReadOnlyList<TextRun> paragraphs, DocumentTheme theme)
        : base(heading, paragraphs, theme)
    {
    }

    protected override RunsBlockPart With(TextRun? heading, IReadOnlyList<TextRun> runs) => new TextBlockPart(heading, runs, Theme);

    protected override void DrawRuns(PageCanvas canvas, double top)
    {
        var y = top;
        foreach (var paragraph in Runs)
            y = canvas.Text(PdfBlockLevelElementTag.Paragraph, paragraph, Theme.ContentLeft, y) + Theme.ParagraphSpacing;
    }
}

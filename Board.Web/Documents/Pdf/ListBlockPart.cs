using Board.Core.Documents;
using PdfSharp.UniversalAccessibility;

namespace Board.Web.Documents.Pdf;

/// <summary>A bulleted list (L, LI, LBody) under an optional heading (H3). The bullets are drawn, as artifacts.</summary>
internal sealed class ListBlockPart : RunsBlockPart
{
    public ListBlockPart(ListBlock block, LayoutContext layout)
        : base(
            block.Heading is null ? null : layout.Wrap(block.Heading, layout.Theme.BlockHeading, layout.Theme.ContentWidth),
            block.Entries.Select(e => layout.Wrap(e, layout.Theme.Body, layout.Theme.ContentWidth - Indent(layout.Theme))).ToList(),
            layout.Theme)
    {
    }

    private ListBlockPart(TextRun? heading, IReadOnlyList<TextRun> entries, DocumentTheme theme)
        : base(heading, entries, theme)
    {
    }

    private static double Indent(DocumentTheme theme) => theme.Body.Size * 1.5;

    protected override RunsBlockPart With(TextRun? heading, IReadOnlyList<TextRun> runs) => new ListBlockPart(heading, runs, Theme);

    protected override void DrawRuns(PageCanvas canvas, double top)
    {
        if (Runs.Count == 0)
            return;
        var x = Theme.ContentLeft;
        var y = top;
        canvas.Begin(PdfBlockLevelElementTag.List);
        foreach (var entry in Runs)
        {
            var dot = Theme.Body.Size / 3;
            var centre = y + entry.LineHeight / 2;
            canvas.Artifact(g => g.DrawEllipse(Theme.Text, x + dot / 2, centre - dot / 2, dot, dot));
            canvas.Begin(PdfBlockLevelElementTag.ListItem);
            y = canvas.Text(PdfBlockLevelElementTag.ListBody, entry, x + Indent(Theme), y) + Theme.ParagraphSpacing;
            canvas.End();
        }
        canvas.End();
    }
}

using Board.Core.Documents;
using PdfSharp.UniversalAccessibility;

namespace Board.Web.Documents.Pdf;

/// <summary>A bulleted list (L, LI, LBody) under an optional heading (H3). The bullets are drawn, as artifacts.</summary>
internal sealed class ListBlockPart : ISplittablePart
{
    private readonly TextRun? _heading;
    private readonly IReadOnlyList<TextRun> _entries;
    private readonly DocumentTheme _theme;

    public ListBlockPart(ListBlock block, LayoutContext layout)
        : this(
            block.Heading is null ? null : layout.Wrap(block.Heading, layout.Theme.BlockHeading, layout.Theme.ContentWidth),
            block.Entries.Select(e => layout.Wrap(e, layout.Theme.Body, layout.Theme.ContentWidth - Indent(layout.Theme))).ToList(),
            layout.Theme)
    {
    }

    private ListBlockPart(TextRun? heading, IReadOnlyList<TextRun> entries, DocumentTheme theme)
    {
        _heading = heading;
        _entries = entries;
        _theme = theme;
        Height = HeightOf(entries.Count);
    }

    public double Height { get; }

    private static double Indent(DocumentTheme theme) => theme.Body.Size * 1.5;

    private double HeightOf(int entries) =>
        (_heading is null ? 0 : _heading.Height + _theme.HeadingSpacing)
        + _entries.Take(entries).Sum(e => e.Height) + Math.Max(0, entries - 1) * _theme.ParagraphSpacing;

    public (IDocumentPart First, IDocumentPart Remainder)? Split(double height)
    {
        var count = 0;
        while (count < _entries.Count && HeightOf(count + 1) <= height)
            count++;
        if (count == 0 || count == _entries.Count)
            return null;
        return (new ListBlockPart(_heading, _entries.Take(count).ToList(), _theme),
                new ListBlockPart(null, _entries.Skip(count).ToList(), _theme));
    }

    public void Draw(PageCanvas canvas, double top)
    {
        var x = _theme.ContentLeft;
        var y = top;
        if (_heading is not null)
            y = canvas.Text(PdfBlockLevelElementTag.Heading3, _heading, x, y) + _theme.HeadingSpacing;
        if (_entries.Count == 0)
            return;
        canvas.Begin(PdfBlockLevelElementTag.List);
        foreach (var entry in _entries)
        {
            var dot = _theme.Body.Size / 3;
            var centre = y + entry.LineHeight / 2;
            canvas.Artifact(g => g.DrawEllipse(_theme.Text, x + dot / 2, centre - dot / 2, dot, dot));
            canvas.Begin(PdfBlockLevelElementTag.ListItem);
            y = canvas.Text(PdfBlockLevelElementTag.ListBody, entry, x + Indent(_theme), y) + _theme.ParagraphSpacing;
            canvas.End();
        }
        canvas.End();
    }
}

using Board.Core.Documents;
using PdfSharp.UniversalAccessibility;

namespace Board.Web.Documents.Pdf;

/// <summary>Prose for the standard style: an optional heading (H3) and paragraphs across the full width.</summary>
internal sealed class TextBlockPart : ISplittablePart
{
    private readonly TextRun? _heading;
    private readonly IReadOnlyList<TextRun> _paragraphs;
    private readonly DocumentTheme _theme;

    public TextBlockPart(TextBlock block, LayoutContext layout)
        : this(
            block.Heading is null ? null : layout.Wrap(block.Heading, layout.Theme.BlockHeading, layout.Theme.ContentWidth),
            block.Paragraphs.Select(p => layout.Wrap(p, layout.Theme.Body, layout.Theme.ContentWidth)).ToList(),
            layout.Theme)
    {
    }

    private TextBlockPart(TextRun? heading, IReadOnlyList<TextRun> paragraphs, DocumentTheme theme)
    {
        _heading = heading;
        _paragraphs = paragraphs;
        _theme = theme;
        Height = HeightOf(paragraphs.Count);
    }

    public double Height { get; }

    private double HeightOf(int paragraphs) =>
        (_heading is null ? 0 : _heading.Height + _theme.HeadingSpacing)
        + _paragraphs.Take(paragraphs).Sum(p => p.Height) + Math.Max(0, paragraphs - 1) * _theme.ParagraphSpacing;

    public (IDocumentPart First, IDocumentPart Remainder)? Split(double height)
    {
        var count = 0;
        while (count < _paragraphs.Count && HeightOf(count + 1) <= height)
            count++;
        if (count == 0 || count == _paragraphs.Count)
            return null;
        return (new TextBlockPart(_heading, _paragraphs.Take(count).ToList(), _theme),
                new TextBlockPart(null, _paragraphs.Skip(count).ToList(), _theme));
    }

    public void Draw(PageCanvas canvas, double top)
    {
        var x = _theme.ContentLeft;
        var y = top;
        if (_heading is not null)
            y = canvas.Text(PdfBlockLevelElementTag.Heading3, _heading, x, y) + _theme.HeadingSpacing;
        foreach (var paragraph in _paragraphs)
            y = canvas.Text(PdfBlockLevelElementTag.Paragraph, paragraph, x, y) + _theme.ParagraphSpacing;
    }
}

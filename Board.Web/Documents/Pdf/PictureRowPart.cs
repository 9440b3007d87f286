using Board.Core.Documents;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace Board.Web.Documents.Pdf;

/// <summary>One idea: the picture on the left, then the heading (H3) and one paragraph per sentence on the right.
/// The picture comes first in the reading order too, as the reader sees it first.</summary>
internal sealed class PictureRowPart : IDocumentPart
{
    private readonly DocumentPicture _picture;
    private readonly LayoutContext _layout;
    private readonly TextRun? _heading;
    private readonly IReadOnlyList<TextRun> _sentences;

    public PictureRowPart(PictureRow row, LayoutContext layout)
    {
        _picture = row.Row;
        _layout = layout;
        var theme = layout.Theme;
        var width = TextWidth(theme);
        _heading = row.Heading is null ? null : layout.Wrap(row.Heading, theme.BlockHeading, width);
        _sentences = row.Sentences.Select(s => layout.Wrap(s, theme.Body, width)).ToList();
        var textHeight = (_heading is null ? 0 : _heading.Height + theme.HeadingSpacing)
                         + _sentences.Sum(s => s.Height) + Math.Max(0, _sentences.Count - 1) * theme.ParagraphSpacing;
        Height = Math.Max(theme.PictureSize, textHeight);
    }

    public double Height { get; }

    public static double TextLeft(DocumentTheme theme) => theme.ContentLeft + theme.PictureSize + theme.PictureGap;

    public static double TextWidth(DocumentTheme theme) => theme.ContentRight - TextLeft(theme);

    public void Draw(PageCanvas canvas, double top)
    {
        var theme = canvas.Theme;
        DrawPicture(canvas, _layout, _picture, top);
        var x = TextLeft(theme);
        var y = top;
        if (_heading is not null)
            y = canvas.Text(PdfBlockLevelElementTag.Heading3, _heading, x, y) + theme.HeadingSpacing;
        foreach (var sentence in _sentences)
            y = canvas.Text(PdfBlockLevelElementTag.Paragraph, sentence, x, y) + theme.ParagraphSpacing;
    }

    public static void DrawPicture(PageCanvas canvas, LayoutContext layout, DocumentPicture picture, double top)
    {
        var size = canvas.Theme.PictureSize;
        canvas.Figure(layout.Image(picture.Key), new XRect(canvas.Theme.ContentLeft, top, size, size), picture.Alt);
    }
}

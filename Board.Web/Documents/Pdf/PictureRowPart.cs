using Board.Core.Documents;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace Board.Web.Documents.Pdf;

/// <summary>One idea: the picture on the left, then the heading (H3) and one paragraph per sentence on the right, or
/// a list (L, LI, LBody) when the sentences are one (the names of who came). The heading is read first, then the
/// picture, so a screen reader says what the row is about before describing its picture (issue 17). A row taller
/// than a whole page (a very long note) is cut between sentences, and the picture is repeated beside the rest.</summary>
internal sealed class PictureRowPart : ISplittablePart
{
    private readonly DocumentPicture _picture;
    private readonly LayoutContext _layout;
    private readonly TextRun? _heading;
    private readonly IReadOnlyList<TextRun> _sentences;
    private readonly bool _isList;

    public PictureRowPart(PictureRow row, LayoutContext layout)
        : this(row.Row, row.IsList, layout,
            row.Heading is null ? null : layout.Wrap(row.Heading, layout.Theme.BlockHeading, TextWidth(layout.Theme)),
            row.Sentences.Select(s => layout.Wrap(s, layout.Theme.Body, TextWidth(layout.Theme))).ToList())
    {
    }

    private PictureRowPart(DocumentPicture picture, bool isList, LayoutContext layout, TextRun? heading, IReadOnlyList<TextRun> sentences)
    {
        _picture = picture;
        _isList = isList;
        _layout = layout;
        _heading = heading;
        _sentences = sentences;
        Height = HeightOf(sentences.Count);
    }

    private double HeightOf(int sentences)
    {
        var theme = _layout.Theme;
        var text = (_heading is null ? 0 : _heading.Height + theme.HeadingSpacing)
                   + _sentences.Take(sentences).Sum(s => s.Height) + Math.Max(0, sentences - 1) * theme.ParagraphSpacing;
        return Math.Max(theme.PictureSize, text);
    }

    public (IDocumentPart First, IDocumentPart Remainder)? Split(double height)
    {
        var count = 0;
        while (count < _sentences.Count && HeightOf(count + 1) <= height)
            count++;
        if (count == 0 || count == _sentences.Count)
            return null;
        return (new PictureRowPart(_picture, _isList, _layout, _heading, _sentences.Take(count).ToList()),
                new PictureRowPart(_picture, _isList, _layout, null, _sentences.Skip(count).ToList()));
    }

    public double Height { get; }

    public static double TextLeft(DocumentTheme theme) => theme.ContentLeft + theme.PictureSize + theme.PictureGap;

    public static double TextWidth(DocumentTheme theme) => theme.ContentRight - TextLeft(theme);

    public void Draw(PageCanvas canvas, double top)
    {
        var theme = canvas.Theme;
        var x = TextLeft(theme);
        var y = top;
        if (_heading is not null)
            y = canvas.Text(PdfBlockLevelElementTag.Heading3, _heading, x, y) + theme.HeadingSpacing;
        DrawPicture(canvas, _layout, _picture, top);
        if (_isList)
            canvas.Begin(PdfBlockLevelElementTag.List);
        foreach (var sentence in _sentences)
        {
            if (_isList)
                canvas.Begin(PdfBlockLevelElementTag.ListItem);
            y = canvas.Text(_isList ? PdfBlockLevelElementTag.ListBody : PdfBlockLevelElementTag.Paragraph, sentence, x, y) + theme.ParagraphSpacing;
            if (_isList)
                canvas.End();
        }
        if (_isList)
            canvas.End();
    }

    public static void DrawPicture(PageCanvas canvas, LayoutContext layout, DocumentPicture picture, double top)
    {
        var size = canvas.Theme.PictureSize;
        canvas.Figure(layout.Image(picture.Key), new XRect(canvas.Theme.ContentLeft, top, size, size), picture.Alt);
    }
}

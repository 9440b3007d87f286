using Board.Core.Documents;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace Board.Web.Documents.Pdf;

/// <summary>The first page, alone: whose document, what it is (the one H1) and when, with a big picture.</summary>
internal sealed class CoverPart : IDocumentPart
{
    private readonly DocumentCover _cover;
    private readonly LayoutContext _layout;
    private readonly TextRun _board;
    private readonly TextRun _title;
    private readonly TextRun _date;

    public CoverPart(DocumentCover cover, LayoutContext layout)
    {
        _cover = cover;
        _layout = layout;
        var theme = layout.Theme;
        _board = layout.Wrap(cover.BoardName, theme.CoverText, theme.ContentWidth);
        _title = layout.Wrap(cover.Kind, theme.CoverTitle, theme.ContentWidth);
        _date = layout.Wrap(cover.DateText, theme.CoverText, theme.ContentWidth);
    }

    public double Height => _layout.Theme.ContentBottom - _layout.Theme.ContentTop;

    public void Draw(PageCanvas canvas, double top)
    {
        var theme = canvas.Theme;
        var x = theme.ContentLeft;
        var y = top + 2 * DocumentTheme.Cm;
        y = canvas.Text(PdfBlockLevelElementTag.Paragraph, _board, x, y) + theme.CoverText.Size;
        y = canvas.Text(PdfBlockLevelElementTag.Heading1, _title, x, y) + theme.CoverText.Size;
        y = canvas.Text(PdfBlockLevelElementTag.Paragraph, _date, x, y) + 1.5 * DocumentTheme.Cm;
        var size = theme.CoverPictureSize;
        canvas.Figure(_layout.Image(_cover.Picture.Key), new XRect(x, y, size, size), _cover.Picture.Alt);
    }
}

using PdfSharp.Drawing;

namespace Board.Web.Documents.Pdf;

/// <summary>"Page 3 of 9" at the foot of every page, as an artifact: it is not part of what the document says,
/// and a screen reader announces pages itself.</summary>
internal static class PageNumbersPart
{
    public static void Draw(PageCanvas canvas, int number, int count)
    {
        var theme = canvas.Theme;
        var font = theme.PageNumber;
        var box = new XRect(theme.ContentLeft, theme.ContentBottom + theme.BottomMargin / 2 - font.Size, theme.ContentWidth, font.Size * 1.5);
        canvas.Artifact(g => g.DrawString($"Page {number} of {count}", font, theme.Text, box, XStringFormats.Center));
    }
}

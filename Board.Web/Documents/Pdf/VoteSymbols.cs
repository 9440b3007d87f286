using Board.Core.Documents;
using PdfSharp.Drawing;

namespace Board.Web.Documents.Pdf;

/// <summary>
/// The tick, cross and circle of a vote result, drawn as shapes: the font has no such glyphs, and a drawn shape looks
/// the same in every viewer. Each differs in shape as well as colour, for readers who do not see colour.
/// </summary>
internal static class VoteSymbols
{
    public static void Draw(XGraphics graphics, DocumentTheme theme, VoteMeaning meaning, XRect box)
    {
        var weight = Math.Max(1.5, box.Width / 7);
        var inner = box;
        inner.Inflate(-weight, -weight);
        switch (meaning)
        {
            case VoteMeaning.For:
                var tick = new XPen(theme.ForColour, weight) { LineCap = XLineCap.Round, LineJoin = XLineJoin.Round };
                graphics.DrawLines(tick,
                [
                    new XPoint(inner.Left, inner.Top + inner.Height * 0.55),
                    new XPoint(inner.Left + inner.Width * 0.38, inner.Bottom),
                    new XPoint(inner.Right, inner.Top),
                ]);
                break;
            case VoteMeaning.Against:
                var cross = new XPen(theme.AgainstColour, weight) { LineCap = XLineCap.Round };
                graphics.DrawLine(cross, inner.TopLeft, inner.BottomRight);
                graphics.DrawLine(cross, inner.TopRight, inner.BottomLeft);
                break;
            case VoteMeaning.Abstain:
                graphics.DrawEllipse(new XPen(theme.OtherColour, weight), inner);
                break;
            case VoteMeaning.Other:
                graphics.DrawRectangle(new XPen(theme.OtherColour, weight), inner);
                break;
        }
    }
}

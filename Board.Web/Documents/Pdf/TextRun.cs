using PdfSharp.Drawing;

namespace Board.Web.Documents.Pdf;

/// <summary>Text already broken into lines at a width, so a part measures once and draws what it measured.</summary>
internal sealed record TextRun(IReadOnlyList<string> Lines, XFont Font, double LineHeight)
{
    public double Height => Lines.Count * LineHeight;
}

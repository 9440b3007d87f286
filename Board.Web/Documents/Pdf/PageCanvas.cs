using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace Board.Web.Documents.Pdf;

/// <summary>
/// Draws on one page and tags as it draws, so no part can put untagged content on a page: text goes into a structure
/// element, a picture into a Figure with its alt text, and anything only decorative into an artifact.
/// </summary>
internal sealed class PageCanvas
{
    private readonly StructureBuilder _structure;

    public PageCanvas(XGraphics graphics, StructureBuilder structure, DocumentTheme theme)
    {
        Graphics = graphics;
        _structure = structure;
        Theme = theme;
        // PDFsharp writes the page's opening state (q) lazily, at the first drawing; drawn now, it comes before the first
        // marked content sequence instead of inside it.
        EndTextObject();
    }

    public XGraphics Graphics { get; }
    public DocumentTheme Theme { get; }

    /// <summary>Draws the run's lines from <paramref name="top"/> as one element; returns the y below the last line.</summary>
    public double Text(PdfBlockLevelElementTag tag, TextRun run, double x, double top)
    {
        _structure.BeginElement(tag);
        var y = DrawLines(run, x, top);
        EndElement();
        return y;
    }

    public void Figure(XImage image, XRect box, string alt)
    {
        _structure.BeginElement(PdfIllustrationElementTag.Figure, alt, box);
        var ratio = (double)image.PixelWidth / image.PixelHeight;
        if (Math.Abs(ratio - 1) < 0.01)
        {
            Graphics.DrawImage(image, box);
        }
        else
        {
            // A board's own photo need not be square: it fills the square and is cut at the edges, like the web page's
            // object-fit: cover, so every row keeps the same picture size and the words line up.
            var drawn = ratio > 1
                ? new XRect(box.X - ((box.Height * ratio) - box.Width) / 2, box.Y, box.Height * ratio, box.Height)
                : new XRect(box.X, box.Y - ((box.Width / ratio) - box.Height) / 2, box.Width, box.Width / ratio);
            var state = Graphics.Save();
            Graphics.IntersectClip(box);
            Graphics.DrawImage(image, drawn);
            Graphics.Restore(state);
        }
        EndElement();
    }

    /// <summary>Content a screen reader skips: page numbers, vote symbols (the words beside them say the same), rules.</summary>
    public void Artifact(Action<XGraphics> draw)
    {
        // PDFsharp writes BMC at once, in whatever mode it is in: out of text first, so the artifact holds whole text objects.
        EndTextObject();
        _structure.BeginArtifact();
        draw(Graphics);
        EndElement();
    }

    public void Begin(PdfBlockLevelElementTag tag) => _structure.BeginElement(tag);

    public void End() => EndElement();

    /// <summary>
    /// Ends a marked content sequence outside any text object. PDFsharp keeps a text object (BT) open from one
    /// string to the next and writes EMC wherever it is, so sequences and text objects overlapped
    /// (<c>BT … BDC … EMC … ET</c>), against ISO 32000-1 §14.6 (ADR-020).
    /// </summary>
    private void EndElement()
    {
        EndTextObject();
        _structure.End();
    }

    // Saving the graphics state makes PDFsharp leave text mode (ET) first; the empty q Q costs four bytes.
    private void EndTextObject() => Graphics.Restore(Graphics.Save());

    public double DrawLines(TextRun run, double x, double top)
    {
        // Each line sits in the middle of its line box, so extra line spacing is shared above and below the letters.
        var y = top;
        var inset = (run.LineHeight - run.Font.GetHeight()) / 2;
        foreach (var line in run.Lines)
        {
            Graphics.DrawString(line, run.Font, Theme.Text, x, y + inset, XStringFormats.TopLeft);
            y += run.LineHeight;
        }
        return y;
    }
}

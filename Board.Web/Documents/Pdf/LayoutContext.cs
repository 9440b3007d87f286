using PdfSharp.Drawing;
using PdfSharp.Events;

namespace Board.Web.Documents.Pdf;

/// <summary>What the parts of one render share: the theme, text measuring and the document's images.</summary>
internal sealed partial class LayoutContext : IDisposable
{
    private readonly XGraphics _measure;
    private readonly IDocumentPictures _pictures;
    private readonly IReadOnlyDictionary<string, byte[]> _ownPictures;
    private readonly Dictionary<string, XImage> _images = new(StringComparer.Ordinal);
    private readonly Dictionary<(XFont, string), double> _widths = [];

    public LayoutContext(DocumentTheme theme, IDocumentPictures pictures, IReadOnlyDictionary<string, byte[]>? ownPictures = null)
    {
        Theme = theme;
        _pictures = pictures;
        _ownPictures = ownPictures ?? new Dictionary<string, byte[]>();
        _measure = XGraphics.CreateMeasureContext(theme.PageSize, XGraphicsUnit.Point, XPageDirection.Downwards, new RenderEvents());
    }

    public DocumentTheme Theme { get; }

    /// <summary>One XImage per picture per document: PDFsharp then writes each picture once, however often it is drawn.</summary>
    public XImage Image(string key)
    {
        if (!_images.TryGetValue(key, out var image))
        {
            // PDFsharp keeps the stream for the JPEG's bytes, so each document gets its own over the shared, read-only bytes.
            image = _ownPictures.TryGetValue(key, out var own) ? OwnImage(own) : XImage.FromStream(ReadOnlyStream(_pictures.Jpeg(key)));
            _images[key] = image;
        }
        return image;
    }

    // Uploads are checked when they arrive; should one still not load, the document uses the page picture rather
    // than failing, so approved minutes are always published.
    private XImage OwnImage(byte[] bytes)
    {
        try
        {
            return XImage.FromStream(new MemoryStream(bytes, writable: false));
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or IOException or IndexOutOfRangeException)
        {
            return XImage.FromStream(ReadOnlyStream(_pictures.Jpeg("paper")));
        }
    }

    // Over the shared bytes without copying them: the set's pictures are read once and only ever read.
    private static MemoryStream ReadOnlyStream(ReadOnlyMemory<byte> bytes) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var array)
            ? new MemoryStream(array.Array!, array.Offset, array.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    public double Width(string text, XFont font)
    {
        if (!_widths.TryGetValue((font, text), out var width))
        {
            width = _measure.MeasureString(text, font).Width;
            _widths[(font, text)] = width;
        }
        return width;
    }

    /// <summary>Breaks at spaces, but never inside a date ("Thursday 12 November 2026"), a time ("10 o'clock") or a
    /// name ("Ruth Green"): an easy read reader must not have to join them across lines (issue 17). A word or such a
    /// group longer than the line stands on a line of its own rather than being cut.</summary>
    public TextRun Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var space = Width(" ", font);
        var line = new System.Text.StringBuilder();
        var lineWidth = 0.0;
        foreach (var word in Words(text))
        {
            var wordWidth = Width(word, font);
            if (line.Length > 0 && lineWidth + space + wordWidth > width)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }
            if (line.Length > 0)
            {
                line.Append(' ');
                lineWidth += space;
            }
            line.Append(word);
            lineWidth += wordWidth;
        }
        if (line.Length > 0)
            lines.Add(line.ToString());
        return new TextRun(lines, font, Theme.LineHeight(font));
    }

    /// <summary>The units a line may break between: words, with each date, time and name kept as one.</summary>
    internal static IEnumerable<string> Words(string text) =>
        Board.Core.Text.KeptTogether.NoBreak(text).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.Replace(Board.Core.Text.KeptTogether.NoBreakSpace, ' '));

    public void Dispose()
    {
        foreach (var image in _images.Values)
            image.Dispose();
        _measure.Dispose();
    }
}

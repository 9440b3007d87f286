using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Board.Web.Documents.Pdf;

/// <summary>
/// What PDFsharp 6.5 gets wrong for a PDF/UA-1 file, put right in one pass over the file it saved (ADR-020). The
/// renderer saves with PDFsharp's compression off, then this pass:
/// <list type="bullet">
/// <item>compresses every unfiltered stream with .NET's <see cref="ZLibStream"/>: PDFsharp's own Flate encoder leaves
/// every stream it compresses (page contents, embedded fonts) without the end of the zlib stream, which qpdf and zlib
/// report as truncated;</item>
/// <item>moves a marked content sequence that PDFsharp begins just inside a text object (<c>BT /P &lt;&lt;…&gt;&gt; BDC</c>)
/// to just before it, so that, with <see cref="PageCanvas"/> ending each text object before each EMC, sequences and
/// text objects nest (ISO 32000-1 §14.6);</item>
/// <item>adds the <c>pdfuaid:part</c> claim (ISO 14289-1 §5) to the XMP packet, which PDFsharp writes itself on save
/// with no way to add to it.</item>
/// </list>
/// Objects keep their numbers and order; only offsets change, and the cross-reference table is written anew. The
/// pass reads only what PDFsharp writes (one classic cross-reference table, direct stream lengths) and throws if
/// that changes, so a PDFsharp upgrade that changes it fails the tests rather than making broken files.
/// </summary>
internal static partial class PdfUaFinishing
{
    private const string PdfUaNamespace = "http://www.aiim.org/pdfua/ns/id/";
    private const string PacketEnd = "<?xpacket end=\"w\"?>";

    public static byte[] Finish(byte[] pdf, bool declarePdfUa, CompressionLevel level = CompressionLevel.Fastest)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startxrefAt = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var xrefAt = int.Parse(text.AsSpan(startxrefAt + 9, text.IndexOf("%%EOF", startxrefAt, StringComparison.Ordinal) - startxrefAt - 9).Trim());
        var trailerAt = text.IndexOf("trailer", xrefAt, StringComparison.Ordinal);
        var offsets = XrefOffsets(text, xrefAt, trailerAt);

        using var output = new MemoryStream(pdf.Length);
        var firstObject = offsets.Where(o => o > 0).Min();
        output.Write(pdf, 0, firstObject);
        var order = Enumerable.Range(1, offsets.Length - 1).Where(n => offsets[n] > 0).OrderBy(n => offsets[n]).ToList();
        var newOffsets = new long[offsets.Length];
        for (var i = 0; i < order.Count; i++)
        {
            var n = order[i];
            var end = i + 1 < order.Count ? offsets[order[i + 1]] : xrefAt;
            newOffsets[n] = output.Position;
            WriteObject(output, pdf, text, offsets[n], end, declarePdfUa, level);
        }

        var newXrefAt = output.Position;
        var xref = new StringBuilder(offsets.Length * 20 + 32).Append("xref\n0 ").Append(offsets.Length).Append('\n').Append("0000000000 65535 f \n");
        for (var n = 1; n < offsets.Length; n++)
            xref.Append(offsets[n] > 0 ? $"{newOffsets[n]:D10} 00000 n \n" : "0000000000 00000 f \n");
        output.Write(Encoding.ASCII.GetBytes(xref.ToString()));
        output.Write(pdf, trailerAt, startxrefAt - trailerAt);
        output.Write(Encoding.ASCII.GetBytes($"startxref\n{newXrefAt}\n%%EOF\n"));
        return output.ToArray();
    }

    private static int[] XrefOffsets(string text, int xrefAt, int trailerAt)
    {
        var lines = text[xrefAt..trailerAt].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var section = lines.Length > 1 ? lines[1].Split(' ') : [];
        if (lines[0] != "xref" || section.Length != 2 || section[0] != "0" || int.Parse(section[1]) != lines.Length - 2)
            throw Unexpected("one classic cross-reference table from object 0");
        return lines.Skip(2).Select(l => l.EndsWith('n') ? int.Parse(l.AsSpan(0, 10)) : 0).ToArray();
    }

    private static void WriteObject(MemoryStream output, byte[] pdf, string text, int start, int end, bool declarePdfUa, CompressionLevel level)
    {
        var streamAt = text.IndexOf(">>\nstream\n", start, end - start, StringComparison.Ordinal);
        if (streamAt < 0)
        {
            output.Write(pdf, start, end - start);
            return;
        }
        var dictionary = text[start..(streamAt + 2)];
        var dataAt = streamAt + ">>\nstream\n".Length;
        var length = LengthKey().Match(dictionary);
        if (!length.Success)
            throw Unexpected("a direct /Length on every stream");
        var dataLength = int.Parse(length.Groups[1].ValueSpan);
        var afterData = dataAt + dataLength;
        var data = pdf.AsSpan(dataAt, dataLength);

        byte[] newData;
        string newDictionary;
        if (dictionary.Contains("/Type/Metadata", StringComparison.Ordinal))
        {
            // XMP stays uncompressed, as PDF/A asks, so anything can read the claim.
            newData = declarePdfUa ? DeclarePdfUa(data) : data.ToArray();
            newDictionary = LengthKey().Replace(dictionary, $"/Length {newData.Length}", 1);
        }
        else if (!dictionary.Contains("/Filter", StringComparison.Ordinal))
        {
            newData = Compress(NestMarkedContent(data), level);
            newDictionary = LengthKey().Replace(dictionary, $"/Filter/FlateDecode/Length {newData.Length}", 1);
        }
        else if (OnlyFlate().IsMatch(dictionary) && !dictionary.Contains("/DecodeParms", StringComparison.Ordinal))
        {
            // A stream PDFsharp compressed even so (it does some whatever its options say): its deflate data is all
            // there, only the zlib end is missing, so it inflates whole and is compressed again properly.
            newData = Compress(NestMarkedContent(Inflate(data)), level);
            newDictionary = LengthKey().Replace(dictionary, $"/Length {newData.Length}", 1);
        }
        else
        {
            output.Write(pdf, start, end - start);
            return;
        }
        output.Write(Encoding.Latin1.GetBytes(newDictionary));
        output.Write("\nstream\n"u8);
        output.Write(newData);
        output.Write(pdf, afterData, end - afterData);
    }

    /// <summary>PDFsharp writes a pending element's BDC at its first drawing, after the BT that drawing opens; a BDC
    /// (or BMC) straight after BT is moved before it. Nothing between them changes any state, so the page looks the same.</summary>
    private static ReadOnlySpan<byte> NestMarkedContent(ReadOnlySpan<byte> content)
    {
        var text = Encoding.Latin1.GetString(content);
        if (!text.Contains("BT\n/", StringComparison.Ordinal))
            return content;
        return Encoding.Latin1.GetBytes(MarkedContentAfterBt().Replace(text, "$1BT\n"));
    }

    private static byte[] Inflate(ReadOnlySpan<byte> data)
    {
        using var zlib = new ZLibStream(new MemoryStream(data.ToArray(), writable: false), CompressionMode.Decompress);
        using var inflated = new MemoryStream(data.Length * 4);
        zlib.CopyTo(inflated);
        return inflated.ToArray();
    }

    private static byte[] Compress(ReadOnlySpan<byte> data, CompressionLevel level)
    {
        using var packed = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(packed, level, leaveOpen: true))
            zlib.Write(data);
        return packed.ToArray();
    }

    private static byte[] DeclarePdfUa(ReadOnlySpan<byte> xmp)
    {
        var packet = Encoding.UTF8.GetString(xmp);
        var rdfEnd = packet.LastIndexOf("</rdf:RDF>", StringComparison.Ordinal);
        if (rdfEnd < 0 || !packet.TrimEnd().EndsWith(PacketEnd, StringComparison.Ordinal))
            throw Unexpected("an XMP packet with an rdf:RDF element");
        var claim = $"  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"{PdfUaNamespace}\">\n        <pdfuaid:part>1</pdfuaid:part>\n      </rdf:Description>\n    ";
        return Encoding.UTF8.GetBytes(packet.Insert(rdfEnd, claim));
    }

    private static InvalidOperationException Unexpected(string what) =>
        new($"The PDF that PDFsharp saved does not have {what}, which the PDF/UA finishing pass needs (ADR-020).");

    [GeneratedRegex(@"/Length (\d+)(?!\d| \d+ R)")]
    private static partial Regex LengthKey();

    [GeneratedRegex(@"/Filter\s*/FlateDecode(?![\w\]])")]
    private static partial Regex OnlyFlate();

    [GeneratedRegex(@"BT\n(/[A-Za-z0-9]+(?:<<[^>]*>>)?(?:BDC|BMC)\n)")]
    private static partial Regex MarkedContentAfterBt();
}

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

    /// <summary>The most one stream may inflate to: more is not a stream of ours, and could be a decompression bomb.</summary>
    public const int MaxInflatedStream = 64 * 1024 * 1024;

    /// <param name="foreignObjects">The file holds objects PDFsharp copied from someone else's PDF (the agenda pack's
    /// papers): a stream that is not as PDFsharp writes them (no direct length, a length that does not end at
    /// "endstream", data that does not inflate, or inflates past <see cref="MaxInflatedStream"/>) is copied as it is
    /// instead of stopping the pass.</param>
    public static byte[] Finish(byte[] pdf, bool declarePdfUa, CompressionLevel level = CompressionLevel.Fastest, bool foreignObjects = false)
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
            WriteObject(output, pdf, text, offsets[n], end, declarePdfUa, level, foreignObjects);
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

    private static void WriteObject(MemoryStream output, byte[] pdf, string text, int start, int end, bool declarePdfUa, CompressionLevel level, bool foreignObjects)
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
        var dataLength = length.Success && int.TryParse(length.Groups[1].ValueSpan, out var parsed) ? parsed : -1;
        var afterData = dataAt + dataLength;
        if (dataLength < 0 || afterData > end || !EndsStream(text, afterData, end))
        {
            if (!foreignObjects)
                throw Unexpected("a direct /Length on every stream, ending at endstream");
            output.Write(pdf, start, end - start);
            return;
        }
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
            if (Inflate(data) is not { } inflated)
            {
                if (!foreignObjects)
                    throw Unexpected("complete deflate data in every stream it compressed");
                output.Write(pdf, start, end - start);
                return;
            }
            newData = Compress(NestMarkedContent(inflated), level);
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

    // Null when the data is not zlib data or inflates past the cap: read in pieces, so a bomb stops at the cap.
    private static byte[]? Inflate(ReadOnlySpan<byte> data)
    {
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data.ToArray(), writable: false), CompressionMode.Decompress);
            using var inflated = new MemoryStream(Math.Min(data.Length * 4, MaxInflatedStream));
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                if (inflated.Length + read > MaxInflatedStream)
                    return null;
                inflated.Write(buffer, 0, read);
            }
            return inflated.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    // The data ends where the length says: an end of line, then "endstream", before the object ends.
    private static bool EndsStream(string text, int afterData, int end)
    {
        var at = afterData;
        while (at < end && text[at] is '\r' or '\n')
            at++;
        return string.CompareOrdinal(text, at, "endstream", 0, 9) == 0 && at + 9 <= end;
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

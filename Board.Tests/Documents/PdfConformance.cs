using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Graphics.Operations.TextObjects;

namespace Board.Tests.Documents;

/// <summary>
/// The PDF/UA-1 rules a test can check on a real render without a validator (ADR-020): the XMP claims PDF/UA-1 and
/// carries the title; on every page, marked content and text objects nest (no BT … BDC … ET … EMC); every Flate
/// stream is complete (its zlib end and checksum are there, read by hand and by qpdf --check). Each method returns
/// what is wrong, so a failing test lists every problem at once.
/// </summary>
internal static partial class PdfConformance
{
    public static IReadOnlyList<string> Problems(byte[] pdf)
    {
        var problems = new List<string>();
        using (var reading = new PdfReading(pdf))
        {
            problems.AddRange(Xmp(reading));
            problems.AddRange(Nesting(reading));
        }
        problems.AddRange(IncompleteStreams(pdf));
        problems.AddRange(Qpdf(pdf));
        return problems;
    }

    public static IEnumerable<string> Xmp(PdfReading pdf)
    {
        if (!pdf.Document.TryGetXmpMetadata(out var xmp))
        {
            yield return "no XMP metadata";
            yield break;
        }
        var xml = xmp.GetXDocument();
        XNamespace pdfuaid = "http://www.aiim.org/pdfua/ns/id/";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        if (xml.Descendants(pdfuaid + "part").SingleOrDefault()?.Value != "1")
            yield return "XMP has no pdfuaid:part 1";
        var title = xml.Descendants(dc + "title").SingleOrDefault()?.Value;
        if (string.IsNullOrEmpty(title) || title != pdf.Document.Information.Title)
            yield return $"XMP dc:title \"{title}\" is not the document's title \"{pdf.Document.Information.Title}\"";
    }

    /// <summary>BT/ET and BMC/BDC/EMC as PdfPig reads each page's operators: one stack, each end closing its own kind.</summary>
    public static IEnumerable<string> Nesting(PdfReading pdf)
    {
        foreach (var page in pdf.Document.GetPages())
        {
            var open = new Stack<string>();
            var bad = 0;
            foreach (var operation in page.Operations)
            {
                switch (operation)
                {
                    case BeginText:
                        if (open.Contains("BT"))
                            bad++;
                        open.Push("BT");
                        break;
                    case BeginMarkedContent or BeginMarkedContentWithProperties:
                        open.Push("MC");
                        break;
                    case EndText:
                        if (!open.TryPop(out var t) || t != "BT")
                            bad++;
                        break;
                    case EndMarkedContent:
                        if (!open.TryPop(out var m) || m != "MC")
                            bad++;
                        break;
                }
            }
            if (bad > 0 || open.Count > 0)
                yield return $"page {page.Number}: {bad} marked content sequences and text objects overlap, {open.Count} left open";
        }
    }

    /// <summary>Every FlateDecode stream, read by hand: it inflates, and ends with the zlib checksum of what it inflates to.</summary>
    public static IEnumerable<string> IncompleteStreams(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        foreach (Match stream in StreamStart().Matches(text))
        {
            // The stream's own object: the last "N 0 obj" before its keyword.
            var objAt = text.LastIndexOf(" 0 obj", stream.Index, StringComparison.Ordinal);
            var numberAt = text.LastIndexOf('\n', objAt) + 1;
            var number = text[numberAt..objAt];
            var dictionary = text[(objAt + 6)..(stream.Index + 2)];
            if (!dictionary.Contains("/FlateDecode", StringComparison.Ordinal))
                continue;
            var length = LengthKey().Match(dictionary);
            if (!length.Success)
            {
                yield return $"object {number}: no direct /Length";
                continue;
            }
            var data = pdf.AsSpan(stream.Index + stream.Length, int.Parse(length.Groups[1].Value)).ToArray();
            var problem = Complete(data);
            if (problem is not null)
                yield return $"object {number}: {problem}";
        }
    }

    private static string? Complete(byte[] data)
    {
        if (data.Length < 6)
            return "too short for a zlib stream";
        byte[] inflated;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var output = new MemoryStream();
            zlib.CopyTo(output);
            inflated = output.ToArray();
        }
        catch (InvalidDataException e)
        {
            return $"does not inflate ({e.Message})";
        }
        var expected = (uint)(data[^4] << 24 | data[^3] << 16 | data[^2] << 8 | data[^1]);
        return Adler32(inflated) == expected ? null : "ends early: no zlib checksum at its end";
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var x in data)
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }
        return b << 16 | a;
    }

    /// <summary>qpdf --check from Debian (scripts/prerequisites.sh installs it): its warnings and errors, one a line.</summary>
    public static IEnumerable<string> Qpdf(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"conformance-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("qpdf", ["--check", path]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var qpdf = Process.Start(start) ?? throw new InvalidOperationException("qpdf did not start");
            var output = qpdf.StandardOutput.ReadToEndAsync();
            var errors = qpdf.StandardError.ReadToEnd();
            qpdf.WaitForExit();
            // 0: no problems; 3: warnings; 2: errors (qpdf's manual, "Exit Status").
            if (qpdf.ExitCode == 0)
                return [];
            var lines = (output.Result + errors).Split('\n').Where(l => l.Contains("WARNING", StringComparison.Ordinal) || l.Contains("qpdf:", StringComparison.Ordinal)).ToList();
            lines.Add($"qpdf --check exited with {qpdf.ExitCode}");
            return lines.Select(l => $"qpdf: {l.Replace(path, "file", StringComparison.Ordinal)}").ToList();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return ["qpdf is not installed: run scripts/prerequisites.sh"];
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex(@">>\s*stream\r?\n")]
    private static partial Regex StreamStart();

    [GeneratedRegex(@"/Length (\d+)(?!\d| \d+ R)")]
    private static partial Regex LengthKey();
}

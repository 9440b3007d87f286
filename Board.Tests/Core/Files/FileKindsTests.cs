using System.Text;
using Board.Core.Files;

namespace Board.Tests.Core.Files;

public sealed class FileKindsTests
{
    private const string PdfHeader = "255044462D312E370A25E2E3";          // %PDF-1.7\n%...
    private const string PngHeader = "89504E470D0A1A0A0000000D";          // PNG signature, then the IHDR length
    private const string JpegHeader = "FFD8FFE000104A4649460001";         // JFIF
    private const string WebPHeader = "524946462A1B000057454250";         // RIFF....WEBP
    private const string ExeHeader = "4D5A90000300000004000000";          // MZ: a Windows program

    private static byte[] Bytes(string hex) => Convert.FromHexString(hex);

    [TestCase(PdfHeader, FileKind.Pdf)]
    [TestCase(PngHeader, FileKind.Png)]
    [TestCase(JpegHeader, FileKind.Jpeg)]
    [TestCase("FFD8FFDB0043000806060708", FileKind.Jpeg)]
    [TestCase("474946383761010001008000", FileKind.Gif)]
    [TestCase("474946383961010001008000", FileKind.Gif)]
    [TestCase(WebPHeader, FileKind.WebP)]
    [TestCase(ExeHeader, FileKind.Unknown)]
    [TestCase("474946383861010001008000", FileKind.Unknown)]   // "GIF88a" is not a GIF
    [TestCase("524946462A1B000057415645", FileKind.Unknown)]   // RIFF....WAVE is a sound, not a WebP
    [TestCase("504B030414000600", FileKind.Unknown)]           // a zip, such as a .docx
    [TestCase("3C68746D6C3E", FileKind.Unknown)]               // <html>
    [TestCase("25504446", FileKind.Unknown)]                   // "%PDF" cut short before the dash
    [TestCase("524946462A1B0000574542", FileKind.Unknown)]     // a WebP header one byte short
    [TestCase("", FileKind.Unknown)]
    public void Detect_FirstBytes_GiveTheKind(string hex, FileKind expected)
    {
        Assert.That(FileKinds.Detect(Bytes(hex)), Is.EqualTo(expected));
    }

    [TestCase("minutes.pdf", PdfHeader, FileKind.Pdf, "application/pdf")]
    [TestCase("MINUTES.PDF", PdfHeader, FileKind.Pdf, "application/pdf")]
    [TestCase("bus stop.png", PngHeader, FileKind.Png, "image/png")]
    [TestCase("photo.jpg", JpegHeader, FileKind.Jpeg, "image/jpeg")]
    [TestCase("photo.JPEG", JpegHeader, FileKind.Jpeg, "image/jpeg")]
    [TestCase("wave.gif", "474946383961010001008000", FileKind.Gif, "image/gif")]
    [TestCase("map.webp", WebPHeader, FileKind.WebP, "image/webp")]
    [TestCase("photo.png", JpegHeader, FileKind.Jpeg, "image/jpeg")]   // a picture with another picture's name is still a picture
    public void CheckAttachment_PdfOrPicture_IsAcceptedWithContentTypeFromItsBytes(string fileName, string hex, FileKind kind, string contentType)
    {
        var check = FileKinds.CheckAttachment(fileName, 20_000, Bytes(hex));

        Assert.That(check, Is.EqualTo(new FileCheck(true, kind, contentType, null)));
    }

    [Test]
    public void CheckAttachment_RenamedProgram_IsRefused()
    {
        var check = FileKinds.CheckAttachment("report.pdf", 48_000, Bytes(ExeHeader));

        Assert.That(check, Is.EqualTo(new FileCheck(false, FileKind.Unknown, "application/octet-stream",
            "\"report.pdf\" is not a PDF or a picture. Attach a PDF, or a PNG, JPEG, GIF or WebP picture.")));
    }

    [Test]
    public void CheckAttachment_PngNamedPdf_IsRefusedAsReallyAPicture()
    {
        var check = FileKinds.CheckAttachment("report.pdf", 48_000, Bytes(PngHeader));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.Accepted, Is.False);
            Assert.That(check.Kind, Is.EqualTo(FileKind.Png));
            Assert.That(check.Problem, Is.EqualTo("\"report.pdf\" is named like one kind of file but is really a picture. Rename it and try again."));
        }
    }

    [TestCase("poster.png")]
    [TestCase("poster")]
    [TestCase("poster.pdf.exe")]
    public void CheckAttachment_PdfNamedOtherwise_IsRefusedAsReallyAPdf(string fileName)
    {
        var check = FileKinds.CheckAttachment(fileName, 48_000, Bytes(PdfHeader));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.Accepted, Is.False);
            Assert.That(check.Problem, Does.EndWith("is really a PDF. Rename it and try again."));
        }
    }

    [Test]
    public void CheckAttachment_TextFileNamedPdf_IsRefused()
    {
        var check = FileKinds.CheckAttachment("notes.pdf", 12, Encoding.ASCII.GetBytes("Hello board!"));

        Assert.That(check.Accepted, Is.False);
    }

    [Test]
    public void CheckAttachment_Empty_IsRefused()
    {
        var check = FileKinds.CheckAttachment("minutes.pdf", 0, []);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.Accepted, Is.False);
            Assert.That(check.Problem, Is.EqualTo("\"minutes.pdf\" is empty."));
        }
    }

    [TestCase(FileKinds.MaxAttachmentBytes, true)]
    [TestCase(FileKinds.MaxAttachmentBytes + 1, false)]
    [TestCase(50L * 1024 * 1024, false)]
    public void CheckAttachment_Size_AllowsUpToFiveMegabytes(long length, bool expected)
    {
        var check = FileKinds.CheckAttachment("minutes.pdf", length, Bytes(PdfHeader));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.Accepted, Is.EqualTo(expected));
            Assert.That(check.Problem, expected ? Is.Null : Is.EqualTo("\"minutes.pdf\" is too big. Files must be 5 MB or smaller."));
        }
    }

    [Test]
    public void MaxAttachmentBytes_IsFiveMebibytes()
    {
        Assert.That(FileKinds.MaxAttachmentBytes, Is.EqualTo(5_242_880));
    }

    [TestCase(FileKind.Pdf, "PDF")]
    [TestCase(FileKind.Png, "picture")]
    [TestCase(FileKind.Jpeg, "picture")]
    [TestCase(FileKind.Gif, "picture")]
    [TestCase(FileKind.WebP, "picture")]
    [TestCase(FileKind.Unknown, "file of unknown kind")]
    public void Describe_EachKind_InPlainWords(FileKind kind, string expected)
    {
        Assert.That(FileKinds.Describe(kind), Is.EqualTo(expected));
    }
}

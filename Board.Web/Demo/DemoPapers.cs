using Board.Data.Meetings;
using Board.Web.Documents.Pdf;
using Board.Web.Infrastructure;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Board.Web.Demo;

/// <summary>
/// A made-up paper for a demo item (a group's letter, as a one-page PDF), so the demo's agendas and agenda pack show
/// papers as a real board's would, and the pages' checks (320 px, axe) see a list of papers.
/// </summary>
public sealed class DemoPapers(AttachmentStore attachments, StorageOptions storage)
{
    public async Task AttachLetterAsync(long itemId, string fileName, string title, IReadOnlyList<string> lines)
    {
        var content = Letter(title, lines);
        var storedName = $"{Guid.NewGuid():N}";
        Directory.CreateDirectory(storage.AttachmentsFolder);
        await File.WriteAllBytesAsync(Path.Combine(storage.AttachmentsFolder, storedName), content);
        await attachments.AddAsync(itemId, fileName, "application/pdf", content.Length, storedName);
    }

    private static byte[] Letter(string title, IReadOnlyList<string> lines)
    {
        PdfSharpLicense.SetAgplLicense();
        DocumentFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Language = "en-GB";
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var heading = new XFont(DocumentFontResolver.Family, 20, XFontStyleEx.Bold);
            var body = new XFont(DocumentFontResolver.Family, 14, XFontStyleEx.Regular);
            graphics.DrawString(title, heading, XBrushes.Black, new XPoint(56, 80));
            var y = 120.0;
            foreach (var line in lines)
            {
                graphics.DrawString(line, body, XBrushes.Black, new XPoint(56, y));
                y += 24;
            }
        }
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}

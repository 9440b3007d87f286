using PdfSharp.Drawing;

namespace Board.Web.Documents.Pdf;

/// <summary>
/// Whether PDFsharp can put a picture into a PDF. A file can start like a PNG or JPEG and still be one PDFsharp
/// cannot read (a 16-bit PNG from a photo editor, a damaged file), so an upload is tried here before it is accepted,
/// rather than failing the minutes' PDFs after they are approved.
/// </summary>
public static class EmbeddablePictures
{
    public static bool CanEmbed(byte[] picture)
    {
        try
        {
            var image = XImage.FromStream(new MemoryStream(picture, writable: false));
            return image.PixelWidth > 0 && image.PixelHeight > 0;
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or IOException or IndexOutOfRangeException)
        {
            return false;
        }
    }
}

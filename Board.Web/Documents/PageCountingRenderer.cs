using Board.Core.Documents;
using Board.Web.Documents.Pdf;
using PdfSharp.Pdf.IO;

namespace Board.Web.Documents;

/// <summary>The PDFsharp renderer, with the page count the archive shows (read back from the PDF's page tree).</summary>
public sealed class PageCountingRenderer(PdfDocumentRenderer renderer) : IPdfRenderer
{
    public RenderedPdf Render(DocumentContent content)
    {
        var pdf = renderer.Render(content);
        using var stream = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return new RenderedPdf(pdf, document.PageCount);
    }
}

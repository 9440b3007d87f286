using System.Security;
using Board.Core.Documents;
using PdfSharp.Pdf;

namespace Board.Web.Documents.Pdf;

/// <summary>
/// The XMP metadata stream: the title again (PDF/UA wants it in XMP as well as in Info) and the pdfuaid part that
/// claims PDF/UA-1, which PDFsharp leaves to the caller.
/// </summary>
internal static class DocumentMetadata
{
    public static void Write(PdfDocument document, DocumentContent content)
    {
        var title = SecurityElement.Escape(content.Title);
        var language = SecurityElement.Escape(content.Language);
        var xmp = $"""
            <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
              <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                  <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
                  <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                  <pdf:Producer>PDFsharp</pdf:Producer>
                  <xmp:CreatorTool>PartnershipBoard</xmp:CreatorTool>
                </rdf:Description>
              </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
        // PDFsharp 6.5's PdfMetadata cannot take our XML, so the stream is a plain dictionary of type Metadata.
        var metadata = new PdfDictionary(document);
        metadata.Elements.SetName("/Type", "/Metadata");
        metadata.Elements.SetName("/Subtype", "/XML");
        metadata.CreateStream(System.Text.Encoding.UTF8.GetBytes(xmp));
        document.Internals.AddObject(metadata);
        document.Internals.Catalog.Elements.SetReference("/Metadata", metadata);
    }
}

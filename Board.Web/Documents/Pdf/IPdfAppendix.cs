using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Board.Web.Documents.Pdf;

/// <summary>Pages added after a document's own, in the same PDF and under the same structure tree, before it is saved.</summary>
internal interface IPdfAppendix
{
    void Append(PdfDocument document, StructureBuilder structure, LayoutContext layout);
}

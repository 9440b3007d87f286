using PdfSharp.Pdf;

namespace Board.Web.Documents.Pdf;

/// <summary>Whether a PDF from someone else is tagged for screen readers: its catalog has a structure tree and says
/// its content is marked (ISO 32000-1 §14.7, §14.8). Without both, a screen reader gets the text, if any, with no
/// headings, lists or reading order, so the pack says so rather than hiding it (issue 17, ADR-022).</summary>
public static class PdfTagging
{
    public static bool IsTagged(PdfDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Someone else's file: a wrong type anywhere (/Marked 1, /MarkInfo pointing at a number) means "not tagged",
        // never an exception. Only the markers are read: an empty structure tree passes, so this is a floor, not proof.
        var catalog = document.Internals.Catalog.Elements;
        if (!catalog.ContainsKey("/StructTreeRoot"))
            return false;
        var markInfo = catalog.GetValue("/MarkInfo") as PdfDictionary
            ?? (catalog.GetValue("/MarkInfo") as PdfSharp.Pdf.Advanced.PdfReference)?.Value as PdfDictionary;
        return markInfo?.Elements.GetValue("/Marked") is PdfBoolean { Value: true };
    }
}

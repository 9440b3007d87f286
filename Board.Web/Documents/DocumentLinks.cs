using Board.Core.Documents;
using Board.Data.Documents;

namespace Board.Web.Documents;

/// <summary>Where an agenda's or minutes' pages and PDFs live, and which PDFs exist yet.</summary>
/// <param name="Parts">The parts of long easy read minutes; their easy read PDF is then the summary (ADR-022).</param>
public sealed record DocumentLinks(long BoardId, long MeetingId, DocumentKind Kind, IReadOnlyList<DocumentListing> Pdfs, IReadOnlyList<StoredDocumentPart>? Parts = null)
{
    /// <summary>The parts to link under the easy read PDF: only the minutes' own, and none for the standard style.</summary>
    public IReadOnlyList<StoredDocumentPart> PartsOf(DocumentStyle style) =>
        Kind == DocumentKind.Minutes && style == DocumentStyle.EasyRead ? Parts ?? [] : [];

    /// <summary>The PDF's link text: the easy read minutes' PDF is "the summary" when there are parts.</summary>
    public string PdfName(DocumentStyle style) => PartsOf(style).Count > 0 ? $"{Name(style)}: the summary" : Name(style);

    public DocumentListing? Pdf(DocumentStyle style) => Pdfs.FirstOrDefault(p => p.Kind == Kind && p.Style == style);

    public string Name(DocumentStyle style) => (Kind, style) switch
    {
        (DocumentKind.Agenda, DocumentStyle.EasyRead) => "Easy read agenda",
        (DocumentKind.Agenda, _) => "Agenda",
        (_, DocumentStyle.EasyRead) => "Easy read minutes",
        _ => "Minutes",
    };

    public string PageUrl(DocumentStyle style) => (Kind, style) switch
    {
        (DocumentKind.Agenda, DocumentStyle.EasyRead) => $"/boards/{BoardId}/meetings/{MeetingId}/easy-read",
        (DocumentKind.Agenda, _) => $"/boards/{BoardId}/meetings/{MeetingId}",
        (_, DocumentStyle.EasyRead) => $"/boards/{BoardId}/meetings/{MeetingId}/minutes/easy-read",
        _ => $"/boards/{BoardId}/meetings/{MeetingId}/minutes",
    };

    /// <summary>Where a board's own picture for an item of the minutes is served (the MinutesPicture page).</summary>
    public static string OwnPictureUrl(object? boardId, object? meetingId, long agendaItemId) =>
        $"/boards/{boardId}/meetings/{meetingId}/minutes/pictures/{agendaItemId}";

    public string PdfUrl(DocumentStyle style) => $"/boards/{BoardId}/meetings/{MeetingId}/documents/{FileName(Kind, style)}";

    /// <summary>The last part of a PDF's address, which is also the start of its download name.</summary>
    public static string FileName(DocumentKind kind, DocumentStyle style) =>
        (style == DocumentStyle.EasyRead ? "easy-read-" : "") + (kind == DocumentKind.Agenda ? "agenda" : "minutes") + ".pdf";

    /// <summary>Where part <paramref name="part"/> of long easy read minutes is (the MinutesPart page, ADR-022).</summary>
    public string PartUrl(int part) => $"/boards/{BoardId}/meetings/{MeetingId}/documents/{PartFileName(part)}";

    public static string PartFileName(int part) => $"easy-read-minutes-part-{part}.pdf";

    public static bool TryParse(string fileName, out DocumentKind kind, out DocumentStyle style)
    {
        foreach (var k in Enum.GetValues<DocumentKind>())
            foreach (var s in Enum.GetValues<DocumentStyle>())
                if (FileName(k, s) == fileName)
                {
                    (kind, style) = (k, s);
                    return true;
                }
        kind = default;
        style = default;
        return false;
    }

    public static string Size(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} KB" : $"{bytes / (1024.0 * 1024.0):0.0} MB";
}

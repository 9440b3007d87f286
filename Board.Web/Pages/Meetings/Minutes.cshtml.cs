using Board.Core.Documents;
using Board.Core.Minutes;
using Board.Data.Documents;
using Board.Data.Minutes;
using Board.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// Published minutes as a web page, easy read (<c>/minutes/easy-read</c>) or standard (<c>/minutes</c>), made from
/// the same content as the PDFs, with links to them. Unpublished minutes are not found.
/// </summary>
[AllowAnonymous]
public sealed class MinutesModel(MinutesStore minutes, DocumentFactsLoader facts, DocumentStore documents, DocumentPartStore parts) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    [FromRoute] public string? Style { get; set; }

    public DocumentContent Document { get; private set; } = null!;
    public bool EasyRead => Style == "easy-read";
    public IReadOnlyList<DocumentListing> Pdfs { get; private set; } = [];

    /// <summary>The parts of long easy read minutes, whose easy read PDF is then their summary (ADR-022).</summary>
    public IReadOnlyList<StoredDocumentPart> Parts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Style is not (null or "easy-read"))
            return NotFound();
        if (await minutes.GetAsync(BoardId, MeetingId) is not { State: MinutesState.Published }
            || await facts.MinutesAsync(BoardId, MeetingId) is not { } content)
            return NotFound();
        Document = EasyRead ? MinutesDocuments.EasyRead(content, facts.Pictures) : MinutesDocuments.Standard(content, facts.Pictures);
        Pdfs = (await documents.ListAsync(BoardId)).Where(d => d.MeetingId == MeetingId && d.Kind == DocumentKind.Minutes).ToList();
        Parts = await parts.ListAsync(BoardId, MeetingId);
        return Page();
    }
}

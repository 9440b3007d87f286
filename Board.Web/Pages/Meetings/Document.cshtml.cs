using Board.Data.Boards;
using Board.Data.Documents;
using Board.Data.Meetings;
using Board.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// A published agenda's or minutes' PDF, as rendered by the job, with a download name that says what it is
/// (<see cref="PdfResponses.Published"/>: its fingerprint is the ETag).
/// </summary>
[AllowAnonymous]
public sealed class DocumentModel(DocumentStore documents, BoardStore boards, MeetingStore meetings) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    [FromRoute] public string FileName { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!DocumentLinks.TryParse(FileName, out var kind, out var style)
            || await documents.GetAsync(BoardId, MeetingId, kind, style) is not { } document
            || await boards.GetAsync(BoardId) is not { } board || await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return NotFound();

        return PdfResponses.Published(HttpContext, document.Content, document.Sha256,
            PdfResponses.FileName(board.Name, DateOnly.FromDateTime(meeting.StartsAt), FileName));
    }
}

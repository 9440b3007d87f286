using Board.Data.Boards;
using Board.Data.Documents;
using Board.Data.Meetings;
using Board.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// One part of long easy read minutes (ADR-022), as the job rendered it. Public, exactly as the easy read minutes'
/// PDF is: parts exist only for published minutes.
/// </summary>
[AllowAnonymous]
public sealed class MinutesPartModel(DocumentPartStore parts, BoardStore boards, MeetingStore meetings) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    [FromRoute] public int Part { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await parts.GetAsync(BoardId, MeetingId, Part) is not { } part
            || await boards.GetAsync(BoardId) is not { } board || await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return NotFound();

        return PdfResponses.Published(HttpContext, part.Content, part.Sha256,
            PdfResponses.FileName(board.Name, DateOnly.FromDateTime(meeting.StartsAt), DocumentLinks.PartFileName(Part)));
    }
}

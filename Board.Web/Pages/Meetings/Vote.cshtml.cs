using Board.Data.Meetings;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// The voting screen. The page is a shell; the live parts come over the meeting hub, which checks again, on every
/// call, that the person belongs to this board and may vote.
/// </summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class VoteModel(MeetingStore meetings) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    public string MeetingTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return NotFound();
        MeetingTitle = $"{meeting.Title}, {Core.Text.PlainDates.Date(meeting.StartsAt)}";
        return Page();
    }
}

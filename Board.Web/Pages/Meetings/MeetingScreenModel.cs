using Board.Data.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// A live screen of a meeting (the voting screen, the room's screen): the page is a shell named after the
/// meeting; the live parts come over the meeting hub, which checks the caller again on every call.
/// </summary>
public abstract class MeetingScreenModel(MeetingStore meetings) : PageModel
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

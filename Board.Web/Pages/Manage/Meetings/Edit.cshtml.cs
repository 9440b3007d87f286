using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.Meetings;

/// <summary>Changes a meeting's details, while the agenda is not yet published.</summary>
public sealed class EditModel(MeetingStore meetings, BoardClock boardClock, TimeProvider clock) : ManagePageModel(clock)
{
    [FromRoute] public long MeetingId { get; set; }
    [BindProperty] public MeetingInput Input { get; set; } = new();
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return NotFound();
        Input = MeetingInput.From(meeting);
        if (!MeetingLifecycle.AgendaCanChange(meeting.State))
            Problem = "The agenda is published, so the meeting's details cannot change here.";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return NotFound();
        if (!MeetingLifecycle.AgendaCanChange(meeting.State))
            ModelState.AddModelError("Input.Date", "The agenda is published, so the meeting's details cannot change here.");
        var draft = MeetingForm.Check(Input, boardClock.LocalNow, ModelState);
        if (draft is null)
            return Page();
        if (!await meetings.UpdateAsync(BoardId, MeetingId, draft))
        {
            ModelState.AddModelError("Input.Date", "The agenda was published just now, so the meeting's details cannot change here.");
            return Page();
        }
        Saved = "The meeting's details have been saved.";
        return Redirect(ManagePath($"/meetings/{MeetingId}"));
    }
}

using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.Meetings;

/// <summary>The board's meetings, and scheduling a new one.</summary>
public sealed class IndexModel(MeetingStore meetings, BoardClock boardClock, TimeProvider clock) : ManagePageModel(clock)
{
    [BindProperty] public MeetingInput Input { get; set; } = new();
    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];

    public async Task OnGetAsync() => Meetings = await meetings.ListAsync(BoardId);

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = MeetingForm.Check(Input, boardClock.LocalNow, ModelState);
        if (draft is null)
        {
            Meetings = await meetings.ListAsync(BoardId);
            return Page();
        }
        var id = await meetings.CreateAsync(BoardId, draft);
        Saved = $"The meeting on {Board.Core.Text.PlainDates.Date(draft.StartsAt)} has been planned.";
        return Redirect(ManagePath($"/meetings/{id}"));
    }
}

using Board.Core.Meetings;
using Board.Data.Boards;
using Board.Web.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>The meeting and, once published, its agenda, for everyone. Before that only when and where are shown.</summary>
[AllowAnonymous]
public sealed class AgendaModel(AgendaViews views, BoardStore boards) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    public AgendaView View { get; private set; } = null!;
    public string BoardName { get; private set; } = "";

    public bool Published => IsPublished(View.Meeting.State);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await views.LoadAsync(BoardId, MeetingId) is not { } view)
            return NotFound();
        View = view;
        BoardName = (await boards.GetAsync(BoardId))?.Name ?? "";
        return Page();
    }

    public static bool IsPublished(MeetingState state) => state is MeetingState.AgendaPublished or MeetingState.Live or MeetingState.Closed;
}

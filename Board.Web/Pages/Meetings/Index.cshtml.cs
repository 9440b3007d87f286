using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Data.Boards;
using Board.Data.Meetings;
using Board.Web.Infrastructure;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>The board's meetings for everyone: when and where, the agenda once published, and a calendar feed.</summary>
[AllowAnonymous]
public sealed class IndexModel(BoardStore boards, MeetingStore meetings, BoardClock clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    public string BoardName { get; private set; } = "";
    public IReadOnlyList<Meeting> Upcoming { get; private set; } = [];
    public IReadOnlyList<Meeting> Past { get; private set; } = [];

    /// <summary>Supporters (and the coordinator) of this board see where they can still send items.</summary>
    public bool CanSendItems => User.BoardIdOf() == BoardId && (User.IsInRole(Roles.Supporter) || User.IsInRole(Roles.Coordinator));

    public async Task<IActionResult> OnGetAsync()
    {
        if (await boards.GetAsync(BoardId) is not { } board)
            return NotFound();
        BoardName = board.Name;
        var all = await meetings.ListAsync(BoardId);
        Upcoming = all.Where(m => m.EndsAt >= clock.LocalNow && m.State != MeetingState.Closed).ToList();
        Past = all.Where(m => !Upcoming.Contains(m)).OrderByDescending(m => m.StartsAt).ToList();
        return Page();
    }
}

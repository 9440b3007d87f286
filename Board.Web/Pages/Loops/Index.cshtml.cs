using Board.Core.Composition;
using Board.Data.Boards;
using Board.Data.Groups;
using Board.Data.Meetings;
using Board.Web.Infrastructure;
using Board.Web.Pages.Groups;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Loops;

public sealed record GroupLoops(SelfAdvocacyGroup Group, IReadOnlyList<GroupItemRow> Open, int Total);

/// <summary>The board-level view of "you said, we did": for each group, the items the board has not yet closed with it.</summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class IndexModel(BoardStore boards, GroupStore groups, AgendaItemStore items, MeetingStore meetings, BoardClock clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    public string BoardName { get; private set; } = "";
    public IReadOnlyList<GroupLoops> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await boards.GetAsync(BoardId) is not { } board)
            return NotFound();
        BoardName = board.Name;
        var result = new List<GroupLoops>();
        foreach (var group in await groups.ListAsync(BoardId))
        {
            var rows = await ShowModel.LoadRowsAsync(items, meetings, group.Id, BoardId, clock);
            result.Add(new GroupLoops(group, rows.Where(r => r.Progress.IsOpenLoop).OrderByDescending(r => r.Progress.DaysSinceRaised).ToList(), rows.Count));
        }
        Groups = result;
        return Page();
    }
}

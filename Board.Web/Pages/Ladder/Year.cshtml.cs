using Board.Core.Composition;
using Board.Data.Boards;
using Board.Data.Ladder;
using Board.Web.Infrastructure;
using Board.Web.Ladder;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Ladder;

/// <summary>
/// The board's year on the ladder of co-production: all decisions, all meetings, then meeting by meeting, with
/// the Reps' and carers' view beside the officers' and partners' and the gap. The coordinator chooses whether the
/// board's public page shows the year's picture (ADR-018: off until the board decides).
/// </summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class YearModel(LadderViews views, LadderStore ratings, BoardStore boards, BoardClock clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromQuery(Name = "year")] public int? Year { get; set; }
    public string BoardName { get; private set; } = "";
    public YearLadder Ladder { get; private set; } = null!;
    public bool IsPublic { get; private set; }
    public bool CanPublish => User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Admin);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await boards.GetAsync(BoardId) is not { } board)
            return NotFound();
        BoardName = board.Name;
        // A year far from now has no meetings; one outside what a date can hold is not a year at all.
        Ladder = await views.YearAsync(BoardId, Year is >= 2000 and <= 9000 ? Year.Value : clock.Today.Year);
        IsPublic = await ratings.IsPublicAsync(BoardId);
        return Page();
    }

    /// <summary>Shows or hides the yearly picture on the public page. Only the coordinator (or an administrator).</summary>
    public async Task<IActionResult> OnPostPublishAsync([FromForm] bool publish)
    {
        if (!CanPublish)
            return Forbid();
        if (await boards.GetAsync(BoardId) is null)
            return NotFound();
        await ratings.SetPublicAsync(BoardId, publish);
        TempData["Saved"] = publish ? "The board's page now shows the year's picture." : "The board's page no longer shows the year's picture.";
        return Redirect($"/boards/{BoardId}/ladder" + (Year is { } y ? $"?year={y}" : ""));
    }
}

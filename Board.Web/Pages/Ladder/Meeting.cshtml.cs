using Board.Core.Ladder;
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
/// "Tell us how we worked together": a finished meeting's decisions and the meeting as a whole, each with what this
/// person said on the ladder of co-production (or a link to say it), then both views of each side by side.
/// </summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class MeetingModel(LadderViews views, LadderStore ratings, BoardStore boards, BoardClock clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    public string BoardName { get; private set; } = "";
    public MeetingLadder Ladder { get; private set; } = null!;
    public MeetingLadderResults Results { get; private set; } = null!;
    public IReadOnlyDictionary<long, MyLadderRating> Mine { get; private set; } = new Dictionary<long, MyLadderRating>();
    public MyLadderRating? MineForWhole { get; private set; }

    /// <summary>The side this person's ratings count on, or null (supporters, administrators).</summary>
    public LadderView? MyView { get; private set; }
    public bool IsOpen { get; private set; }
    public bool IsOver => LadderRules.IsOver(Ladder.Meeting.State);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await views.MeetingAsync(BoardId, MeetingId) is not { } ladder || await boards.GetAsync(BoardId) is not { } board)
            return NotFound();
        Ladder = ladder;
        BoardName = board.Name;
        Results = (await views.ResultsAsync(BoardId, MeetingId))!;
        MyView = User.BoardIdOf() == BoardId ? LadderRules.ViewOf(LadderRaters.RoleOf(User)) : null;
        IsOpen = LadderRules.IsOpen(DateOnly.FromDateTime(ladder.Meeting.StartsAt), clock.Today);
        var mine = await ratings.MineAsync(BoardId, MeetingId, User.PersonIdOrThrow());
        Mine = mine.Where(r => r.ItemId is not null).ToDictionary(r => r.ItemId!.Value);
        MineForWhole = mine.FirstOrDefault(r => r.ItemId is null);
        return Page();
    }

    public MyLadderRating? MineFor(LadderPart part) => part.Subject.ItemId is { } id ? Mine.GetValueOrDefault(id) : MineForWhole;

    public string RateHref(LadderPart part) =>
        $"/boards/{BoardId}/meetings/{MeetingId}/ladder/rate" + (part.Subject.ItemId is { } id ? $"?item={id}" : "");
}

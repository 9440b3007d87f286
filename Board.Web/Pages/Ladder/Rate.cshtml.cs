using System.Globalization;
using Board.Core.Ladder;
using Board.Data.Ladder;
using Board.Web.Infrastructure;
using Board.Web.Ladder;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Ladder;

/// <summary>
/// One person says where one decision (or the meeting as a whole, with no item) was on the ladder of co-production:
/// a picture per rung, one sentence each, and an optional why. Always their own rating: the person and their side come
/// from the sign-in, so nobody (the coordinator included) can give or change a rating for someone else.
/// </summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class RateModel(LadderViews views, LadderStore ratings, BoardClock clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    [FromQuery(Name = "item")] public long? ItemId { get; set; }

    /// <summary>Bound as text so that anything that is not a rung gets the page's own plain message.</summary>
    [BindProperty] public string? Rung { get; set; }
    [BindProperty] public string? Why { get; set; }

    public LadderPart? Part { get; private set; }
    public string? Problem { get; private set; }
    public bool IsChange { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        if (Problem is null && (await ratings.MineAsync(BoardId, MeetingId, User.PersonIdOrThrow())).FirstOrDefault(r => r.ItemId == ItemId) is { } mine)
        {
            (Rung, Why, IsChange) = (((int)mine.Rung).ToString(CultureInfo.InvariantCulture), mine.Why, true);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Problem is not null)
            return Page();
        int? number = int.TryParse(Rung, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
        var why = string.IsNullOrWhiteSpace(Why) ? null : Why.Trim();
        if (LadderRules.Check(Part?.Subject, User.BoardIdOf() ?? -1, LadderRaters.RoleOf(User), number, why, clock.Today) is { } problem)
        {
            ModelState.AddModelError(problem.Field, problem.Message);
            return Page();
        }
        var rung = (LadderRung)number!.Value;
        var view = LadderRules.ViewOf(LadderRaters.RoleOf(User))!.Value;
        if (!await ratings.SaveAsync(BoardId, MeetingId, ItemId, User.PersonIdOrThrow(), view, rung, why, clock.UtcNow))
        {
            Problem = "We could not find that decision on your board.";
            return Page();
        }
        TempData["Saved"] = $"Thank you. You said: {LadderRungs.Name(rung)}.";
        return Redirect($"/boards/{BoardId}/meetings/{MeetingId}/ladder");
    }

    // What stops this person rating this part at all (not what they chose): checked with a rung that is always valid.
    private async Task LoadAsync()
    {
        Part = (await views.MeetingAsync(BoardId, MeetingId))?.Find(ItemId);
        Problem = LadderRules.Check(Part?.Subject, User.BoardIdOf() ?? -1, LadderRaters.RoleOf(User), (int)LadderRung.Consultation, null, clock.Today)?.Message;
    }
}

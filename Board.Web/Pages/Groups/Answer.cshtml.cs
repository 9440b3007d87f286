using Board.Core.Meetings;
using Board.Data.Groups;
using Board.Data.Meetings;
using Board.Web.Infrastructure;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Groups;

/// <summary>
/// The group, through its supporter, answers the board's outcome: "we agree" closes the loop; "not done yet" with a
/// comment puts it back on the coordinator's list. Only a supporter of this group may answer for it.
/// </summary>
[Authorize(Policy = Policies.BoardSupporter)]
public sealed class AnswerModel(GroupStore groups, AgendaItemStore items, BoardClock clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long GroupId { get; set; }
    [FromRoute] public long ItemId { get; set; }
    [BindProperty] public GroupResponse? Answer { get; set; }
    [BindProperty] public string? Comment { get; set; }

    /// <summary>The outcome the supporter read when answering, so an answer cannot apply to a rewritten one.</summary>
    [BindProperty] public string? SeenOutcome { get; set; }
    public AgendaItem Item { get; private set; } = null!;
    public string GroupName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is { } refusal ? refusal : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refusal)
            return refusal;
        foreach (var error in AgendaRules.ValidateResponse(Item, Answer ?? GroupResponse.None, Comment))
            ModelState.AddModelError(error.Field, error.Message);
        if (!ModelState.IsValid)
            return Page();
        if (!await items.RespondAsync(Item, Answer!.Value, Comment, User.PersonIdOrThrow(), clock.UtcNow, SeenOutcome ?? ""))
        {
            ModelState.AddModelError("Response", "The board changed its answer just now. Read it again, then answer.");
            return Page();
        }
        TempData["Saved"] = Answer == GroupResponse.WeAgree
            ? $"Thank you. \"{Item.Title}\" is done."
            : $"Thank you. The coordinator will look at \"{Item.Title}\" again.";
        return Redirect($"/boards/{BoardId}/groups/{GroupId}");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await groups.GetAsync(BoardId, GroupId) is not { } group
            || await items.GetAsync(BoardId, ItemId) is not { } item || item.GroupId != GroupId)
            return NotFound();
        if (!(await groups.GroupsSupportedByAsync(User.PersonIdOrThrow())).Contains(GroupId))
            return Forbid();
        GroupName = group.Name;
        Item = item;
        return null;
    }
}

using Board.Core.Composition;
using Board.Core.Payments;
using Board.Web.Payments;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Payments;

/// <summary>
/// Base for the payments pages. The policy lets in only people of the board in the address; each page then asks
/// <see cref="ClaimAccess"/> whether this person may see or act on these claims, and refuses before reading any
/// claim, so a refused person learns nothing (not even whether a claim exists).
/// </summary>
[Authorize(Policy = Policies.BoardMember)]
public abstract class PaymentsPageModel(ClaimViewers viewers) : PageModel
{
    [FromRoute] public long BoardId { get; set; }

    [TempData] public string? Saved { get; set; }

    public ClaimViewer Viewer { get; private set; } = null!;

    /// <summary>The person whose payments the page is about, once <see cref="PayeeAsync"/> found them on this board.</summary>
    public Person Payee { get; private set; } = null!;

    protected async Task<bool> ViewerAsync()
    {
        if (await viewers.ForAsync(User, BoardId) is not { } viewer)
            return false;
        Viewer = viewer;
        return true;
    }

    /// <summary>Loads the viewer and the payee and checks <paramref name="allowed"/>; null when allowed, else the refusal to return.</summary>
    protected async Task<IActionResult?> PayeeAsync(long payeeId, Func<ClaimViewer, Person, bool> allowed)
    {
        if (!await ViewerAsync())
            return Forbid();
        var payee = await viewers.PayeeAsync(BoardId, payeeId);
        // Not on this board: refused like anyone else's, so ids of other boards' people cannot be probed.
        if (payee is null || !allowed(Viewer, payee))
            return Forbid();
        Payee = payee;
        return null;
    }

    protected bool MaySee(ClaimViewer viewer, Person payee) => ClaimAccess.CanSee(viewer, BoardId, payee.Id);

    protected bool MayClaim(ClaimViewer viewer, Person payee) => ClaimAccess.CanClaimFor(viewer, BoardId, payee.Id, payee.Role);

    /// <summary>"you" to the person, their name to a supporter or approver: easy read talks to the reader.</summary>
    public string Who => Payee.Id == Viewer.PersonId ? "you" : Payee.Name;

    public string Whose => Payee.Id == Viewer.PersonId ? "your" : $"{Payee.Name}'s";

    protected void AddErrors(IEnumerable<RuleError> errors, string prefix = "Input")
    {
        foreach (var error in errors)
            ModelState.AddModelError($"{prefix}.{error.Field}", error.Message);
    }
}

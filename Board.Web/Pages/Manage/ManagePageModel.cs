using Board.Core.Composition;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Manage;

/// <summary>
/// Base for the coordinator's pages. The folder's policy has already checked that the signed-in person
/// coordinates the board in the address; each page still loads everything by board id, so an id from
/// another board is simply not found.
/// </summary>
public abstract class ManagePageModel(TimeProvider clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }

    /// <summary>Shown once after a save, in a GOV.UK notification banner.</summary>
    [TempData] public string? Saved { get; set; }

    /// <summary>
    /// Today on the board's clock (its local date, not UTC's, which differs between midnight and 1 am in summer).
    /// Read from the request's services so the many coordinator pages keep their constructors.
    /// </summary>
    protected DateOnly Today => HttpContext.RequestServices.GetRequiredService<Infrastructure.BoardClock>().Today;

    protected DateTimeOffset Now => clock.GetUtcNow();

    protected void AddErrors(IEnumerable<RuleError> errors, string prefix = "Input")
    {
        foreach (var error in errors)
            ModelState.AddModelError($"{prefix}.{error.Field}", error.Message);
    }

    protected string ManagePath(string rest = "") => $"/boards/{BoardId}/manage{rest}";
}

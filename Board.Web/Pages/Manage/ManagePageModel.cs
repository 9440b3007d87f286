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

    protected DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    protected DateTimeOffset Now => clock.GetUtcNow();

    protected void AddErrors(IEnumerable<RuleError> errors, string prefix = "Input")
    {
        foreach (var error in errors)
            ModelState.AddModelError($"{prefix}.{error.Field}", error.Message);
    }

    protected string ManagePath(string rest = "") => $"/boards/{BoardId}/manage{rest}";
}

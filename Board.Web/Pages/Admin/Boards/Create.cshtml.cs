using Board.Core.Accounts;
using Board.Data.Boards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Admin.Boards;

/// <summary>
/// A new board, with the standard constitution (the coordinator changes it under The board's rules). Next the
/// administrator appoints its coordinator.
/// </summary>
public sealed class CreateModel(BoardStore boards, ConstitutionStore constitutions, TimeProvider clock) : PageModel
{
    [BindProperty] public BoardInput Input { get; set; } = new();
    [TempData] public string? Saved { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var details = Input.ToDetails();
        foreach (var error in BoardDetailsRules.Check(details, BoardInput.KnownZones))
            ModelState.AddModelError($"Input.{error.Field}", error.Message);
        if (!ModelState.IsValid)
            return Page();
        var boardId = await boards.CreateAsync(details.Name, details.Area, details.About, clock.GetUtcNow());
        await boards.SetTimeZoneAsync(boardId, details.TimeZone);
        await constitutions.SaveAsync(boardId, BoardDetailsRules.StandardConstitution());
        Saved = $"{details.Name} has been added. Now appoint its coordinator.";
        return Redirect($"/admin/boards/{boardId}/coordinators");
    }
}

using Board.Core.Accounts;
using Board.Core.Files;
using Board.Data.Boards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Admin.Boards;

/// <summary>Change a board's details and logo, or archive it (everything it did is kept; it leaves the list of boards).</summary>
// The logo may be 1 MB; the form around it a little more. Anything larger is refused before it is read.
[RequestSizeLimit(2 * 1024 * 1024)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.RateLimits.Uploads)]
public sealed class EditModel(BoardStore boards, TimeProvider clock, Infrastructure.BoardClocks clocks) : PageModel
{
    public const long MaxLogoBytes = 1024 * 1024;

    [FromRoute] public long BoardId { get; set; }
    [BindProperty] public BoardInput Input { get; set; } = new();
    [BindProperty] public IFormFile? Logo { get; set; }
    [BindProperty] public bool Confirm { get; set; }
    [TempData] public string? Saved { get; set; }
    public BoardAdminRow Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        Input = new BoardInput { Name = Board.Name, Area = Board.Area, About = Board.About, TimeZone = Board.TimeZone };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        var details = Input.ToDetails();
        foreach (var error in BoardDetailsRules.Check(details, BoardInput.KnownZones))
            ModelState.AddModelError($"Input.{error.Field}", error.Message);
        if (!ModelState.IsValid)
            return Page();
        await boards.UpdateAsync(BoardId, details.Name, details.Area, details.About, details.TimeZone);
        clocks.Forget(BoardId);
        return Done($"The details of {details.Name} have been saved.");
    }

    public async Task<IActionResult> OnPostLogoAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        ResetInput();
        if (Logo is null || Logo.Length == 0)
            ModelState.AddModelError(nameof(Logo), "Choose a picture of the logo to upload");
        else if (Logo.Length > MaxLogoBytes)
            ModelState.AddModelError(nameof(Logo), "The logo must be 1 MB or smaller");
        if (!ModelState.IsValid)
            return Page();
        using var bytes = new MemoryStream();
        await Logo!.CopyToAsync(bytes);
        // What the file is, from its first bytes, never its name: only PNG and JPEG pictures.
        var kind = FileKinds.Detect(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
        if (kind is not (FileKind.Png or FileKind.Jpeg))
        {
            ModelState.AddModelError(nameof(Logo), "The logo must be a PNG or JPEG picture");
            return Page();
        }
        await boards.SetLogoAsync(BoardId, new BoardLogo { ContentType = FileKinds.ContentType(kind), Bytes = bytes.ToArray() }, clock.GetUtcNow());
        return Done("The new logo has been saved.");
    }

    public async Task<IActionResult> OnPostArchiveAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        ResetInput();
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), "Tick the box to say the board has stopped meeting");
            return Page();
        }
        await boards.SetArchivedAsync(BoardId, clock.GetUtcNow());
        return Done($"{Board.Name} is archived. Everything it did is kept.");
    }

    public async Task<IActionResult> OnPostRestoreAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        await boards.SetArchivedAsync(BoardId, null);
        return Done($"{Board.Name} is back in use.");
    }

    private IActionResult Done(string message)
    {
        Saved = message;
        return Redirect($"/admin/boards/{BoardId}/edit");
    }

    /// <summary>The other forms post no details; show the saved ones again, not empty boxes.</summary>
    private void ResetInput()
    {
        ModelState.Remove("Input.Name");
        Input = new BoardInput { Name = Board.Name, Area = Board.Area, About = Board.About, TimeZone = Board.TimeZone };
    }

    private async Task<bool> LoadAsync()
    {
        if (await boards.GetForAdminAsync(BoardId) is not { } board)
            return false;
        Board = board;
        return true;
    }
}

using Board.Data.Boards;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel(BoardStore boards) : PageModel
{
    public IReadOnlyList<BoardSummary> Boards { get; private set; } = [];

    /// <summary>A member of a board is at home on "My board"; everyone else (the public, administrators) sees the boards.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (User.BoardIdOf() is not null)
            return Redirect("/me/board");
        Boards = await boards.ListAsync();
        return Page();
    }
}

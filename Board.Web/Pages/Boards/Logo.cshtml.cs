using Board.Data.Boards;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Boards;

/// <summary>The board's logo, public like the board's page. Its type was checked from its bytes when uploaded.</summary>
[AllowAnonymous]
public sealed class LogoModel(BoardStore boards) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long boardId)
    {
        if (await boards.LogoAsync(boardId) is not { } logo)
            return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "public, max-age=300";
        return File(logo.Bytes, logo.ContentType);
    }
}

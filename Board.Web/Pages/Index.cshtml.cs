using Board.Data.Boards;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel(BoardStore boards) : PageModel
{
    public IReadOnlyList<BoardSummary> Boards { get; private set; } = [];

    public async Task OnGetAsync() => Boards = await boards.ListAsync();
}

using Board.Data.Boards;
using Board.Data.People;
using Board.Web.Operations;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Admin;

/// <summary>The administrator's home: every board (archived ones too), the administrators, and the site's health.</summary>
public sealed class IndexModel(BoardStore boards, PersonArchiveStore archive, SiteHealth health) : PageModel
{
    public IReadOnlyList<BoardAdminRow> Boards { get; private set; } = [];
    public IReadOnlyList<AccountSummary> Administrators { get; private set; } = [];
    public SiteHealthReport Health { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Boards = await boards.ListForAdminAsync();
        Administrators = await archive.AdministratorsAsync();
        Health = await health.CheckAsync(HttpContext.RequestAborted);
    }
}

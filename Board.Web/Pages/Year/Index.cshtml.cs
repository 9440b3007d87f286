using Board.Core.Documents;
using Board.Web.Documents;
using Board.Web.Infrastructure;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Year;

/// <summary>The board's year in easy read as a web page, for everyone, from the same content as the PDF.</summary>
[AllowAnonymous]
public sealed class IndexModel(YearReports reports, DocumentFactsLoader facts, BoardClock clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute(Name = "year")] public int ReportYear { get; set; }
    public DocumentContent Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (ReportYear is < 2000 or > 9000
            || await reports.YearAsync(BoardId, ReportYear, clock.Today, isMember: User.BoardIdOf() == BoardId) is not { } year)
            return NotFound();
        Document = YearDocuments.EasyRead(year, facts.Pictures, reports.Pictures);
        // A member's page may hold the unpublished ladder picture: never kept by a shared cache.
        if (User.BoardIdOf() == BoardId)
            Response.Headers.CacheControl = "private, no-store";
        return Page();
    }
}

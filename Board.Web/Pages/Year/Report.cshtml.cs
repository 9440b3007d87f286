using Board.Core.Documents;
using Board.Web.Documents;
using Board.Web.Infrastructure;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Year;

/// <summary>The board's year in easy read as a tagged PDF, from the document parts the minutes use, made when asked.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.AgendaPacks)] // made on each request: anonymous CPU, so limited like the agenda pack
public sealed class ReportModel(YearReports reports, DocumentFactsLoader facts, IPdfRenderer renderer, BoardClock clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute(Name = "year")] public int ReportYear { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var isMember = User.BoardIdOf() == BoardId;
        if (ReportYear is < 2000 or > 9000 || await reports.YearAsync(BoardId, ReportYear, clock.Today, isMember) is not { } year)
            return NotFound();
        var pdf = renderer.Render(YearDocuments.EasyRead(year, facts.Pictures, reports.Pictures));
        // A member's copy may hold the unpublished ladder picture: never kept by a shared cache.
        Response.Headers.CacheControl = isMember ? "private, no-store" : "public, max-age=120";
        PdfResponses.Name(Response, PdfResponses.FileName(year.BoardName, clock.Today, $"year-{ReportYear}-easy-read.pdf"));
        return File(pdf.Content, "application/pdf");
    }
}

using Board.Core.Documents;
using Board.Web.Documents;
using Board.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Plan;

/// <summary>
/// The plan as an easy read PDF report, for everyone, made from the plan as it stands now with the same parts as the
/// minutes. It is rendered when asked (tens of milliseconds), so it is never out of date.
/// </summary>
[AllowAnonymous]
public sealed class ReportModel(DocumentFactsLoader facts, IPdfRenderer renderer, BoardClock clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await facts.PlanAsync(BoardId, clock.Today) is not { } plan)
            return NotFound();
        var pdf = renderer.Render(PlanDocuments.EasyRead(plan, facts.Pictures, facts.StatusPictures));
        // Updates change the plan at any time: a browser may keep it for a few minutes, no longer.
        Response.Headers.CacheControl = "public, max-age=120";
        PdfResponses.Name(Response, PdfResponses.FileName(plan.BoardName, clock.Today, "easy-read-plan-report.pdf"));
        return File(pdf.Content, "application/pdf");
    }
}

using Board.Core.Documents;
using Board.Data.Boards;
using Board.Data.Payments;
using Board.Web.Documents;
using Board.Web.Infrastructure;
using Board.Web.Payments;
using Board.Web.Pictures;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Payments;

/// <summary>
/// One person's money for meetings in a year, as an easy read tagged PDF from the document parts the minutes use.
/// Only those <see cref="Core.Payments.ClaimAccess"/> lets see the person's claims get it; it is never cached.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.AgendaPacks)] // made on each request, like the year report
public sealed class StatementModel(
    ClaimViewers viewers, ClaimStore claims, InvolvementStore involvement, BoardStore boards, DocumentFactsLoader facts, PictureSet pictures,
    IPdfRenderer renderer, BoardClock clock) : PaymentsPageModel(viewers)
{
    [FromRoute] public long PayeeId { get; set; }
    [FromRoute(Name = "year")] public int StatementYear { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await PayeeAsync(PayeeId, MaySee) is { } refused)
            return refused;
        if (StatementYear is < 2000 or > 9000 || await boards.GetAsync(BoardId) is not { } board)
            return NotFound();
        var inYear = (await claims.ForPersonAsync(BoardId, Payee.Id)).Where(c => c.MeetingStartsAt.Year == StatementYear)
            .Select(c => new StatementClaim(c.MeetingStartsAt, c.MeetingTitle, c.State, c.Total, c.Payment?.AmountPence, c.Payment?.PaidOn)).ToList();
        var statement = new StatementFacts(board.Name, Payee.Name, StatementYear, clock.Today, await involvement.ChoiceAsync(BoardId, Payee.Id), inYear);
        var pdf = renderer.Render(StatementDocuments.EasyRead(statement, facts.Pictures, DocumentFactsLoader.Picture(pictures, "money")));
        Response.Headers.CacheControl = "private, no-store";
        PdfResponses.Name(Response, PdfResponses.FileName(board.Name, clock.Today, $"money-for-meetings-{StatementYear}-easy-read.pdf"));
        return File(pdf.Content, "application/pdf");
    }
}

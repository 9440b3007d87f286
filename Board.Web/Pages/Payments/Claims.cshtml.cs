using Board.Core.Payments;
using Board.Data.Payments;
using Board.Web.Payments;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Payments;

/// <summary>The approver's list: claims waiting first, then the rest; and the finance export of agreed and paid claims.</summary>
public sealed class ClaimsModel(ClaimViewers viewers, ClaimStore claims) : PaymentsPageModel(viewers)
{
    public IReadOnlyList<InvolvementClaim> Claims { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await ViewerAsync() || !ClaimAccess.IsApprover(Viewer, BoardId))
            return Forbid();
        Claims = await claims.ForBoardAsync(BoardId);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!await ViewerAsync() || !ClaimAccess.IsApprover(Viewer, BoardId))
            return Forbid();
        Response.Headers.CacheControl = "private, no-store";
        return File(FinanceExport.Write(await claims.ForBoardAsync(BoardId)), "text/csv; charset=utf-8", "involvement-claims.csv");
    }
}

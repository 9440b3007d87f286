using Board.Data.Payments;
using Board.Web.Payments;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Payments;

/// <summary>A receipt on a claim, only for those who may see the claim, served as the kind it was checked to be and never run.</summary>
public sealed class ReceiptModel(ClaimViewers viewers, ClaimStore claims, ReceiptFiles files) : PaymentsPageModel(viewers)
{
    [FromRoute] public long PayeeId { get; set; }
    [FromRoute] public long ClaimId { get; set; }
    [FromRoute] public long ReceiptId { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await PayeeAsync(PayeeId, MaySee) is { } refused)
            return refused;
        if (await claims.GetAsync(BoardId, ClaimId) is not { } claim || claim.PersonId != Payee.Id
            || (await claims.ReceiptsAsync(BoardId, ClaimId)).SingleOrDefault(r => r.Id == ReceiptId) is not { } receipt)
            return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentSecurityPolicy = "sandbox";
        Response.Headers.CacheControl = "private, no-store";
        return PhysicalFile(files.PathOf(receipt), receipt.ContentType, receipt.FileName);
    }
}

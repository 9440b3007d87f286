using Board.Core.Payments;
using Board.Data.Notifications;
using Board.Data.Payments;
using Board.Web.Forms;
using Board.Web.Payments;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Payments;

/// <summary>
/// An approver checks one claim: approves it, asks a question (the reason goes to the person's messages in their
/// words), or rejects it with a reason; then records the payment. Nobody decides on their own claim.
/// </summary>
public sealed class ReviewModel(ClaimViewers viewers, ClaimStore claims, NotificationStore notifications, TimeProvider clock) : PaymentsPageModel(viewers)
{
    [FromRoute] public long ClaimId { get; set; }
    [BindProperty] public long SeenVersion { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public PaymentForm Payment { get; set; } = new();
    public InvolvementClaim Claim { get; private set; } = null!;
    public IReadOnlyList<ClaimReceipt> Receipts { get; private set; } = [];
    public bool MayDecide { get; private set; }
    public string? Problem { get; private set; }

    public sealed class PaymentForm
    {
        public string? Amount { get; set; }
        public string? PaidOn { get; set; }
        public string? Method { get; set; }
        public string? Reference { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
            return refused;
        SeenVersion = Claim.Version;
        Payment.Amount = Money.ForInput(Claim.Total.TotalPence);
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync() => DecideAsync(ClaimState.Approved);

    public Task<IActionResult> OnPostQueryAsync() => DecideAsync(ClaimState.Queried);

    public Task<IActionResult> OnPostRejectAsync() => DecideAsync(ClaimState.Rejected);

    public async Task<IActionResult> OnPostPayAsync()
    {
        if (await LoadAsync() is { } refused)
            return refused;
        if (!MayDecide || !ClaimRules.CanRecordPayment(Claim.State))
            return Stale("This claim cannot be paid now: it must be agreed first, and paid only once.");
        var (pence, problem) = Money.Parse(Payment.Amount, "the amount paid");
        if (problem is not null || pence is null)
            ModelState.AddModelError("Payment.Amount", problem ?? "Enter the amount paid, like 30.00");
        var paidOn = DateText.Parse(Payment.PaidOn);
        if (paidOn is null)
            ModelState.AddModelError("Payment.PaidOn", "Enter the day it was paid, like 1/6/2026");
        if (string.IsNullOrWhiteSpace(Payment.Method) || Payment.Method.Trim().Length > 60)
            ModelState.AddModelError("Payment.Method", "Enter how it was paid, like bank transfer or vouchers (60 letters at most)");
        if (string.IsNullOrWhiteSpace(Payment.Reference) || Payment.Reference.Trim().Length > 60)
            ModelState.AddModelError("Payment.Reference", "Enter the finance system's reference (60 letters at most)");
        if (!ModelState.IsValid)
            return Page();
        if (!await claims.RecordPaymentAsync(BoardId, ClaimId, new ClaimPayment(pence!.Value, paidOn!.Value, Payment.Method!.Trim(), Payment.Reference!.Trim()),
                Viewer.PersonId, clock.GetUtcNow()))
            return Stale("Someone recorded a payment for this claim just now.");
        await notifications.SendAsync(Claim.PersonId, $"claim-paid:{ClaimId}", "Your claim is paid",
            $"Your claim for the meeting on {Core.Text.PlainDates.Date(Claim.MeetingStartsAt)} is paid.\n{Money.Format(pence.Value)} was paid.",
            $"/boards/{BoardId}/payments/people/{Claim.PersonId}", clock.GetUtcNow());
        Saved = "The payment is recorded.";
        return Redirect($"/boards/{BoardId}/claims/{ClaimId}");
    }

    private async Task<IActionResult> DecideAsync(ClaimState decision)
    {
        if (await LoadAsync() is { } refused)
            return refused;
        if (!MayDecide)
            return Stale("You cannot decide on your own claim. Ask another approver.");
        if (!ClaimRules.CanDecide(Claim.State))
            return Stale("This claim was decided already.");
        if (decision != ClaimState.Approved && ClaimRules.CheckReason(Reason) is { } error)
        {
            ModelState.AddModelError(nameof(Reason), error.Message);
            return Page();
        }
        var reason = decision == ClaimState.Approved ? null : Reason!.Trim();
        if (!await claims.DecideAsync(BoardId, ClaimId, decision, reason, Viewer.PersonId, SeenVersion, clock.GetUtcNow()))
            return Stale("This claim changed since you opened it. Read it again.");
        var date = Core.Text.PlainDates.Date(Claim.MeetingStartsAt);
        var (subject, body) = decision switch
        {
            ClaimState.Approved => ("Your claim is agreed", $"Your claim for the meeting on {date} is agreed.\nIt will be paid soon."),
            ClaimState.Queried => ("A question about your claim", $"There is a question about your claim for the meeting on {date}.\n{reason}\nYou can answer and send it again."),
            _ => ("Your claim is not agreed", $"Your claim for the meeting on {date} is not agreed.\n{reason}"),
        };
        await notifications.SendAsync(Claim.PersonId, $"claim-{decision}:{ClaimId}:{SeenVersion}", subject, body,
            $"/boards/{BoardId}/payments/people/{Claim.PersonId}", clock.GetUtcNow());
        Saved = decision switch
        {
            ClaimState.Approved => "The claim is agreed.",
            ClaimState.Queried => "The question is sent to the person.",
            _ => "The claim is not agreed. The person is told why.",
        };
        return Redirect($"/boards/{BoardId}/claims/{ClaimId}");
    }

    private IActionResult Stale(string problem)
    {
        Problem = problem;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (!await ViewerAsync() || !ClaimAccess.IsApprover(Viewer, BoardId))
            return Forbid();
        if (await claims.GetAsync(BoardId, ClaimId) is not { } claim)
            return NotFound();
        Claim = claim;
        Receipts = await claims.ReceiptsAsync(BoardId, ClaimId);
        MayDecide = ClaimAccess.CanDecide(Viewer, BoardId, claim.PersonId);
        return null;
    }
}

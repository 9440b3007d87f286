using Board.Core.Payments;
using Board.Data.Payments;
using Board.Web.Payments;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Payments;

/// <summary>One person's money for meetings: their payment choice, meetings to claim for, and their claims.</summary>
public sealed class PersonModel(ClaimViewers viewers, ClaimStore claims, InvolvementStore involvement) : PaymentsPageModel(viewers)
{
    [FromRoute] public long PayeeId { get; set; }
    public PaymentSetting Setting { get; private set; } = PaymentSetting.Default;
    public IReadOnlyList<UnclaimedMeeting> Unclaimed { get; private set; } = [];
    public IReadOnlyList<InvolvementClaim> Claims { get; private set; } = [];
    public bool MayClaimHere { get; private set; }

    /// <summary>The years with a claim, newest first: each has an easy read statement.</summary>
    public IReadOnlyList<int> StatementYears => Claims.Select(c => c.MeetingStartsAt.Year).Distinct().OrderDescending().ToList();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await PayeeAsync(PayeeId, MaySee) is { } refused)
            return refused;
        MayClaimHere = MayClaim(Viewer, Payee);
        Setting = await involvement.ChoiceAsync(BoardId, Payee.Id);
        Unclaimed = await claims.UnclaimedAsync(BoardId, Payee.Id);
        Claims = await claims.ForPersonAsync(BoardId, Payee.Id);
        return Page();
    }

    public string Base => $"/boards/{BoardId}/payments/people/{PayeeId}";
}

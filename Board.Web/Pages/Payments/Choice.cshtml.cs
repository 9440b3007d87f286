using Board.Core.Payments;
using Board.Data.Payments;
using Board.Web.Payments;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Payments;

/// <summary>The person (or their supporter with them) chooses how they are paid, after reading the benefits reminder.</summary>
public sealed class ChoiceModel(ClaimViewers viewers, InvolvementStore involvement, TimeProvider clock) : PaymentsPageModel(viewers)
{
    [FromRoute] public long PayeeId { get; set; }
    [BindProperty] public ChoiceInput Input { get; set; } = new();
    public bool OffersVouchers { get; private set; }

    public sealed class ChoiceInput
    {
        public PaymentChoice? Choice { get; set; }
        public string? LowerAmount { get; set; }
        public string? Charity { get; set; }
    }

    public IEnumerable<PaymentChoice> Choices =>
        Enum.GetValues<PaymentChoice>().Where(c => c != PaymentChoice.Vouchers || OffersVouchers);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await PayeeAsync(PayeeId, MayClaim) is { } refused)
            return refused;
        OffersVouchers = await involvement.OffersVouchersAsync(BoardId);
        var current = await involvement.ChoiceAsync(BoardId, Payee.Id);
        Input = new ChoiceInput
        {
            Choice = current.Choice,
            LowerAmount = current.LowerAmountPence is { } lower ? Money.ForInput(lower) : null,
            Charity = current.Charity,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await PayeeAsync(PayeeId, MayClaim) is { } refused)
            return refused;
        OffersVouchers = await involvement.OffersVouchersAsync(BoardId);
        if (Input.Choice is not { } choice)
        {
            ModelState.AddModelError("Input.Choice", "Choose how you want to be paid");
            return Page();
        }
        long? lower = null;
        if (choice == PaymentChoice.LowerAmount)
        {
            var (pence, problem) = Money.Parse(Input.LowerAmount, "the amount");
            if (problem is not null)
            {
                ModelState.AddModelError("Input.LowerAmount", problem);
                return Page();
            }
            lower = pence;
        }
        var setting = PaymentChoices.Normalise(new PaymentSetting(choice, lower, Input.Charity));
        var errors = PaymentChoices.Check(setting, OffersVouchers);
        if (errors.Count > 0)
        {
            AddErrors(errors);
            return Page();
        }
        await involvement.SaveChoiceAsync(BoardId, Payee.Id, setting, Viewer.PersonId, clock.GetUtcNow());
        Saved = "The choice is saved. It is used for the next claims.";
        return Redirect($"/boards/{BoardId}/payments/people/{PayeeId}");
    }
}

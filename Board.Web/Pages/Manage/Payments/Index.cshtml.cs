using System.Globalization;
using Board.Core.Composition;
using Board.Core.Payments;
using Board.Data.Payments;
using Board.Data.People;
using Board.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Board.Web.Pages.Manage.Payments;

/// <summary>
/// The coordinator sets what the board pays (rates with the dates they apply), whether vouchers are offered, and who
/// else approves claims. A rate is never edited: a new rate from April ends the old one, so past claims keep theirs.
/// </summary>
public sealed class IndexModel(InvolvementStore involvement, PersonStore people, TimeProvider clock) : ManagePageModel(clock)
{
    [BindProperty] public RateInput Input { get; set; } = new();
    [BindProperty] public long? ApproverId { get; set; }
    public IReadOnlyList<Rate> RateList { get; private set; } = [];
    public bool OffersVouchers { get; private set; }
    public IReadOnlyList<Person> Approvers { get; private set; } = [];
    public IReadOnlyList<Person> Candidates { get; private set; } = [];

    public sealed class RateInput
    {
        public RateKind? Kind { get; set; }
        public string? Amount { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
    }

    public static IEnumerable<SelectListItem> KindChoices =>
        Enum.GetValues<RateKind>().Select(k => new SelectListItem(Rates.Describe(k), k.ToString()));

    public IEnumerable<SelectListItem> CandidateChoices =>
        Candidates.Select(p => new SelectListItem($"{p.Name} ({Roles.PlainName(p.Role)})", p.Id.ToString(CultureInfo.InvariantCulture)));

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddRateAsync()
    {
        await LoadAsync();
        if (Input.Kind is null)
            ModelState.AddModelError("Input.Kind", "Choose what the rate pays for");
        var (pence, problem) = Money.Parse(Input.Amount, "the amount");
        if (problem is not null || pence is null)
            ModelState.AddModelError("Input.Amount", problem ?? "Enter the amount, like 25.00");
        var from = DateText.Parse(Input.From);
        if (from is null)
            ModelState.AddModelError("Input.From", "Enter the first day the rate applies, like 1/4/2026");
        DateOnly? to = null;
        if (!string.IsNullOrWhiteSpace(Input.To) && (to = DateText.Parse(Input.To)) is null)
            ModelState.AddModelError("Input.To", "Enter the last day the rate applies, like 31/3/2027, or leave it empty");
        if (!ModelState.IsValid)
            return Page();
        var errors = await involvement.AddRateAsync(BoardId, new RateDraft(Input.Kind!.Value, pence!.Value, from!.Value, to));
        if (errors.Count > 0)
        {
            AddErrors(errors);
            return Page();
        }
        Saved = $"The rate for \"{Rates.Describe(Input.Kind.Value).ToLowerInvariant()}\" is added.";
        return Redirect(ManagePath("/payments"));
    }

    public async Task<IActionResult> OnPostVouchersAsync(bool offers)
    {
        await involvement.SetOffersVouchersAsync(BoardId, offers);
        Saved = offers ? "People can now choose vouchers." : "People can no longer choose vouchers.";
        return Redirect(ManagePath("/payments"));
    }

    public async Task<IActionResult> OnPostAddApproverAsync()
    {
        await LoadAsync();
        if (ApproverId is not { } personId || Candidates.All(p => p.Id != personId))
        {
            ModelState.AddModelError(nameof(ApproverId), "Choose someone from this board");
            return Page();
        }
        await involvement.AddApproverAsync(BoardId, personId);
        Saved = "They can now approve claims.";
        return Redirect(ManagePath("/payments"));
    }

    public async Task<IActionResult> OnPostRemoveApproverAsync(long personId)
    {
        if (!await involvement.RemoveApproverAsync(BoardId, personId))
            return NotFound();
        Saved = "They can no longer approve claims.";
        return Redirect(ManagePath("/payments"));
    }

    private async Task LoadAsync()
    {
        RateList = await involvement.RatesAsync(BoardId);
        OffersVouchers = await involvement.OffersVouchersAsync(BoardId);
        var everyone = await people.ListAsync(BoardId);
        var approverIds = (await involvement.ApproversAsync(BoardId)).ToHashSet();
        Approvers = everyone.Where(p => approverIds.Contains(p.Id)).ToList();
        // Officers approve; Reps and carers claim, so they are not offered (nobody approves their own claim anyway).
        Candidates = everyone.Where(p => p.Role is Role.Partner or Role.Coordinator && !approverIds.Contains(p.Id)).ToList();
    }
}

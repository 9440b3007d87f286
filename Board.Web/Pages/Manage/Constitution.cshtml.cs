using System.ComponentModel.DataAnnotations;
using Board.Core.Composition;
using Board.Data.Boards;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage;

/// <summary>The board's rules: how many seats of each kind, which vote, the quorum, the majority and the tie rule.</summary>
public sealed class ConstitutionModel(ConstitutionStore constitutions, TimeProvider clock) : ManagePageModel(clock)
{
    [BindProperty] public RulesInput Input { get; set; } = new();
    public Constitution Current { get; private set; } = null!;

    public sealed class RulesInput
    {
        public List<SeatInput> Seats { get; set; } = [];

        [Required(ErrorMessage = "Enter how many voting members must be present")]
        [Range(0, 1000, ErrorMessage = "Enter a whole number of voting members, like 8")]
        public int? MinimumVotingMembersPresent { get; set; }

        [Required(ErrorMessage = "Enter how many Reps must be present")]
        [Range(0, 1000, ErrorMessage = "Enter a whole number of Reps, like 3")]
        public int? MinimumRepsPresent { get; set; }

        public MajorityRule Majority { get; set; }
        public TieRule Tie { get; set; }
        public string? CastingVoteSeatCode { get; set; }
        public Core.Minutes.MinutesApproval MinutesApproval { get; set; }
    }

    public sealed class SeatInput
    {
        public string Code { get; set; } = "";

        [Range(0, ConstitutionRules.MaxSeatsPerType, ErrorMessage = "Enter a number of seats from 0 to 100")]
        public int Seats { get; set; }

        public bool Votes { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await constitutions.LoadAsync(BoardId) is not { } current)
            return NotFound();
        Current = current;
        Input = new RulesInput
        {
            Seats = current.SeatTypes.Select(s => new SeatInput { Code = s.Code, Seats = s.Seats, Votes = s.Votes }).ToList(),
            MinimumVotingMembersPresent = current.Quorum.MinimumVotingMembersPresent,
            MinimumRepsPresent = current.Quorum.MinimumRepsPresent,
            Majority = current.Majority,
            Tie = current.Tie,
            CastingVoteSeatCode = current.CastingVoteSeatCode,
            MinutesApproval = await constitutions.MinutesApprovalAsync(BoardId),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await constitutions.LoadAsync(BoardId) is not { } current)
            return NotFound();
        Current = current;
        if (!ModelState.IsValid)
            return Page();
        // Seat types are matched by code; names and Rep status stay as they are, and unknown codes are ignored.
        var seats = current.SeatTypes.Select(s => Input.Seats.FirstOrDefault(i => i.Code == s.Code) is { } changed
            ? s with { Seats = changed.Seats, Votes = changed.Votes }
            : s).ToList();
        var proposed = current with
        {
            SeatTypes = seats,
            Quorum = new QuorumRule(Input.MinimumVotingMembersPresent!.Value, Input.MinimumRepsPresent!.Value),
            Majority = Input.Majority,
            Tie = Input.Tie,
            CastingVoteSeatCode = Input.Tie == TieRule.CoChairCastingVote ? Input.CastingVoteSeatCode : null,
        };
        var errors = ConstitutionRules.Validate(proposed);
        AddErrors(errors);
        if (errors.Count > 0)
            return Page();
        if (!Enum.IsDefined(Input.MinutesApproval))
        {
            ModelState.AddModelError("Input.MinutesApproval", "Choose how the minutes are approved");
            return Page();
        }
        await constitutions.SaveAsync(BoardId, proposed);
        await constitutions.SetMinutesApprovalAsync(BoardId, Input.MinutesApproval);
        Saved = "The board's rules have been saved.";
        return Redirect(ManagePath());
    }
}

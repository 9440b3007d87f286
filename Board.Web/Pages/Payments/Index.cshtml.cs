using Board.Core.Composition;
using Board.Core.Payments;
using Board.Data.Payments;
using Board.Data.People;
using Board.Web.Payments;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Payments;

/// <summary>Where payments start: the people you can claim for (you, or the Reps you support), and claims to check if you approve.</summary>
public sealed class IndexModel(ClaimViewers viewers, PersonStore people, ClaimStore claims) : PaymentsPageModel(viewers)
{
    public IReadOnlyList<(Person Person, int Unclaimed)> People { get; private set; } = [];
    public bool Approves { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await ViewerAsync())
            return Forbid();
        var everyone = await people.ListAsync(BoardId);
        var list = new List<(Person, int)>();
        foreach (var person in everyone.Where(p => ClaimAccess.CanClaimFor(Viewer, BoardId, p.Id, p.Role)).OrderBy(p => p.Id != Viewer.PersonId).ThenBy(p => p.Name))
            list.Add((person, (await claims.UnclaimedAsync(BoardId, person.Id)).Count));
        People = list;
        Approves = ClaimAccess.IsApprover(Viewer, BoardId);
        return Page();
    }
}

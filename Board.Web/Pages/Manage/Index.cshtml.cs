using Board.Core.Composition;
using Board.Data.Boards;
using Board.Data.Memberships;
using Board.Data.People;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage;

/// <summary>The coordinator's overview: the composition check (seats, vacancies, terms ending soon, problems).</summary>
public sealed class IndexModel(BoardStore boards, ConstitutionStore constitutions, MembershipStore memberships, PersonStore people, TimeProvider clock)
    : ManagePageModel(clock)
{
    public BoardSummary Board { get; private set; } = null!;
    public CompositionReport Report { get; private set; } = null!;
    public IReadOnlyDictionary<long, string> Names { get; private set; } = new Dictionary<long, string>();

    public async Task<IActionResult> OnGetAsync()
    {
        var board = await boards.GetAsync(BoardId);
        var constitution = await constitutions.LoadAsync(BoardId);
        if (board is null || constitution is null)
            return NotFound();
        Board = board;
        Report = CompositionCheck.Evaluate(constitution, await memberships.ListAsync(BoardId), Today);
        Names = (await people.ListAsync(BoardId)).ToDictionary(p => p.Id, p => p.Name);
        return Page();
    }
}

using Board.Core.Composition;
using Board.Data.Boards;
using Board.Data.Groups;
using Board.Data.Memberships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Boards;

/// <summary>The public face of a board: who holds the votes, who co-chairs, who attends as partners, and the groups.</summary>
[AllowAnonymous]
public sealed class ShowModel(BoardStore boards, ConstitutionStore constitutions, MemberQueries members, GroupStore groups,
    Board.Data.Ladder.LadderStore ladderRatings, Board.Web.Ladder.LadderViews ladders, Infrastructure.BoardClock clock) : PageModel
{
    public BoardSummary Board { get; private set; } = null!;
    public Constitution Constitution { get; private set; } = null!;
    public IReadOnlyList<MemberListing> CoChairs { get; private set; } = [];
    public IReadOnlyList<MemberListing> VotingMembers { get; private set; } = [];
    public IReadOnlyList<MemberListing> NonVotingMembers { get; private set; } = [];
    public IReadOnlyList<SelfAdvocacyGroup> Groups { get; private set; } = [];
    public bool HasLogo { get; private set; }
    public ILookup<string?, MemberListing> RepsByGroup { get; private set; } = null!;

    /// <summary>The year's ladder picture, when the board publishes it (ADR-018): counts per rung only, never who or why.</summary>
    public Core.Ladder.LadderComparison? YearLadder { get; private set; }
    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(long boardId)
    {
        var board = await boards.GetAsync(boardId);
        var constitution = await constitutions.LoadAsync(boardId);
        if (board is null || constitution is null)
            return NotFound();
        Board = board;
        HasLogo = await boards.HasLogoAsync(boardId);
        Constitution = constitution;
        var today = clock.Today;
        var current = await members.CurrentAsync(boardId, today);
        CoChairs = current.Where(m => m.IsCoChair).ToList();
        VotingMembers = current.Where(m => m.Votes).ToList();
        NonVotingMembers = current.Where(m => !m.Votes).ToList();
        Groups = await groups.ListAsync(boardId);
        RepsByGroup = current.Where(m => m.GroupName is not null).ToLookup(m => m.GroupName);
        Year = today.Year;
        if (await ladderRatings.IsPublicAsync(boardId))
            YearLadder = (await ladders.YearAsync(boardId, Year)).Decisions;
        return Page();
    }
}

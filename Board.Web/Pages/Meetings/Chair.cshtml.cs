using Board.Core.Voting;
using Board.Data.Voting;
using Board.Web.Security;
using Board.Web.Voting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// The co-chairs' page: start and finish the votes the coordinator has prepared. When a vote closes on a tie, the
/// co-chair who holds the casting vote (from the constitution) gives it here, after the close and in the open.
/// </summary>
[Authorize(Policy = Policies.BoardCoChair)]
public sealed class ChairModel(VotingRoll rolls, PollStore polls, BallotStore ballots, PollControl control, Board.Data.People.PersonStore people)
    : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    [TempData] public string? Done { get; set; }
    public Roll Roll { get; private set; } = null!;
    public IReadOnlyList<Poll> Polls { get; private set; } = [];
    public IReadOnlyDictionary<long, int> Voted { get; private set; } = new Dictionary<long, int>();

    /// <summary>Closed ties waiting for the casting vote, with the result they closed with.</summary>
    public IReadOnlyList<(Poll Poll, string Result)> Ties { get; private set; } = [];
    public string? Problem { get; private set; }

    /// <summary>Whether this co-chair holds the seat that gives the casting vote on a tie.</summary>
    public bool HasCastingVote { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync(long pollId) => await StepAsync(control.OpenAsync(BoardId, MeetingId, pollId));

    public async Task<IActionResult> OnPostFinishAsync(long pollId, bool confirmed)
    {
        // As on the coordinator's pages: while members here have not voted, the first press only asks.
        if (!confirmed && await control.AskBeforeClosingAsync(BoardId, MeetingId, pollId) is { } question)
        {
            if (!await LoadAsync())
                return NotFound();
            Ask = new Shared.ConfirmView(question, "Finish", new Dictionary<string, string> { ["pollId"] = pollId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                $"/boards/{BoardId}/meetings/{MeetingId}/chair");
            return Page();
        }
        return await StepAsync(control.CloseAsync(BoardId, MeetingId, pollId));
    }

    public Shared.ConfirmView? Ask { get; private set; }

    public async Task<IActionResult> OnPostCastingVoteAsync(long pollId, OptionMeaning castingVote)
    {
        var me = User.PersonIdOrThrow();
        var name = (await people.GetSelfAsync(me))?.Name ?? "The co-chair";
        return await StepAsync(control.GiveCastingVoteAsync(BoardId, MeetingId, pollId, me, name, castingVote));
    }

    private async Task<IActionResult> StepAsync(Task<PollStep> stepping)
    {
        var step = await stepping;
        if (!step.Done)
        {
            if (!await LoadAsync())
                return NotFound();
            Problem = step.Message;
            return Page();
        }
        Done = step.Message;
        return Redirect($"/boards/{BoardId}/meetings/{MeetingId}/chair");
    }

    private async Task<bool> LoadAsync()
    {
        if (await rolls.LoadAsync(BoardId, MeetingId) is not { } roll)
            return false;
        Roll = roll;
        Polls = (await polls.ForMeetingAsync(MeetingId)).Where(p => p.State is PollState.Draft or PollState.Open).ToList();
        var voted = new Dictionary<long, int>();
        foreach (var poll in Polls)
            voted[poll.Id] = await ballots.VotedCountAsync(poll.Id);
        Voted = voted;
        var ties = new List<(Poll, string)>();
        foreach (var id in await polls.WaitingForCastingVoteAsync(BoardId, MeetingId))
            if (await polls.GetAsync(BoardId, id) is { } tied)
                ties.Add((tied, await polls.ResultTextAsync(id) ?? ""));
        Ties = ties;
        HasCastingVote = await control.HoldsCastingVoteAsync(BoardId, roll, User.PersonIdOrThrow());
        return true;
    }
}

using Board.Core.Voting;
using Board.Data.Memberships;
using Board.Data.Voting;
using Board.Web.Infrastructure;
using Board.Web.Security;
using Board.Web.Voting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// The co-chairs' page: start and finish the votes the coordinator has prepared. On a tie, the co-chair who holds
/// the casting vote (from the constitution) gives it here.
/// </summary>
[Authorize(Policy = Policies.BoardCoChair)]
public sealed class ChairModel(VotingRoll rolls, PollStore polls, BallotStore ballots, PollControl control, MemberQueries members, BoardClock clock)
    : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    [TempData] public string? Done { get; set; }
    public Roll Roll { get; private set; } = null!;
    public IReadOnlyList<Poll> Polls { get; private set; } = [];
    public IReadOnlyDictionary<long, int> Voted { get; private set; } = new Dictionary<long, int>();
    public string? Problem { get; private set; }

    /// <summary>Whether this co-chair holds the seat that gives the casting vote on a tie.</summary>
    public bool HasCastingVote { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync(long pollId) => await StepAsync(control.OpenAsync(BoardId, MeetingId, pollId));

    public async Task<IActionResult> OnPostFinishAsync(long pollId, OptionMeaning? castingVote)
    {
        if (!await LoadAsync())
            return NotFound();
        return await StepAsync(control.CloseAsync(BoardId, MeetingId, pollId, HasCastingVote ? castingVote : null));
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
        var me = User.PersonIdOrThrow();
        HasCastingVote = roll.IsPresent(me) && roll.Constitution.CastingVoteSeatCode is { } seat && (await members.CurrentAsync(BoardId, clock.Today))
            .Any(m => m.PersonId == me && m.IsCoChair && string.Equals(m.SeatCode, seat, StringComparison.OrdinalIgnoreCase));
        return true;
    }
}

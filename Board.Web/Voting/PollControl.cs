using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Voting;
using Board.Web.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Board.Web.Voting;

/// <summary>What happened when someone tried to open or close a poll: a problem in plain words, or the news.</summary>
public sealed record PollStep(bool Done, string Message);

/// <summary>
/// Opening and closing polls, for the coordinator's page and the co-chairs' page alike. Closing works out the
/// result with the constitution's rules from the committed ballots and the attendance, and tells everyone at once.
/// </summary>
public sealed class PollControl(PollStore polls, VotingRoll rolls, PollViews views, Board.Data.Memberships.MemberQueries members,
    IHubContext<MeetingHub, IMeetingClient> hub, TimeProvider clock)
{
    public async Task<PollStep> OpenAsync(long boardId, long meetingId, long pollId)
    {
        if (await rolls.LoadFreshAsync(boardId, meetingId) is not { } roll || await polls.GetAsync(boardId, pollId) is not { } poll || poll.MeetingId != meetingId)
            return new(false, "This vote is not part of this meeting.");
        if (PollRules.ProblemOpening(poll, roll.Meeting.State == MeetingState.Live, roll.Quorum.IsMet) is { } problem)
            return new(false, problem);
        if (!await polls.OpenAsync(boardId, pollId, clock.GetUtcNow()))
            return new(false, "Another question is open. Close it first.");
        var opened = (await polls.GetAsync(boardId, pollId))!;
        await hub.Clients.Group(MeetingHub.GroupOf(meetingId)).PollOpened(views.View(opened));
        await hub.Clients.Group(MeetingHub.BoardGroupOf(boardId)).VoteOpened(
            views.OpenVote(boardId, meetingId, roll.Meeting.Title, opened.Id, opened.Question, opened.Picture));
        return new(true, PollRules.WarningOpening(roll.Quorum.IsMet) is { } warning ? $"Voting is open. {warning}" : "Voting is open.");
    }

    /// <param name="castingVote">The casting vote, given only on the co-chairs' page by the co-chair who holds it.</param>
    public async Task<PollStep> CloseAsync(long boardId, long meetingId, long pollId, OptionMeaning? castingVote)
    {
        if (await rolls.LoadFreshAsync(boardId, meetingId) is not { } roll || await polls.GetAsync(boardId, pollId) is not { } poll || poll.MeetingId != meetingId)
            return new(false, "This vote is not part of this meeting.");
        if (PollRules.ProblemClosing(poll, clock.GetUtcNow()) is { } problem)
            return new(false, problem);
        var tie = await TieRuleNowAsync(boardId, roll);
        var result = await polls.CloseAsync(boardId, poll, counts => PollResults.Decide(poll, counts, roll.Quorum, tie, castingVote), clock.GetUtcNow());
        if (result is null)
            return new(false, "This vote is already closed.");
        if (result.Outcome == Outcome.WaitingForCastingVote)
            return new(false, "It is a tie. The co-chair with the casting vote gives it on the co-chairs' page, then the vote is closed.");
        await hub.Clients.Group(MeetingHub.GroupOf(meetingId)).PollClosed(PollViews.Result(poll, result));
        await hub.Clients.Group(MeetingHub.BoardGroupOf(boardId)).VoteClosed(new VoteClosedNotice(meetingId, pollId));
        return new(true, result.Explanation);
    }

    /// <summary>
    /// The casting vote needs the co-chair who holds it to be at the meeting. If they are not, a tie could never be
    /// settled, so the idea does not go ahead, as it would under the "motion falls" rule.
    /// </summary>
    private async Task<TieRule> TieRuleNowAsync(long boardId, Roll roll)
    {
        if (roll.Constitution.Tie != TieRule.CoChairCastingVote || roll.Constitution.CastingVoteSeatCode is not { } seat)
            return TieRule.MotionFalls;
        var holders = (await members.CurrentAsync(boardId, DateOnly.FromDateTime(roll.Meeting.StartsAt)))
            .Where(m => m.IsCoChair && string.Equals(m.SeatCode, seat, StringComparison.OrdinalIgnoreCase));
        return holders.Any(m => roll.IsPresent(m.PersonId)) ? TieRule.CoChairCastingVote : TieRule.MotionFalls;
    }
}

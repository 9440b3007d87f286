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
public sealed class PollControl(PollStore polls, BallotStore ballots, VotingRoll rolls, PollViews views,
    IHubContext<MeetingHub, IMeetingClient> hub, TimeProvider clock)
{
    public async Task<PollStep> OpenAsync(long boardId, long meetingId, long pollId)
    {
        if (await rolls.LoadAsync(boardId, meetingId) is not { } roll || await polls.GetAsync(boardId, pollId) is not { } poll || poll.MeetingId != meetingId)
            return new(false, "This vote is not part of this meeting.");
        if (PollRules.ProblemOpening(poll, roll.Meeting.State == MeetingState.Live, roll.Quorum.IsMet) is { } problem)
            return new(false, problem);
        if (!await polls.OpenAsync(boardId, pollId, clock.GetUtcNow()))
            return new(false, "Another question is open. Close it first.");
        await hub.Clients.Group(MeetingHub.GroupOf(meetingId)).PollOpened(views.View((await polls.GetAsync(boardId, pollId))!));
        return new(true, PollRules.WarningOpening(roll.Quorum.IsMet) is { } warning ? $"Voting is open. {warning}" : "Voting is open.");
    }

    public async Task<PollStep> CloseAsync(long boardId, long meetingId, long pollId, OptionMeaning? castingVote)
    {
        if (await rolls.LoadAsync(boardId, meetingId) is not { } roll || await polls.GetAsync(boardId, pollId) is not { } poll || poll.MeetingId != meetingId)
            return new(false, "This vote is not part of this meeting.");
        if (PollRules.ProblemClosing(poll, clock.GetUtcNow()) is { } problem)
            return new(false, problem);
        var result = PollResults.Decide(poll, await ballots.TallyAsync(poll), roll.Quorum, roll.Constitution.Tie, castingVote);
        if (result.Outcome == Outcome.WaitingForCastingVote)
            return new(false, "It is a tie. The co-chair with the casting vote chooses For or Against, then the vote is closed again.");
        if (!await polls.CloseAsync(boardId, pollId, result, clock.GetUtcNow()))
            return new(false, "This vote is already closed.");
        await hub.Clients.Group(MeetingHub.GroupOf(meetingId)).PollClosed(PollViews.Result(poll, result));
        return new(true, result.Explanation);
    }
}

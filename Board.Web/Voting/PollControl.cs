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
public sealed class PollControl(PollStore polls, BallotStore ballots, VotingRoll rolls, PollViews views, Board.Data.Memberships.MemberQueries members,
    IHubContext<MeetingHub, IMeetingClient> hub, TimeProvider clock, ILogger<PollControl> logger, RepConfirmations confirmations,
    PollEligibility eligibility)
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
        // Sent after the question, to each member who declared they will not vote on this item: their screen says why.
        var voters = await eligibility.ForPollAsync(boardId, pollId, roll);
        if (voters.NotVoting.Count > 0)
            await hub.Clients.Groups([.. voters.NotVoting.Select(MeetingHub.PersonGroupOf)]).NoVoteHere(new NoVoteNotice(pollId, Core.Interests.InterestRules.CannotVoteMessage));
        await hub.Clients.Group(MeetingHub.BoardGroupOf(boardId)).VoteOpened(
            views.OpenVote(boardId, meetingId, roll.Meeting.Title, opened.Id, opened.Question, opened.Picture));
        return new(true, PollRules.WarningOpening(roll.Quorum.IsMet) is { } warning ? $"Voting is open. {warning}" : "Voting is open.");
    }

    /// <summary>
    /// The question to ask before closing while members here have not voted (hands counted in the room count as
    /// votes), or null when everyone here has voted or the vote is not this meeting's.
    /// </summary>
    public async Task<Confirmation?> AskBeforeClosingAsync(long boardId, long meetingId, long pollId)
    {
        if (await rolls.LoadFreshAsync(boardId, meetingId) is not { } roll || await polls.GetAsync(boardId, pollId) is not { State: PollState.Open } poll
            || poll.MeetingId != meetingId)
            return null;
        var hands = await ballots.HandsAtCloseAsync(poll.Id, roll.EligibleIds);
        // Members who declared they will not vote are not waited for: NotYetVoted leaves them out too.
        var canVote = (await eligibility.ForPollAsync(boardId, pollId, roll)).CanVote;
        return Confirmations.ClosingVote(canVote, canVote - Math.Max(0, hands.NotYetVoted - hands.Hands));
    }

    /// <summary>
    /// Closes the poll. Closing always closes, whatever the votes are: a refusal that depended on the count (such as
    /// "it is a tie") would let whoever can see who has voted learn each secret choice by trying to close after
    /// every ballot. A tie is closed as waiting for the casting vote, which is then given openly.
    /// </summary>
    public async Task<PollStep> CloseAsync(long boardId, long meetingId, long pollId)
    {
        if (await rolls.LoadFreshAsync(boardId, meetingId) is not { } roll || await polls.GetAsync(boardId, pollId) is not { } poll || poll.MeetingId != meetingId)
            return new(false, "This vote is not part of this meeting.");
        if (PollRules.ProblemClosing(poll, clock.GetUtcNow()) is { } problem)
            return new(false, problem);
        if (await ballots.HandsAtCloseAsync(poll.Id, roll.EligibleIds) is { IsAllowed: false } hands)
            return new(false, hands.Problem!);
        var tie = await TieRuleNowAsync(boardId, roll);
        var result = await polls.CloseAsync(boardId, poll, roll.EligibleIds, counts => PollResults.Decide(poll, counts, roll.Quorum, tie, null), clock.GetUtcNow(),
            checkpoint =>
            {
                // Loud: until the log is emptied a copy of the data folder links secret ballots to voters (ADR-007).
                if (!checkpoint.Truncated)
                    logger.LogError("Secret poll {PollId} closed, but {Checkpoint}", pollId, checkpoint.Describe());
            });
        // Ballots still waiting for a Rep's yes are dropped, uncounted: the count above never saw them (ADR-007).
        await confirmations.PollClosedAsync(pollId);
        if (result is null)
            return new(false, "This vote is already closed.");
        await hub.Clients.Group(MeetingHub.GroupOf(meetingId)).PollClosed(PollViews.Result(poll, result));
        return new(true, result.Outcome == Outcome.WaitingForCastingVote
            ? $"The vote is closed. {result.Explanation} The co-chair with the casting vote gives it on the co-chairs' page."
            : $"The vote is closed. {result.Explanation}");
    }

    /// <summary>The casting vote on a closed tie, by the co-chair who holds it and is at the meeting: named and recorded.</summary>
    public async Task<PollStep> GiveCastingVoteAsync(long boardId, long meetingId, long pollId, long personId, string personName, OptionMeaning castingVote)
    {
        if (await rolls.LoadFreshAsync(boardId, meetingId) is not { } roll || await polls.GetAsync(boardId, pollId) is not { } poll || poll.MeetingId != meetingId)
            return new(false, "This vote is not part of this meeting.");
        if (!await HoldsCastingVoteAsync(boardId, roll, personId))
            return new(false, "Only the co-chair with the casting vote can give it, at the meeting.");
        var (result, problem) = await polls.SettleTieAsync(boardId, poll, personId, personName,
            counts => CastingVote.Settle(poll, counts, castingVote), clock.GetUtcNow());
        if (result is null)
            return new(false, problem ?? "This vote is not waiting for a casting vote.");
        await hub.Clients.Group(MeetingHub.GroupOf(meetingId)).PollClosed(PollViews.Result(poll, result));
        await hub.Clients.Group(MeetingHub.BoardGroupOf(boardId)).VoteClosed(new VoteClosedNotice(meetingId, pollId));
        return new(true, result.Explanation);
    }

    /// <summary>Whether this person is a co-chair in the constitution's casting-vote seat, and at the meeting.</summary>
    public async Task<bool> HoldsCastingVoteAsync(long boardId, Roll roll, long personId) =>
        roll.IsPresent(personId) && roll.Constitution.CastingVoteSeatCode is { } seat
        && (await members.CurrentAsync(boardId, DateOnly.FromDateTime(roll.Meeting.StartsAt)))
            .Any(m => m.PersonId == personId && m.IsCoChair && string.Equals(m.SeatCode, seat, StringComparison.OrdinalIgnoreCase));

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

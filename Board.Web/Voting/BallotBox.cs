using Board.Core.Interests;
using Board.Core.Voting;
using Board.Data.Supporters;
using Board.Data.Voting;
using Board.Web.Hubs;

namespace Board.Web.Voting;

/// <summary>
/// Takes a ballot from a member (or their supporter, at their request) and answers only after it is committed.
/// Every refusal says why in plain words; nothing is stored for a refused ballot.
/// </summary>
public sealed class BallotBox(PollStore polls, BallotStore ballots, VotingRoll rolls, SupporterLinkStore links, ProgressBroadcaster progress,
    PollEligibility eligibility, TimeProvider clock)
{
    public Task<BallotAck> CastAsync(long boardId, long meetingId, long actingPersonId, long pollId, long optionId, string idempotencyKey, long? onBehalfOf) =>
        CastAsync(boardId, meetingId, actingPersonId, pollId, optionId, idempotencyKey, onBehalfOf, onBehalfOf is null ? CastBy.Member : CastBy.Supporter);

    /// <summary>
    /// The supporter records the Rep's vote that the Rep told them in person, because the Rep has no device to confirm
    /// it on. Recorded as such, and shown on the audit report beside the votes cast for someone else.
    /// </summary>
    public Task<BallotAck> CastToldInPersonAsync(long boardId, long meetingId, long supporterId, long pollId, long optionId, string idempotencyKey, long repId) =>
        CastAsync(boardId, meetingId, supporterId, pollId, optionId, idempotencyKey, repId, CastBy.SupporterToldInPerson);

    /// <summary>
    /// Whether a supporter's ballot for a Rep could be cast now, checked as casting it would check (the key, the poll,
    /// the answer, the link, the Rep's vote), without storing anything: a ballot waiting for the Rep's confirmation
    /// is held only once it passes. Null when it may wait; otherwise the refusal, or, for a poll no longer open, the
    /// answer a resend gets (counted again for a key already counted, else "Voting has finished").
    /// </summary>
    public async Task<BallotAck?> ProblemForRepAsync(long boardId, long meetingId, long supporterId, long pollId, long optionId, string idempotencyKey, long repId)
    {
        if (!BallotKeys.IsWellFormed(idempotencyKey))
            return Refuse(pollId, "Something went wrong with your vote. Please try again.");
        if (await polls.GetAsync(boardId, pollId) is not { } poll || poll.MeetingId != meetingId)
            return Refuse(pollId, "This vote is not part of this meeting.");
        if (poll.Options.All(o => o.Id != optionId))
            return Refuse(pollId, "Choose one of the answers on the screen.");
        if (poll.State != PollState.Open)
            return await CastAsync(boardId, meetingId, supporterId, pollId, optionId, idempotencyKey, repId, CastBy.Supporter);
        if (!await links.ExistsAsync(supporterId, repId))
            return Refuse(pollId, "You can only vote for a Rep you support, when they ask you to.");
        if (await rolls.LoadAsync(boardId, meetingId) is not { } roll)
            return Refuse(pollId, "This vote is not part of this meeting.");
        if (PollRules.ProblemVoting(poll, roll.IsVotingMember(repId), roll.IsPresent(repId), alreadyVoted: false) is { } problem)
            return Refuse(pollId, $"This Rep cannot vote now. {problem}");
        if ((await eligibility.ForPollAsync(boardId, pollId, roll)).NotVoting.Contains(repId))
            return Refuse(pollId, DeclaredForRep);
        return null;
    }

    private async Task<BallotAck> CastAsync(long boardId, long meetingId, long actingPersonId, long pollId, long optionId, string idempotencyKey, long? onBehalfOf,
        CastBy castBy)
    {
        if (!BallotKeys.IsWellFormed(idempotencyKey))
            return Refuse(pollId, "Something went wrong with your vote. Please try again.");
        if (await polls.GetAsync(boardId, pollId) is not { } poll || poll.MeetingId != meetingId)
            return Refuse(pollId, "This vote is not part of this meeting.");
        if (poll.Options.All(o => o.Id != optionId))
            return Refuse(pollId, "Choose one of the answers on the screen.");

        var voterId = onBehalfOf ?? actingPersonId;
        // A resend of a ballot counted before the poll closed, by whoever sent it or for whom it was sent. Anyone else
        // with the key goes on as a new ballot would, and is refused as one: the answer says nothing about the key.
        if (poll.State != PollState.Open && await ballots.AlreadyCountedAsync(poll, voterId, actingPersonId, idempotencyKey))
            return new(true, "Your vote is counted.", pollId, null);
        if (onBehalfOf is { } repId && !await links.ExistsAsync(actingPersonId, repId))
            return Refuse(pollId, "You can only vote for a Rep you support, when they ask you to.");
        if (await rolls.LoadAsync(boardId, meetingId) is not { } roll)
            return Refuse(pollId, "This vote is not part of this meeting.");
        // "Already voted" is decided inside the ballot's transaction, not here: a ballot re-sent with the same key
        // after a dropped connection must be acknowledged again, and only the store can tell the two apart.
        if (PollRules.ProblemVoting(poll, roll.IsVotingMember(voterId), roll.IsPresent(voterId), alreadyVoted: false) is { } problem)
            return Refuse(pollId, onBehalfOf is null ? problem : $"This Rep cannot vote now. {problem}");

        var receipt = await ballots.CastAsync(poll,
            new BallotPaper(voterId, optionId, castBy, onBehalfOf is null ? null : actingPersonId, idempotencyKey), roll.EligibleIds, clock.GetUtcNow());
        if (receipt.Outcome is BallotOutcome.Counted or BallotOutcome.Changed)
            progress.MarkChanged(meetingId, pollId, (await eligibility.ForPollAsync(boardId, pollId, roll)).CanVote);
        return receipt.Outcome switch
        {
            BallotOutcome.Counted or BallotOutcome.AlreadyCounted => new(true, "Your vote is counted.", pollId, receipt.OptionId),
            BallotOutcome.Changed => new(true, "Your vote is changed. Your new choice counts.", pollId, receipt.OptionId),
            BallotOutcome.AlreadyVoted => Refuse(pollId, "You have already voted. Secret votes cannot be changed."),
            BallotOutcome.PollNotOpen => Refuse(pollId, "Voting has finished. Your vote was not counted."),
            BallotOutcome.NoPlaceLeft => Refuse(pollId, ShowOfHands.NewBallot(1, 0).Problem!),
            BallotOutcome.KeyNotYours => Refuse(pollId, "Something went wrong with your vote. Please try again."),
            BallotOutcome.DeclaredInterest => Refuse(pollId, onBehalfOf is null ? InterestRules.CannotVoteMessage : DeclaredForRep),
        };
    }

    /// <summary>
    /// The coordinator records the vote of a member in the room who has no device (they say or show it). Recorded
    /// as such, with the coordinator as the person acting, so it appears in the audit report.
    /// </summary>
    public async Task<BallotAck> RecordInRoomAsync(long boardId, long meetingId, long coordinatorId, long pollId, long memberId, long optionId)
    {
        if (await polls.GetAsync(boardId, pollId) is not { } poll || poll.MeetingId != meetingId || poll.Options.All(o => o.Id != optionId))
            return Refuse(pollId, "Choose an answer from this vote.");
        if (await rolls.LoadAsync(boardId, meetingId) is not { } roll)
            return Refuse(pollId, "This vote is not part of this meeting.");
        if (PollRules.ProblemVoting(poll, roll.IsVotingMember(memberId), roll.IsPresent(memberId), alreadyVoted: false) is { } problem)
            return Refuse(pollId, $"This member cannot vote now. {problem}");
        var receipt = await ballots.CastAsync(poll, new BallotPaper(memberId, optionId, CastBy.InRoom, coordinatorId, $"room:{Guid.NewGuid():N}"), roll.EligibleIds, clock.GetUtcNow());
        if (receipt.Outcome is BallotOutcome.Counted or BallotOutcome.Changed)
            progress.MarkChanged(meetingId, pollId, (await eligibility.ForPollAsync(boardId, pollId, roll)).CanVote);
        return receipt.IsCommitted
            ? new(true, "The member's vote is recorded.", pollId, receipt.OptionId)
            : Refuse(pollId, receipt.Outcome switch
            {
                BallotOutcome.AlreadyVoted => "This member has already voted. Secret votes cannot be changed.",
                BallotOutcome.DeclaredInterest => "This member said they have an interest in this item and will not vote on it.",
                BallotOutcome.NoPlaceLeft => "The hands are already recorded, so no vote can be added by name. Set the hands to 0, record this member, then count the hands again.",
                _ => "Voting has finished.",
            });
    }

    public const string DeclaredForRep = "This Rep cannot vote on this one. They said they have an interest in this item and will not vote.";

    private static BallotAck Refuse(long pollId, string message) => new(false, message, pollId, null);
}

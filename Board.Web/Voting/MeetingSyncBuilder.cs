using Board.Core.Voting;
using Board.Data.Supporters;
using Board.Data.Voting;
using Board.Web.Hubs;

namespace Board.Web.Voting;

/// <summary>The state a client needs after (re)joining a meeting: built from the store, so it is always what was committed.</summary>
public sealed class MeetingSyncBuilder(PollStore polls, BallotStore ballots, VotingRoll rolls, SupporterLinkStore links, PollViews views, IPendingBallots pending,
    PollEligibility eligibility)
{
    public async Task<MeetingSync> BuildAsync(long boardId, long meetingId, long personId, bool isSupporter)
    {
        var roll = await rolls.LoadAsync(boardId, meetingId);
        var meetingPolls = await polls.ForMeetingAsync(meetingId);
        var open = meetingPolls.FirstOrDefault(p => p.State == PollState.Open);
        var last = meetingPolls.LastOrDefault(p => p.State is PollState.Closed or PollState.Published);
        var canVote = roll is not null && roll.IsVotingMember(personId) && roll.IsPresent(personId);
        var message = roll is null || !roll.IsVotingMember(personId)
            ? "You do not have a vote on this board. You can follow the votes here."
            : roll.IsPresent(personId) ? "You can vote when a question is open." : "Only members at the meeting can vote. Ask the coordinator to mark you as here.";

        var voters = open is null || roll is null ? null : await eligibility.ForPollAsync(boardId, open.Id, roll);
        var represented = new List<RepresentedView>();
        if (isSupporter)
        {
            foreach (var link in (await links.ListAsync(boardId)).Where(l => l.SupporterId == personId))
                represented.Add(new RepresentedView(link.RepId, link.RepName,
                    open is not null && await ballots.HasVotedAsync(open.Id, link.RepId),
                    open is not null && await pending.WaitingForAsync(open.Id, link.RepId) is { SupporterId: var by } && by == personId));
        }

        return new MeetingSync(
            meetingId, canVote, message,
            open is null ? null : views.View(open),
            open is not null && await ballots.HasVotedAsync(open.Id, personId),
            open is { Secrecy: BallotSecrecy.Open } ? await ballots.OpenChoiceAsync(open.Id, personId) : null,
            open is null ? null : new ProgressView(open.Id, await ballots.VotedCountAsync(open.Id), voters?.CanVote ?? 0),
            last is null ? null : await StoredResultAsync(last),
            represented,
            Quorum: roll is null ? null : Meetings.MeetingDayNews.Quorum(meetingId, roll.Quorum),
            NoVoteReason: voters is not null && voters.NotVoting.Contains(personId) ? Core.Interests.InterestRules.CannotVoteMessage : null);
    }

    /// <summary>A closed poll's result as written when it closed, with the final counts.</summary>
    public async Task<ResultView> StoredResultAsync(Poll poll)
    {
        var counts = await ballots.TallyAsync(poll);
        var text = await polls.ResultTextAsync(poll.Id) ?? "";
        var headline = text.Split('.', 2)[0];
        return new ResultView(poll.Id, poll.Question, headline, text, PollViews.Counts(counts));
    }
}

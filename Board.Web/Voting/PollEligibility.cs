using Board.Core.Interests;
using Board.Data.Interests;

namespace Board.Web.Voting;

/// <summary>How many can vote in a poll now: the roll's voting members here, less those who declared they will not vote on its item.</summary>
public sealed record PollVoters(int CanVote, int DeclaredNotVoting, IReadOnlySet<long> NotVoting)
{
    /// <summary>"11 can vote. 1 person said they have an interest and will not vote."</summary>
    public string Text => InterestRules.EligibleText(CanVote, DeclaredNotVoting);
}

public sealed class PollEligibility(DeclarationStore declarations)
{
    public async Task<PollVoters> ForPollAsync(long boardId, long pollId, Roll roll)
    {
        var notVoting = await declarations.NotVotingAsync(boardId, pollId);
        var declared = roll.EligibleIds.Count(notVoting.Contains);
        return new(roll.Eligible - declared, declared, notVoting);
    }
}

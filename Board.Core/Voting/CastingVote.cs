using Board.Core.Composition;
using Board.Core.Meetings;

namespace Board.Core.Voting;

/// <summary>
/// The casting vote is given after a tied poll has closed, never before: if it could be given (or asked for)
/// while the poll was open, pressing Close would say "it is a tie" or not, and a coordinator who sees who has
/// voted could learn each secret choice one voter at a time. Closing always closes; the tie is then public,
/// and the co-chair who holds the casting vote settles it in the open, with their name on it.
/// </summary>
public static class CastingVote
{
    /// <summary>The result once the casting vote is given, or a problem in plain words.</summary>
    /// <param name="finalCounts">The counts the poll closed with (nothing can change them after close).</param>
    public static (PollResult? Result, string? Problem) Settle(Poll poll, IReadOnlyList<OptionCount> finalCounts, OptionMeaning castingVote)
    {
        ArgumentNullException.ThrowIfNull(poll);
        if (poll.State is not (PollState.Closed or PollState.Published))
            return (null, "The casting vote is given after the vote has closed.");
        if (castingVote is not (OptionMeaning.For or OptionMeaning.Against))
            return (null, "Choose For or Against.");
        // Only a tie under "more than half of the votes cast" waits for a casting vote, and only when the meeting
        // could decide when the poll closed: the quorum was met, and the number present does not enter this rule.
        var quorate = new QuorumResult(true, 0, 0, 0, 0, "");
        var waiting = PollResults.Decide(poll, finalCounts, quorate, TieRule.CoChairCastingVote, null);
        if (waiting.Outcome != Outcome.WaitingForCastingVote)
            return (null, "This vote is not a tie. It does not need a casting vote.");
        return (PollResults.Decide(poll, finalCounts, quorate, TieRule.CoChairCastingVote, castingVote), null);
    }
}

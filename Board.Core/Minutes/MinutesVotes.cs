using Board.Core.Voting;

namespace Board.Core.Minutes;

/// <summary>A vote of the meeting as the minutes see it: its question, its state, and whether it waits for the casting vote.</summary>
public sealed record MeetingVote(string Question, PollState State, bool WaitingForCastingVote);

/// <summary>
/// The minutes carry every vote of the meeting that was decided (on an item, or under "Other votes"). A vote that
/// was never finished, or a tie still waiting for the casting vote, has no decision to print: the coordinator is
/// warned before sending the minutes, so nothing decided (or waiting to be) goes missing without anyone noticing.
/// </summary>
public static class MinutesVotes
{
    public static IReadOnlyList<string> Warnings(IEnumerable<MeetingVote> votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        return [.. votes.Select(v => v switch
        {
            { State: PollState.Draft } => $"The vote \"{v.Question}\" was never opened. It is not in the minutes.",
            { State: PollState.Open } => $"The vote \"{v.Question}\" is still open. Close it before sending the minutes.",
            { WaitingForCastingVote: true } => $"The vote \"{v.Question}\" was a tie and is waiting for the co-chair's casting vote. The minutes will say it is not decided yet.",
            _ => null,
        }).OfType<string>()];
    }
}

using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Tests.Core.Meetings;

namespace Board.Tests.Core.Voting;

/// <summary>Polls in the December meeting, opened at 5:30pm UTC. Tests never read the clock.</summary>
internal static class TestPolls
{
    public const long PollId = 7;

    public static readonly DateTimeOffset OpenedAt = new(2026, 12, 1, 17, 30, 0, TimeSpan.Zero);

    public static readonly PollOption For = new(1, "For", OptionMeaning.For, "✔");
    public static readonly PollOption Against = new(2, "Against", OptionMeaning.Against, "✖");
    public static readonly PollOption Abstain = new(3, "Abstain", OptionMeaning.Abstain, "○");

    /// <summary>A For / Against / Abstain question, open and named unless told otherwise.</summary>
    public static Poll Motion(
        MajorityRule rule = MajorityRule.SimpleMajorityOfVotesCast,
        PollState state = PollState.Open,
        BallotSecrecy secrecy = BallotSecrecy.Open,
        int minimumOpenSeconds = 60) =>
        new(PollId, Constitutions.BoardId, TestMeetings.MeetingId, 100, "Should we write to the bus company?", "bus.png",
            secrecy, rule, null, minimumOpenSeconds, state,
            state == PollState.Draft ? null : OpenedAt, null, [For, Against, Abstain]);

    /// <summary>A question with the board's own options, numbered from 11; "Abstain" in the labels becomes an abstain option.</summary>
    public static Poll Choice(MajorityRule rule, params string[] labels) =>
        Motion(rule) with
        {
            Question = "Which evening should we meet?",
            Options = [.. labels.Select((label, i) => label == "Abstain"
                ? new PollOption(11 + i, label, OptionMeaning.Abstain, "○")
                : new PollOption(11 + i, label, OptionMeaning.Other, ""))],
        };

    /// <summary>Votes for each option of <paramref name="poll"/>, in the poll's order.</summary>
    public static OptionCount[] Counts(Poll poll, params int[] votes) =>
        [.. poll.Options.Zip(votes, (option, n) => new OptionCount(option, n))];

    public static QuorumResult Quorate(int present = 12) =>
        new(true, present, 8, 4, 3, $"The meeting can make decisions. {present} members who can vote are here. 4 Reps are here.");

    public static readonly QuorumResult NotQuorate =
        new(false, 6, 8, 2, 3, "The meeting cannot make decisions yet. 6 members who can vote are here. 2 Reps are here. It needs 2 members who can vote and 1 Rep more.");
}

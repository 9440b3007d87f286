using Board.Core.Composition;
using Board.Core.Meetings;

namespace Board.Core.Voting;

/// <summary>
/// Passed and NotPassed answer a For/Against question; Chosen and NoClearChoice answer a question with the
/// board's own options. NoQuorum and WaitingForCastingVote mean nothing is decided yet.
/// </summary>
public enum Outcome
{
    Passed,
    NotPassed,
    NoQuorum,
    WaitingForCastingVote,
    Chosen,
    NoClearChoice,
}

/// <summary>The result of a poll with the numbers behind it, and the reason in Easy Read sentences.</summary>
/// <param name="Headline">A few words for the top of the page: "Passed", "Not passed", "Chosen: Tuesday evenings".</param>
/// <param name="Explanation">The headline, the counts and the reason, in short sentences with numbers as digits.</param>
/// <param name="Counts">Every option of the poll in the poll's order, with 0 for options nobody chose.</param>
/// <param name="VotesCast">The votes the rule counts. Abstentions are not votes cast.</param>
/// <param name="Needed">
/// How many votes For (or for one option) the majority rule needs: more than half of the votes cast, two thirds
/// of the votes cast, or more than half of the voting members present.
/// </param>
/// <param name="CastingVoteUsed">True when a tie was decided by the co-chair's casting vote, which is not in <see cref="Counts"/>.</param>
public sealed record PollResult(
    Outcome Outcome,
    string Headline,
    string Explanation,
    IReadOnlyList<OptionCount> Counts,
    int VotesCast,
    int Needed,
    bool CastingVoteUsed);

/// <summary>
/// Decides a poll by the constitution's majority and tie rules. The same result is shown on the page, sent to
/// the meeting and printed in the minutes, so the words are decided here, once.
/// </summary>
public static class PollResults
{
    private const string NotEnoughMembers = "There were not enough members here to decide.";

    /// <summary>
    /// A poll whose options are all For, Against or Abstain is a motion: it passes or not. A poll with any
    /// option of its own (<see cref="OptionMeaning.Other"/>) is a choice between options, and the casting vote
    /// is not used for it: a casting vote can only say For or Against.
    /// </summary>
    /// <param name="counts">Votes per option, in any order. Options with no row count as 0.</param>
    /// <param name="castingVote">The co-chair's casting vote, once given. Only For or Against decide a tie.</param>
    public static PollResult Decide(Poll poll, IReadOnlyList<OptionCount> counts, QuorumResult quorum, TieRule tie, OptionMeaning? castingVote)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(quorum);

        var ordered = InOptionOrder(poll, counts);
        return poll.Options.Any(o => o.Meaning == OptionMeaning.Other)
            ? DecideChoice(poll.Majority, ordered, quorum)
            : DecideMotion(poll.Majority, ordered, quorum, tie, castingVote);
    }

    private static PollResult DecideMotion(
        MajorityRule rule, IReadOnlyList<OptionCount> counts, QuorumResult quorum, TieRule tie, OptionMeaning? castingVote)
    {
        var votesFor = VotesWith(counts, OptionMeaning.For);
        var votesAgainst = VotesWith(counts, OptionMeaning.Against);
        var cast = votesFor + votesAgainst;
        var needed = Needed(rule, cast, quorum.Present);
        var tally = MotionTally(counts);

        PollResult Result(Outcome outcome, string headline, string reason, bool castingVoteUsed = false) =>
            new(outcome, headline, Sentences(headline + ".", tally, reason), counts, cast, needed, castingVoteUsed);

        if (!quorum.IsMet)
            return new(Outcome.NoQuorum, "Not decided", Sentences("Not decided.", NotEnoughMembers, quorum.Explanation), counts, cast, needed, false);
        if (cast == 0)
            return Result(Outcome.NotPassed, "Not passed", "Nobody voted for or against.");

        // Only "more than half of the votes cast" can tie: two thirds, or a majority of the members present,
        // is never reached when For and Against are level, so the idea simply does not pass.
        if (rule == MajorityRule.SimpleMajorityOfVotesCast && votesFor == votesAgainst)
        {
            return (tie, castingVote) switch
            {
                (TieRule.MotionFalls, _) => Result(Outcome.NotPassed, "Not passed", "It was a tie, so the idea does not go ahead."),
                (TieRule.CoChairCastingVote, OptionMeaning.For) =>
                    Result(Outcome.Passed, "Passed", "It was a tie. The co-chair's casting vote decided.", castingVoteUsed: true),
                (TieRule.CoChairCastingVote, OptionMeaning.Against) =>
                    Result(Outcome.NotPassed, "Not passed", "It was a tie. The co-chair's casting vote decided.", castingVoteUsed: true),
                (TieRule.CoChairCastingVote, _) =>
                    Result(Outcome.WaitingForCastingVote, "Waiting for the casting vote", "It is a tie. The co-chair's casting vote will decide."),
            };
        }

        var passed = rule switch
        {
            MajorityRule.SimpleMajorityOfVotesCast => votesFor > votesAgainst,
            MajorityRule.TwoThirdsOfVotesCast => votesFor * 3 >= cast * 2,
            MajorityRule.MajorityOfVotingMembersPresent => votesFor > quorum.Present / 2,
        };
        var reason = (rule, passed) switch
        {
            (MajorityRule.SimpleMajorityOfVotesCast, true) => "More than half said yes.",
            (MajorityRule.SimpleMajorityOfVotesCast, false) => "Fewer than half said yes.",
            (MajorityRule.TwoThirdsOfVotesCast, true) => "Two thirds said yes, so it passed.",
            (MajorityRule.TwoThirdsOfVotesCast, false) => "Fewer than two thirds said yes.",
            (MajorityRule.MajorityOfVotingMembersPresent, true) => $"More than half of the {VotingMembers(quorum.Present)} here said yes.",
            (MajorityRule.MajorityOfVotingMembersPresent, false) => $"It needed {needed} of the {VotingMembers(quorum.Present)} here to say yes.",
        };
        return passed ? Result(Outcome.Passed, "Passed", reason) : Result(Outcome.NotPassed, "Not passed", reason);
    }

    private static PollResult DecideChoice(MajorityRule rule, IReadOnlyList<OptionCount> counts, QuorumResult quorum)
    {
        var choices = counts.Where(c => c.Option.Meaning != OptionMeaning.Abstain).ToList();
        var cast = choices.Sum(c => c.Votes);
        var needed = Needed(rule, cast, quorum.Present);
        var tally = ChoiceTally(counts);

        if (!quorum.IsMet)
            return new(Outcome.NoQuorum, "Not decided", Sentences("Not decided.", NotEnoughMembers, quorum.Explanation), counts, cast, needed, false);

        const string noClearChoice = "No clear choice";
        if (cast == 0)
            return new(Outcome.NoClearChoice, noClearChoice, Sentences(noClearChoice + ".", tally, "Nobody chose an option."), counts, cast, needed, false);

        var most = choices.Max(c => c.Votes);
        var leaders = choices.Where(c => c.Votes == most).ToList();
        var reached = rule switch
        {
            MajorityRule.SimpleMajorityOfVotesCast => most * 2 > cast,
            MajorityRule.TwoThirdsOfVotesCast => most * 3 >= cast * 2,
            MajorityRule.MajorityOfVotingMembersPresent => most > quorum.Present / 2,
        };
        // A tie at the top is never a choice, even if both options somehow reach the threshold.
        if (reached && leaders.Count == 1)
        {
            var label = Label(leaders[0].Option);
            var headline = $"Chosen: {label}";
            var reason = rule switch
            {
                MajorityRule.SimpleMajorityOfVotesCast => $"More than half of the votes were for {label}.",
                MajorityRule.TwoThirdsOfVotesCast => $"Two thirds of the votes were for {label}.",
                MajorityRule.MajorityOfVotingMembersPresent => $"More than half of the {VotingMembers(quorum.Present)} here chose {label}.",
            };
            return new(Outcome.Chosen, headline, Sentences(headline + ".", tally, reason), counts, cast, needed, false);
        }

        var needs = rule == MajorityRule.MajorityOfVotingMembersPresent
            ? $"An option needed votes from {needed} of the {VotingMembers(quorum.Present)} here."
            : $"An option needed {needed} of the {Votes(cast)}.";
        return new(Outcome.NoClearChoice, noClearChoice,
            Sentences(noClearChoice + ".", tally, "No option had enough votes.", needs), counts, cast, needed, false);
    }

    /// <summary>The votes For (or for one option) the rule needs. Never 0: with no votes, nothing passes.</summary>
    private static int Needed(MajorityRule rule, int cast, int present) => rule switch
    {
        MajorityRule.SimpleMajorityOfVotesCast => cast / 2 + 1,
        MajorityRule.TwoThirdsOfVotesCast => Math.Max(1, (cast * 2 + 2) / 3),
        MajorityRule.MajorityOfVotingMembersPresent => present / 2 + 1,
    };

    /// <summary>The poll's own options (and labels) in the poll's order, so every page lists them the same way.</summary>
    private static List<OptionCount> InOptionOrder(Poll poll, IReadOnlyList<OptionCount> counts)
    {
        var votes = new Dictionary<long, int>();
        foreach (var count in counts)
        {
            if (count.Votes < 0)
                throw new ArgumentOutOfRangeException(nameof(counts), $"Option {count.Option.Id} has {count.Votes} votes; votes cannot be negative.");
            if (!poll.Options.Any(o => o.Id == count.Option.Id))
                throw new ArgumentException($"Option {count.Option.Id} is not an option of poll {poll.Id}.", nameof(counts));
            if (!votes.TryAdd(count.Option.Id, count.Votes))
                throw new ArgumentException($"Option {count.Option.Id} is counted twice.", nameof(counts));
        }
        return [.. poll.Options.Select(o => new OptionCount(o, votes.GetValueOrDefault(o.Id)))];
    }

    private static int VotesWith(IReadOnlyList<OptionCount> counts, OptionMeaning meaning) =>
        counts.Where(c => c.Option.Meaning == meaning).Sum(c => c.Votes);

    /// <summary>"9 for, 3 against, 1 abstain." For and Against are always said; abstentions only when there are some.</summary>
    private static string MotionTally(IReadOnlyList<OptionCount> counts)
    {
        var parts = counts
            .Where(c => c.Option.Meaning != OptionMeaning.Abstain || c.Votes > 0)
            .Select(c => c.Option.Meaning switch
            {
                OptionMeaning.For => $"{c.Votes} for",
                OptionMeaning.Against => $"{c.Votes} against",
                OptionMeaning.Abstain => $"{c.Votes} abstain",
                OptionMeaning.Other => $"{c.Votes} {Label(c.Option)}",
            })
            .ToList();
        return parts.Count == 0 ? "" : string.Join(", ", parts) + ".";
    }

    /// <summary>"6 votes for Tuesday. 1 vote for Thursday." One sentence per option, because labels can be long.</summary>
    private static string ChoiceTally(IReadOnlyList<OptionCount> counts) =>
        Sentences([.. counts
            .Where(c => c.Option.Meaning != OptionMeaning.Abstain || c.Votes > 0)
            .Select(c => c.Option.Meaning == OptionMeaning.Abstain
                ? $"{c.Votes} abstain."
                : $"{Votes(c.Votes)} for {Label(c.Option)}.")]);

    // A label ending in a full stop would end its sentence twice: "1 vote for Yes, now..".
    private static string Label(PollOption option) => option.Label.Trim().TrimEnd('.');

    private static string Votes(int n) => n == 1 ? "1 vote" : $"{n} votes";

    private static string VotingMembers(int n) => n == 1 ? "1 voting member" : $"{n} voting members";

    private static string Sentences(params string[] sentences) =>
        string.Join(" ", sentences.Where(s => s.Length > 0));
}

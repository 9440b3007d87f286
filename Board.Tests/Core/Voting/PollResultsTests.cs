using Board.Core.Composition;
using Board.Core.EasyRead;
using Board.Core.Voting;

namespace Board.Tests.Core.Voting;

public sealed class PollResultsTests
{
    private const MajorityRule Simple = MajorityRule.SimpleMajorityOfVotesCast;
    private const MajorityRule TwoThirds = MajorityRule.TwoThirdsOfVotesCast;
    private const MajorityRule MembersPresent = MajorityRule.MajorityOfVotingMembersPresent;
    private const TieRule Casting = TieRule.CoChairCastingVote;
    private const TieRule Falls = TieRule.MotionFalls;

    private static PollResult DecideMotion(
        MajorityRule rule, int votesFor, int against, int abstain,
        int present = 12, TieRule tie = Casting, OptionMeaning? castingVote = null)
    {
        var poll = TestPolls.Motion(rule);
        return PollResults.Decide(poll, TestPolls.Counts(poll, votesFor, against, abstain), TestPolls.Quorate(present), tie, castingVote);
    }

    private static PollResult DecideChoice(MajorityRule rule, string[] labels, int[] votes, int present = 12, OptionMeaning? castingVote = null)
    {
        var poll = TestPolls.Choice(rule, labels);
        return PollResults.Decide(poll, TestPolls.Counts(poll, votes), TestPolls.Quorate(present), Casting, castingVote);
    }

    // ---- Motions: each majority rule on and around its threshold ----

    // for, against, abstain -> outcome, votes cast, needed
    [TestCase(9, 3, 1, Outcome.Passed, 12, 7)]
    [TestCase(7, 6, 0, Outcome.Passed, 13, 7, TestName = "Decide_SimpleMajority_OneVoteMore_Passes")]
    [TestCase(6, 7, 0, Outcome.NotPassed, 13, 7, TestName = "Decide_SimpleMajority_OneVoteFewer_IsNotPassed")]
    [TestCase(1, 0, 9, Outcome.Passed, 1, 1, TestName = "Decide_SimpleMajority_AbstentionsAreNotVotesCast")]
    [TestCase(0, 1, 9, Outcome.NotPassed, 1, 1)]
    [TestCase(0, 0, 5, Outcome.NotPassed, 0, 1, TestName = "Decide_SimpleMajority_OnlyAbstentions_IsNotPassed")]
    [TestCase(0, 0, 0, Outcome.NotPassed, 0, 1, TestName = "Decide_SimpleMajority_NoVotes_IsNotPassed")]
    public void Decide_SimpleMajorityOfVotesCast_PassesWhenMoreForThanAgainst(
        int votesFor, int against, int abstain, Outcome expected, int expectedCast, int expectedNeeded)
    {
        var result = DecideMotion(Simple, votesFor, against, abstain);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(expected));
            Assert.That(result.VotesCast, Is.EqualTo(expectedCast));
            Assert.That(result.Needed, Is.EqualTo(expectedNeeded));
            Assert.That(result.CastingVoteUsed, Is.False);
        }
    }

    [TestCase(10, 5, 0, Outcome.Passed, 15, 10, TestName = "Decide_TwoThirds_ExactlyTwoThirds_Passes")]
    [TestCase(9, 5, 0, Outcome.NotPassed, 14, 10, TestName = "Decide_TwoThirds_JustUnderTwoThirds_IsNotPassed")]
    [TestCase(7, 4, 0, Outcome.NotPassed, 11, 8)]
    [TestCase(8, 4, 0, Outcome.Passed, 12, 8)]
    [TestCase(2, 1, 0, Outcome.Passed, 3, 2)]
    [TestCase(1, 0, 0, Outcome.Passed, 1, 1)]
    [TestCase(2, 0, 9, Outcome.Passed, 2, 2, TestName = "Decide_TwoThirds_AbstentionsAreNotVotesCast")]
    [TestCase(6, 4, 0, Outcome.NotPassed, 10, 7, TestName = "Decide_TwoThirds_MajorityThatIsNotTwoThirds_IsNotPassed")]
    [TestCase(0, 0, 4, Outcome.NotPassed, 0, 1, TestName = "Decide_TwoThirds_NoVotesCast_IsNotPassed")]
    public void Decide_TwoThirdsOfVotesCast_PassesAtTwoThirds(
        int votesFor, int against, int abstain, Outcome expected, int expectedCast, int expectedNeeded)
    {
        var result = DecideMotion(TwoThirds, votesFor, against, abstain);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(expected));
            Assert.That(result.VotesCast, Is.EqualTo(expectedCast));
            Assert.That(result.Needed, Is.EqualTo(expectedNeeded));
        }
    }

    // for, against, abstain, present -> outcome, needed
    [TestCase(7, 0, 5, 12, Outcome.Passed, 7, TestName = "Decide_MembersPresent_MoreThanHalfOfThoseHere_Passes")]
    [TestCase(6, 0, 6, 12, Outcome.NotPassed, 7, TestName = "Decide_MembersPresent_ExactlyHalfOfThoseHere_IsNotPassed")]
    [TestCase(6, 2, 0, 12, Outcome.NotPassed, 7, TestName = "Decide_MembersPresent_MostVotesCastButNotHalfOfThoseHere_IsNotPassed")]
    [TestCase(6, 5, 0, 11, Outcome.Passed, 6, TestName = "Decide_MembersPresent_OddNumberHere_NeedsMoreThanHalf")]
    [TestCase(5, 0, 0, 11, Outcome.NotPassed, 6)]
    [TestCase(1, 0, 0, 1, Outcome.Passed, 1)]
    [TestCase(0, 0, 0, 8, Outcome.NotPassed, 5)]
    public void Decide_MajorityOfVotingMembersPresent_CountsEveryoneHere(
        int votesFor, int against, int abstain, int present, Outcome expected, int expectedNeeded)
    {
        var result = DecideMotion(MembersPresent, votesFor, against, abstain, present);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(expected));
            Assert.That(result.VotesCast, Is.EqualTo(votesFor + against));
            Assert.That(result.Needed, Is.EqualTo(expectedNeeded));
        }
    }

    // ---- Ties ----

    // tie rule, casting vote -> outcome, casting vote used
    [TestCase(Falls, null, Outcome.NotPassed, false, TestName = "Decide_TieWhenMotionFalls_IsNotPassed")]
    [TestCase(Falls, OptionMeaning.For, Outcome.NotPassed, false, TestName = "Decide_TieWhenMotionFalls_IgnoresACastingVote")]
    [TestCase(Casting, null, Outcome.WaitingForCastingVote, false, TestName = "Decide_TieBeforeCastingVote_IsWaiting")]
    [TestCase(Casting, OptionMeaning.For, Outcome.Passed, true, TestName = "Decide_TieWithCastingVoteFor_Passes")]
    [TestCase(Casting, OptionMeaning.Against, Outcome.NotPassed, true, TestName = "Decide_TieWithCastingVoteAgainst_IsNotPassed")]
    [TestCase(Casting, OptionMeaning.Abstain, Outcome.WaitingForCastingVote, false, TestName = "Decide_TieWithCastingAbstention_IsStillWaiting")]
    public void Decide_TieUnderSimpleMajority_UsesTheTieRule(TieRule tie, OptionMeaning? castingVote, Outcome expected, bool expectedUsed)
    {
        var result = DecideMotion(Simple, 5, 5, 2, tie: tie, castingVote: castingVote);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(expected));
            Assert.That(result.CastingVoteUsed, Is.EqualTo(expectedUsed));
            Assert.That(result.VotesCast, Is.EqualTo(10), "the casting vote is not one of the votes cast");
            Assert.That(result.Needed, Is.EqualTo(6));
        }
    }

    [TestCase(Falls, null, "Not passed. 5 for, 5 against, 2 abstain. It was a tie, so the idea does not go ahead.")]
    [TestCase(Casting, null, "Waiting for the casting vote. 5 for, 5 against, 2 abstain. It is a tie. The co-chair's casting vote will decide.")]
    [TestCase(Casting, OptionMeaning.For, "Passed. 5 for, 5 against, 2 abstain. It was a tie. The co-chair's casting vote decided.")]
    [TestCase(Casting, OptionMeaning.Against, "Not passed. 5 for, 5 against, 2 abstain. It was a tie. The co-chair's casting vote decided.")]
    public void Decide_Tie_ExplainsHowItWasBroken(TieRule tie, OptionMeaning? castingVote, string expected)
    {
        var result = DecideMotion(Simple, 5, 5, 2, tie: tie, castingVote: castingVote);

        Assert.That(result.Explanation, Is.EqualTo(expected));
    }

    // Two thirds, or more than half of those here, is never reached when For and Against are level.
    [TestCase(TwoThirds, 12)]
    [TestCase(MembersPresent, 12)]
    [TestCase(MembersPresent, 8)]
    public void Decide_LevelVotesUnderOtherRules_AreNotPassedWithoutACastingVote(MajorityRule rule, int present)
    {
        var result = DecideMotion(rule, 4, 4, 0, present, Casting, OptionMeaning.For);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(Outcome.NotPassed));
            Assert.That(result.CastingVoteUsed, Is.False);
        }
    }

    [Test]
    public void Decide_NoVotesCast_IsNotATieEvenWithACastingVote()
    {
        var result = DecideMotion(Simple, 0, 0, 3, castingVote: OptionMeaning.For);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(Outcome.NotPassed));
            Assert.That(result.CastingVoteUsed, Is.False);
            Assert.That(result.Explanation, Is.EqualTo("Not passed. 0 for, 0 against, 3 abstain. Nobody voted for or against."));
        }
    }

    [Test]
    public void Decide_CastingVoteWithoutATie_IsIgnored()
    {
        var result = DecideMotion(Simple, 4, 6, 0, castingVote: OptionMeaning.For);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(Outcome.NotPassed));
            Assert.That(result.CastingVoteUsed, Is.False);
        }
    }

    // ---- No quorum ----

    [TestCase(Simple)]
    [TestCase(TwoThirds)]
    [TestCase(MembersPresent)]
    public void Decide_WithoutQuorum_DecidesNothingHoweverPeopleVoted(MajorityRule rule)
    {
        var poll = TestPolls.Motion(rule);

        var result = PollResults.Decide(poll, TestPolls.Counts(poll, 6, 0, 0), TestPolls.NotQuorate, Casting, OptionMeaning.For);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(Outcome.NoQuorum));
            Assert.That(result.Headline, Is.EqualTo("Not decided"));
            Assert.That(result.Explanation, Is.EqualTo(
                "Not decided. There were not enough members here to decide. " + TestPolls.NotQuorate.Explanation));
            Assert.That(result.CastingVoteUsed, Is.False);
            Assert.That(result.VotesCast, Is.EqualTo(6));
        }
    }

    [Test]
    public void Decide_TieWithoutQuorum_DoesNotWaitForACastingVote()
    {
        var poll = TestPolls.Motion();

        var result = PollResults.Decide(poll, TestPolls.Counts(poll, 3, 3, 0), TestPolls.NotQuorate, Casting, null);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NoQuorum));
    }

    [Test]
    public void Decide_ChoiceWithoutQuorum_DecidesNothing()
    {
        var poll = TestPolls.Choice(Simple, "Tuesday", "Thursday");

        var result = PollResults.Decide(poll, TestPolls.Counts(poll, 6, 0), TestPolls.NotQuorate, Casting, null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(Outcome.NoQuorum));
            Assert.That(result.Explanation, Does.StartWith("Not decided. There were not enough members here to decide. The meeting cannot"));
        }
    }

    // ---- Motion explanations ----

    // rule, for, against, abstain, present -> explanation
    [TestCase(Simple, 9, 3, 1, 13, "Passed. 9 for, 3 against, 1 abstain. More than half said yes.")]
    [TestCase(Simple, 4, 6, 0, 10, "Not passed. 4 for, 6 against. Fewer than half said yes.")]
    [TestCase(TwoThirds, 10, 4, 0, 14, "Passed. 10 for, 4 against. Two thirds said yes, so it passed.")]
    [TestCase(TwoThirds, 9, 5, 2, 16, "Not passed. 9 for, 5 against, 2 abstain. Fewer than two thirds said yes.")]
    [TestCase(MembersPresent, 7, 2, 1, 12, "Passed. 7 for, 2 against, 1 abstain. More than half of the 12 voting members here said yes.")]
    [TestCase(MembersPresent, 6, 0, 0, 12, "Not passed. 6 for, 0 against. It needed 7 of the 12 voting members here to say yes.")]
    [TestCase(MembersPresent, 1, 0, 0, 1, "Passed. 1 for, 0 against. More than half of the 1 voting member here said yes.")]
    [TestCase(Simple, 0, 0, 0, 12, "Not passed. 0 for, 0 against. Nobody voted for or against.")]
    public void Decide_Motion_ExplainsInPlainWords(MajorityRule rule, int votesFor, int against, int abstain, int present, string expected)
    {
        var result = DecideMotion(rule, votesFor, against, abstain, present);

        Assert.That(result.Explanation, Is.EqualTo(expected));
    }

    [TestCase(6, 2, Outcome.Passed, "Passed")]
    [TestCase(2, 6, Outcome.NotPassed, "Not passed")]
    public void Decide_Motion_HeadlineStartsTheExplanation(int votesFor, int against, Outcome expected, string expectedHeadline)
    {
        var result = DecideMotion(Simple, votesFor, against, 0);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(expected));
            Assert.That(result.Headline, Is.EqualTo(expectedHeadline));
            Assert.That(result.Explanation, Does.StartWith(expectedHeadline + ". "));
        }
    }

    // ---- Counts ----

    [Test]
    public void Decide_CountsInAnyOrder_AreListedInTheOrderOfTheOptions()
    {
        var poll = TestPolls.Motion();
        OptionCount[] counts = [new(TestPolls.Abstain, 1), new(TestPolls.Against, 3), new(TestPolls.For, 9)];

        var result = PollResults.Decide(poll, counts, TestPolls.Quorate(), Casting, null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Counts.Select(c => c.Option.Meaning), Is.EqualTo(new[] { OptionMeaning.For, OptionMeaning.Against, OptionMeaning.Abstain }));
            Assert.That(result.Counts.Select(c => c.Votes), Is.EqualTo(new[] { 9, 3, 1 }));
            Assert.That(result.Explanation, Does.StartWith("Passed. 9 for, 3 against, 1 abstain."));
        }
    }

    [Test]
    public void Decide_OptionNobodyChose_IsListedWithNoVotes()
    {
        var poll = TestPolls.Motion();

        var result = PollResults.Decide(poll, [new OptionCount(TestPolls.For, 4)], TestPolls.Quorate(), Casting, null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Counts.Select(c => c.Votes), Is.EqualTo(new[] { 4, 0, 0 }));
            Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed));
        }
    }

    [Test]
    public void Decide_CountForAnotherPollsOption_Throws()
    {
        var poll = TestPolls.Motion();
        OptionCount[] counts = [new(new PollOption(99, "For", OptionMeaning.For, "✔"), 3)];

        Assert.That(() => PollResults.Decide(poll, counts, TestPolls.Quorate(), Casting, null),
            Throws.ArgumentException.With.Message.Contains("Option 99 is not an option of poll 7"));
    }

    [Test]
    public void Decide_OptionCountedTwice_Throws()
    {
        var poll = TestPolls.Motion();
        OptionCount[] counts = [new(TestPolls.For, 3), new(TestPolls.For, 2)];

        Assert.That(() => PollResults.Decide(poll, counts, TestPolls.Quorate(), Casting, null),
            Throws.ArgumentException.With.Message.Contains("counted twice"));
    }

    [Test]
    public void Decide_NegativeVotes_Throws()
    {
        var poll = TestPolls.Motion();

        Assert.That(() => PollResults.Decide(poll, TestPolls.Counts(poll, 3, -1, 0), TestPolls.Quorate(), Casting, null),
            Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    // ---- The board's own options ----

    private static readonly string[] Evenings = ["Tuesday", "Thursday", "Saturday"];

    // rule, votes, present -> outcome, cast, needed
    [TestCase(Simple, new[] { 6, 3, 1 }, 12, Outcome.Chosen, 10, 6)]
    [TestCase(Simple, new[] { 5, 3, 2 }, 12, Outcome.NoClearChoice, 10, 6, TestName = "Decide_ChoiceSimple_ExactlyHalf_IsNoClearChoice")]
    [TestCase(Simple, new[] { 5, 4, 0 }, 12, Outcome.Chosen, 9, 5)]
    [TestCase(TwoThirds, new[] { 4, 2, 0 }, 12, Outcome.Chosen, 6, 4, TestName = "Decide_ChoiceTwoThirds_ExactlyTwoThirds_IsChosen")]
    [TestCase(TwoThirds, new[] { 6, 3, 1 }, 12, Outcome.NoClearChoice, 10, 7)]
    [TestCase(MembersPresent, new[] { 7, 5, 0 }, 12, Outcome.Chosen, 12, 7)]
    [TestCase(MembersPresent, new[] { 6, 1, 0 }, 12, Outcome.NoClearChoice, 7, 7, TestName = "Decide_ChoiceMembersPresent_HalfOfThoseHere_IsNoClearChoice")]
    [TestCase(Simple, new[] { 0, 0, 0 }, 12, Outcome.NoClearChoice, 0, 1, TestName = "Decide_ChoiceWithNoVotes_IsNoClearChoice")]
    public void Decide_Choice_TopOptionMustReachTheRule(MajorityRule rule, int[] votes, int present, Outcome expected, int expectedCast, int expectedNeeded)
    {
        var result = DecideChoice(rule, Evenings, votes, present);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(expected));
            Assert.That(result.VotesCast, Is.EqualTo(expectedCast));
            Assert.That(result.Needed, Is.EqualTo(expectedNeeded));
            Assert.That(result.CastingVoteUsed, Is.False);
        }
    }

    // A casting vote says For or Against, which means nothing for "Tuesday or Thursday".
    [TestCase(null)]
    [TestCase(OptionMeaning.For)]
    [TestCase(OptionMeaning.Against)]
    public void Decide_ChoiceTiedAtTheTop_IsNoClearChoiceAndIgnoresTheCastingVote(OptionMeaning? castingVote)
    {
        var result = DecideChoice(Simple, Evenings, [4, 4, 0], castingVote: castingVote);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(Outcome.NoClearChoice));
            Assert.That(result.CastingVoteUsed, Is.False);
        }
    }

    [Test]
    public void Decide_ChoiceTiedAtTheTopOverTheThreshold_IsStillNoClearChoice()
    {
        // Only 4 voting members still here, after 6 voted: both options have more than half of those here.
        var result = DecideChoice(MembersPresent, ["Tuesday", "Thursday"], [3, 3], present: 4);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NoClearChoice));
    }

    [Test]
    public void Decide_ChoiceWithAbstainOption_DoesNotCountAbstentionsAsVotesCast()
    {
        var result = DecideChoice(Simple, ["Tuesday", "Thursday", "Abstain"], [3, 2, 5]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(Outcome.Chosen));
            Assert.That(result.VotesCast, Is.EqualTo(5));
            Assert.That(result.Headline, Is.EqualTo("Chosen: Tuesday"));
            Assert.That(result.Explanation, Is.EqualTo(
                "Chosen: Tuesday. 3 votes for Tuesday. 2 votes for Thursday. 5 abstain. More than half of the votes were for Tuesday."));
        }
    }

    // rule, votes, present -> explanation
    [TestCase(Simple, new[] { 6, 3, 1 }, 12,
        "Chosen: Tuesday. 6 votes for Tuesday. 3 votes for Thursday. 1 vote for Saturday. More than half of the votes were for Tuesday.")]
    [TestCase(Simple, new[] { 5, 3, 2 }, 12,
        "No clear choice. 5 votes for Tuesday. 3 votes for Thursday. 2 votes for Saturday. No option had enough votes. An option needed 6 of the 10 votes.")]
    [TestCase(TwoThirds, new[] { 1, 4, 1 }, 12,
        "Chosen: Thursday. 1 vote for Tuesday. 4 votes for Thursday. 1 vote for Saturday. Two thirds of the votes were for Thursday.")]
    [TestCase(TwoThirds, new[] { 6, 3, 1 }, 12,
        "No clear choice. 6 votes for Tuesday. 3 votes for Thursday. 1 vote for Saturday. No option had enough votes. An option needed 7 of the 10 votes.")]
    [TestCase(MembersPresent, new[] { 2, 0, 7 }, 12,
        "Chosen: Saturday. 2 votes for Tuesday. 0 votes for Thursday. 7 votes for Saturday. More than half of the 12 voting members here chose Saturday.")]
    [TestCase(MembersPresent, new[] { 6, 1, 0 }, 12,
        "No clear choice. 6 votes for Tuesday. 1 vote for Thursday. 0 votes for Saturday. No option had enough votes. An option needed votes from 7 of the 12 voting members here.")]
    [TestCase(Simple, new[] { 0, 0, 0 }, 12,
        "No clear choice. 0 votes for Tuesday. 0 votes for Thursday. 0 votes for Saturday. Nobody chose an option.")]
    public void Decide_Choice_ExplainsInPlainWords(MajorityRule rule, int[] votes, int present, string expected)
    {
        var result = DecideChoice(rule, Evenings, votes, present);

        Assert.That(result.Explanation, Is.EqualTo(expected));
    }

    [Test]
    public void Decide_ChoiceLabelEndingInAFullStop_DoesNotEndItsSentenceTwice()
    {
        var result = DecideChoice(Simple, ["Meet on Tuesday.", "Meet on Thursday."], [3, 1]);

        Assert.That(result.Explanation, Is.EqualTo(
            "Chosen: Meet on Tuesday. 3 votes for Meet on Tuesday. 1 vote for Meet on Thursday. More than half of the votes were for Meet on Tuesday."));
    }

    // ---- Easy Read ----

    [Test]
    public void Decide_EveryExplanation_PassesTheEasyReadChecker()
    {
        var explanations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in Enum.GetValues<MajorityRule>())
        {
            foreach (var tie in Enum.GetValues<TieRule>())
            {
                foreach (OptionMeaning? castingVote in new OptionMeaning?[] { null, OptionMeaning.For, OptionMeaning.Against })
                {
                    for (var votesFor = 0; votesFor <= 4; votesFor++)
                    {
                        for (var against = 0; against <= 4; against++)
                        {
                            explanations.Add(DecideMotion(rule, votesFor, against, votesFor % 2, present: 8, tie, castingVote).Explanation);
                            explanations.Add(DecideChoice(rule, Evenings, [votesFor, against, 1], present: 8, castingVote).Explanation);
                        }
                    }
                }
            }
            var poll = TestPolls.Motion(rule);
            explanations.Add(PollResults.Decide(poll, TestPolls.Counts(poll, 3, 1, 0), TestPolls.NotQuorate, Casting, null).Explanation);
        }

        using (Assert.EnterMultipleScope())
        {
            foreach (var explanation in explanations)
                Assert.That(EasyReadChecker.Check(explanation, []), Is.Empty, explanation);
        }
    }
}

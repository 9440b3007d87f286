using Board.Core.Composition;
using Board.Core.Voting;

namespace Board.Tests.Core.Voting;

public sealed class PollRulesTests
{
    private const MajorityRule Simple = MajorityRule.SimpleMajorityOfVotesCast;
    private const MajorityRule TwoThirds = MajorityRule.TwoThirdsOfVotesCast;
    private const string Question = "Should we write to the bus company?";

    private static IReadOnlyList<RuleError> Validate(
        string question = Question,
        string[]? options = null,
        MajorityRule? overrideRule = null,
        string? overrideReason = null,
        int minimumOpenSeconds = 60) =>
        PollRules.ValidateDraft(question, options ?? [], overrideRule, overrideReason, Simple, minimumOpenSeconds);

    // ---- Opening ----

    [TestCase(true)]
    [TestCase(false)]
    public void ProblemOpening_DraftInLiveMeeting_IsAllowedWithOrWithoutQuorum(bool quorumMet)
    {
        var problem = PollRules.ProblemOpening(TestPolls.Motion(state: PollState.Draft), meetingIsLive: true, quorumMet);

        Assert.That(problem, Is.Null);
    }

    [TestCase(PollState.Draft, false, "You can only open a poll while the meeting is live.")]
    [TestCase(PollState.Open, true, "Voting has already started.")]
    [TestCase(PollState.Closed, true, "Voting has finished. To vote again, make a new poll.")]
    [TestCase(PollState.Published, true, "Voting has finished. To vote again, make a new poll.")]
    public void ProblemOpening_NotADraftOrMeetingNotLive_IsRefused(PollState state, bool meetingIsLive, string expected)
    {
        var problem = PollRules.ProblemOpening(TestPolls.Motion(state: state), meetingIsLive, quorumMet: true);

        Assert.That(problem, Is.EqualTo(expected));
    }

    [Test]
    public void WarningOpening_WithoutQuorum_WarnsThatNothingWillBeDecided()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PollRules.WarningOpening(quorumMet: true), Is.Null);
            Assert.That(PollRules.WarningOpening(quorumMet: false), Does.StartWith("There are not enough members here to decide."));
        }
    }

    // ---- Closing ----

    // minimum seconds, seconds since opening -> problem
    [TestCase(60, 40, "The poll must stay open for at least 1 minute. Wait 20 more seconds.")]
    [TestCase(60, 59.5, "The poll must stay open for at least 1 minute. Wait 1 more second.")]
    [TestCase(60, 0, "The poll must stay open for at least 1 minute. Wait 1 more minute.")]
    [TestCase(90, 0, "The poll must stay open for at least 1 minute and 30 seconds. Wait 1 minute and 30 more seconds.")]
    [TestCase(300, 60, "The poll must stay open for at least 5 minutes. Wait 4 more minutes.")]
    [TestCase(300, 179, "The poll must stay open for at least 5 minutes. Wait 2 minutes and 1 more second.")]
    [TestCase(45, 30, "The poll must stay open for at least 45 seconds. Wait 15 more seconds.")]
    [TestCase(1, 0, "The poll must stay open for at least 1 second. Wait 1 more second.")]
    [TestCase(60, -30, "The poll must stay open for at least 1 minute. Wait 1 more minute.", TestName = "ProblemClosing_ClockBehindOpeningTime_WaitsNoLongerThanTheMinimum")]
    public void ProblemClosing_BeforeTheMinimumTime_SaysHowLongToWait(int minimumSeconds, double secondsOpen, string expected)
    {
        var poll = TestPolls.Motion(minimumOpenSeconds: minimumSeconds);

        var problem = PollRules.ProblemClosing(poll, TestPolls.OpenedAt.AddSeconds(secondsOpen));

        Assert.That(problem, Is.EqualTo(expected));
    }

    [TestCase(60, 60, TestName = "ProblemClosing_ExactlyTheMinimumTime_IsAllowed")]
    [TestCase(60, 600)]
    [TestCase(0, 0, TestName = "ProblemClosing_NoMinimum_IsAllowedAtOnce")]
    [TestCase(3600, 3600)]
    public void ProblemClosing_AfterTheMinimumTime_IsAllowed(int minimumSeconds, int secondsOpen)
    {
        var poll = TestPolls.Motion(minimumOpenSeconds: minimumSeconds);

        var problem = PollRules.ProblemClosing(poll, TestPolls.OpenedAt.AddSeconds(secondsOpen));

        Assert.That(problem, Is.Null);
    }

    [TestCase(PollState.Draft, "Voting has not started yet.")]
    [TestCase(PollState.Closed, "Voting has already finished.")]
    [TestCase(PollState.Published, "Voting has already finished.")]
    public void ProblemClosing_PollNotOpen_IsRefused(PollState state, string expected)
    {
        var problem = PollRules.ProblemClosing(TestPolls.Motion(state: state), TestPolls.OpenedAt.AddHours(1));

        Assert.That(problem, Is.EqualTo(expected));
    }

    // ---- Voting ----

    // state, secrecy, voting member, present, already voted -> problem
    [TestCase(PollState.Draft, BallotSecrecy.Open, true, true, false, "Voting has not started yet.")]
    [TestCase(PollState.Closed, BallotSecrecy.Open, true, true, false, "Voting has finished.")]
    [TestCase(PollState.Published, BallotSecrecy.Secret, true, true, false, "Voting has finished.")]
    [TestCase(PollState.Open, BallotSecrecy.Open, false, true, false, "You do not have a vote on this board. Thank you for taking part.")]
    [TestCase(PollState.Open, BallotSecrecy.Open, true, false, false, "Only members at the meeting can vote. Ask the coordinator to mark you as here.")]
    [TestCase(PollState.Open, BallotSecrecy.Secret, true, true, true, "You have already voted. Secret votes cannot be changed.")]
    [TestCase(PollState.Closed, BallotSecrecy.Open, false, false, true, "Voting has finished.", TestName = "ProblemVoting_ClosedPoll_SaysSoBeforeAnythingAboutTheVoter")]
    [TestCase(PollState.Open, BallotSecrecy.Open, false, false, false, "You do not have a vote on this board. Thank you for taking part.", TestName = "ProblemVoting_NonVotingGuest_IsNotAskedToBeMarkedHere")]
    public void ProblemVoting_CannotVote_SaysWhy(PollState state, BallotSecrecy secrecy, bool isVotingMember, bool isPresent, bool alreadyVoted, string expected)
    {
        var poll = TestPolls.Motion(state: state, secrecy: secrecy);

        var problem = PollRules.ProblemVoting(poll, isVotingMember, isPresent, alreadyVoted);

        Assert.That(problem, Is.EqualTo(expected));
    }

    [TestCase(BallotSecrecy.Open, false)]
    [TestCase(BallotSecrecy.Secret, false)]
    [TestCase(BallotSecrecy.Open, true, TestName = "ProblemVoting_OpenBallotAlreadyCast_CanBeChanged")]
    public void ProblemVoting_VotingMemberHereWhilePollIsOpen_IsAllowed(BallotSecrecy secrecy, bool alreadyVoted)
    {
        var poll = TestPolls.Motion(secrecy: secrecy);

        var problem = PollRules.ProblemVoting(poll, isVotingMember: true, isPresent: true, alreadyVoted);

        Assert.That(problem, Is.Null);
    }

    // ---- Draft ----

    [Test]
    public void ValidateDraft_QuestionWithDefaultOptions_HasNoErrors()
    {
        Assert.That(Validate(), Is.Empty);
    }

    [Test]
    public void ValidateDraft_QuestionWithOwnOptions_HasNoErrors()
    {
        Assert.That(Validate(options: ["Tuesday", "Thursday", "Saturday"]), Is.Empty);
    }

    [TestCase(200, true)]
    [TestCase(201, false)]
    public void ValidateDraft_QuestionLength_IsAtMostTwoHundred(int length, bool expectedValid)
    {
        var errors = Validate(question: new string('a', length));

        Assert.That(errors, expectedValid ? Is.Empty : Is.EqualTo(new[] { new RuleError("Question", "The question must be 200 characters or fewer.") }));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void ValidateDraft_NoQuestion_AsksForOne(string question)
    {
        Assert.That(Validate(question: question), Is.EqualTo(new[] { new RuleError("Question", "Write the question.") }));
    }

    [Test]
    public void ValidateDraft_OnlyBlankOptionBoxes_MeansTheDefaultOptions()
    {
        Assert.That(Validate(options: ["", "  ", ""]), Is.Empty);
    }

    [Test]
    public void ValidateDraft_BlankBoxesBetweenOptions_AreIgnored()
    {
        Assert.That(Validate(options: ["Tuesday", "", "Thursday", " "]), Is.Empty);
    }

    [Test]
    public void ValidateDraft_OneOption_AsksForAtLeastTwo()
    {
        var errors = Validate(options: ["Tuesday", ""]);

        Assert.That(errors, Is.EqualTo(new[] { new RuleError("Options", "Give at least 2 options, or none to use For, Against and Abstain.") }));
    }

    [TestCase(8, true)]
    [TestCase(9, false)]
    public void ValidateDraft_NumberOfOptions_IsAtMostEight(int count, bool expectedValid)
    {
        var options = Enumerable.Range(1, count).Select(i => $"Option {i}").ToArray();

        var errors = Validate(options: options);

        Assert.That(errors, expectedValid ? Is.Empty : Is.EqualTo(new[] { new RuleError("Options", "Give 8 options at most.") }));
    }

    [TestCase(60, true)]
    [TestCase(61, false)]
    public void ValidateDraft_OptionLabelLength_IsAtMostSixty(int length, bool expectedValid)
    {
        var errors = Validate(options: ["Tuesday", new string('b', length)]);

        Assert.That(errors, expectedValid ? Is.Empty : Is.EqualTo(new[] { new RuleError("Options[1]", "Option 2 must be 60 characters or fewer.") }));
    }

    [TestCase("Tuesday")]
    [TestCase("tuesday")]
    [TestCase(" Tuesday ")]
    public void ValidateDraft_SameOptionTwice_NamesBothOptions(string repeat)
    {
        var errors = Validate(options: ["Tuesday", "Thursday", repeat]);

        Assert.That(errors, Is.EqualTo(new[] { new RuleError("Options[2]", "Option 3 is the same as option 1. Each option must be different.") }));
    }

    [Test]
    public void ValidateDraft_OverrideWithoutReason_AsksWhy()
    {
        var errors = Validate(overrideRule: TwoThirds, overrideReason: " ");

        Assert.That(errors, Is.EqualTo(new[] { new RuleError("MajorityOverrideReason", "Say why this vote does not use the board's usual rule.") }));
    }

    [Test]
    public void ValidateDraft_OverrideWithReason_IsAllowed()
    {
        var errors = Validate(overrideRule: TwoThirds, overrideReason: "Changing the constitution needs two thirds (constitution 9).");

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void ValidateDraft_OverrideWithLongReason_IsRefused()
    {
        var errors = Validate(overrideRule: TwoThirds, overrideReason: new string('r', 501));

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "MajorityOverrideReason" }));
    }

    [Test]
    public void ValidateDraft_OverrideToTheSameRule_NeedsNoReason()
    {
        Assert.That(Validate(overrideRule: Simple), Is.Empty);
    }

    [TestCase(-1, false)]
    [TestCase(0, true)]
    [TestCase(3600, true)]
    [TestCase(3601, false)]
    public void ValidateDraft_MinimumOpenSeconds_IsFromNoneToAnHour(int seconds, bool expectedValid)
    {
        var errors = Validate(minimumOpenSeconds: seconds);

        Assert.That(errors.Select(e => e.Field), expectedValid ? Is.Empty : Is.EqualTo(new[] { "MinimumOpenSeconds" }));
    }

    [Test]
    public void ValidateDraft_EverythingWrong_ReportsEachField()
    {
        var errors = PollRules.ValidateDraft("", ["Tuesday"], TwoThirds, null, Simple, -5);

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "Question", "Options", "MajorityOverrideReason", "MinimumOpenSeconds" }));
    }

    // ---- Default options ----

    [Test]
    public void DefaultOptions_AreForAgainstAbstainWithDifferentSymbols()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PollRules.DefaultOptions.Select(o => o.Label), Is.EqualTo(new[] { "For", "Against", "Abstain" }));
            Assert.That(PollRules.DefaultOptions.Select(o => o.Meaning), Is.EqualTo(new[] { OptionMeaning.For, OptionMeaning.Against, OptionMeaning.Abstain }));
            Assert.That(PollRules.DefaultOptions.Select(o => o.Symbol), Is.EqualTo(new[] { "✔", "✖", "○" }));
        }
    }
}

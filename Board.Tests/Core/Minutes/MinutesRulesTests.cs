using Board.Core.Meetings;
using Board.Core.Minutes;

namespace Board.Tests.Core.Minutes;

public sealed class MinutesRulesTests
{
    private const long MeetingId = 1;
    private const long BoardId = 1;
    private const long CoChairA = 11;
    private const long CoChairB = 12;
    private const long Rep = 21;

    private static MinutesItem Item(long id, string title, string standard = "The board agreed to write to the bus company.",
        string easyRead = "We will write to the bus company.") =>
        new(id, (int)id, title, standard, easyRead, [], "bus.png", 1);

    private static MinutesDraft Draft(MinutesState state = MinutesState.Drafting, int version = 3, params MinutesItem[] items) =>
        new(MeetingId, BoardId, state, version, items.Length > 0 ? items : [Item(1, "Buses stop too early"), Item(2, "Day centre hours")]);

    private static ApprovalVote Vote(bool? passed, int forVersion) => new(70, 2, passed, forVersion);

    private static readonly ApprovalStatus Approved = new(true, "Both co-chairs have signed off these minutes.", []);

    private static readonly ApprovalStatus NotApproved = new(false, "Waiting for one more co-chair to sign off.", [CoChairB]);

    // CanStart

    [TestCase(MeetingState.Scheduled)]
    [TestCase(MeetingState.CallingForItems)]
    [TestCase(MeetingState.AgendaPublished)]
    [TestCase(MeetingState.Live)]
    public void CanStart_BeforeTheMeetingHasClosed_IsRefused(MeetingState state)
    {
        Assert.That(MinutesRules.CanStart(state), Is.EqualTo("You can write the minutes when the meeting has finished."));
    }

    [Test]
    public void CanStart_ClosedMeeting_IsAllowed()
    {
        Assert.That(MinutesRules.CanStart(MeetingState.Closed), Is.Null);
    }

    [Test]
    public void CanStart_EveryMeetingState_OnlyClosedIsAllowed()
    {
        var allowed = Enum.GetValues<MeetingState>().Where(s => MinutesRules.CanStart(s) is null);

        Assert.That(allowed, Is.EqualTo(new[] { MeetingState.Closed }));
    }

    // CanEdit

    [TestCase(MinutesState.Drafting, true)]
    [TestCase(MinutesState.WithReps, true)]
    [TestCase(MinutesState.Published, false)]
    public void CanEdit_OnlyUntilPublished(MinutesState state, bool allowed)
    {
        Assert.That(MinutesRules.CanEdit(state) is null, Is.EqualTo(allowed));
    }

    // ValidateNotes

    [Test]
    public void ValidateNotes_BothNotesAndShortActions_HasNoProblems()
    {
        Assert.That(MinutesRules.ValidateNotes("The board agreed.", "We agreed.", "- Write to the council"), Is.Empty);
    }

    [TestCase(null, "We agreed.", "StandardNote")]
    [TestCase("", "We agreed.", "StandardNote")]
    [TestCase("   \r\n\t", "We agreed.", "StandardNote")]
    [TestCase("The board agreed.", null, "EasyReadNote")]
    [TestCase("The board agreed.", "", "EasyReadNote")]
    [TestCase("The board agreed.", " \n ", "EasyReadNote")]
    public void ValidateNotes_MissingOrBlankNote_NamesThatField(string? standard, string? easyRead, string expectedField)
    {
        var problems = MinutesRules.ValidateNotes(standard, easyRead, null);

        Assert.That(problems.Select(p => p.Field), Is.EqualTo(new[] { expectedField }));
    }

    [Test]
    public void ValidateNotes_BothMissing_NamesBothInOrderWithPlainMessages()
    {
        var problems = MinutesRules.ValidateNotes(null, "  ", null);

        Assert.That(problems, Is.EqualTo(new[]
        {
            ("StandardNote", "Write what was said and decided, for the council's records."),
            ("EasyReadNote", "Write the easy read note. Reps read this one."),
        }));
    }

    [TestCase(0, 0)]
    [TestCase(1, 0)]
    [TestCase(0, 1)]
    [TestCase(1, 1)]
    public void ValidateNotes_NoteLength_AllowsUpToTheLimit(int standardExtra, int easyReadExtra)
    {
        var standard = new string('s', MinutesRules.NoteMaxLength + standardExtra);
        var easyRead = new string('e', MinutesRules.NoteMaxLength + easyReadExtra);

        var problems = MinutesRules.ValidateNotes(standard, easyRead, null);

        var expected = new List<string>();
        if (standardExtra > 0)
            expected.Add("StandardNote");
        if (easyReadExtra > 0)
            expected.Add("EasyReadNote");
        Assert.That(problems.Select(p => p.Field), Is.EqualTo(expected));
    }

    [Test]
    public void ValidateNotes_TooLong_SaysTheLimit()
    {
        var tooLong = new string('x', MinutesRules.NoteMaxLength + 1);

        var problems = MinutesRules.ValidateNotes(tooLong, tooLong, null);

        Assert.That(problems, Is.EqualTo(new[]
        {
            ("StandardNote", "The note must be 4000 characters or fewer."),
            ("EasyReadNote", "The easy read note must be 4000 characters or fewer."),
        }));
    }

    [TestCase(0, false)]
    [TestCase(1, true)]
    public void ValidateNotes_Actions_AllowsUpToTheLimit(int extra, bool refused)
    {
        var actions = new string('a', MinutesRules.ActionsMaxLength + extra);

        var problems = MinutesRules.ValidateNotes("The board agreed.", "We agreed.", actions);

        Assert.That(problems, refused
            ? Is.EqualTo(new[] { ("Actions", "The actions must be 2000 characters or fewer.") })
            : Is.Empty);
    }

    [Test]
    public void ValidateNotes_EverythingWrong_ReportsEachField()
    {
        var problems = MinutesRules.ValidateNotes("", new string('e', MinutesRules.NoteMaxLength + 1), new string('a', MinutesRules.ActionsMaxLength + 1));

        Assert.That(problems.Select(p => p.Field), Is.EqualTo(new[] { "StandardNote", "EasyReadNote", "Actions" }));
    }

    // SplitActions

    [TestCase(null, new string[0])]
    [TestCase("", new string[0])]
    [TestCase("  \n\n \r\n", new string[0])]
    [TestCase("Write to the council", new[] { "Write to the council" })]
    [TestCase("Write to the council\nBook the room", new[] { "Write to the council", "Book the room" })]
    [TestCase("Write to the council\r\nBook the room\r\n", new[] { "Write to the council", "Book the room" })]
    [TestCase("Write to the council\rBook the room", new[] { "Write to the council", "Book the room" })]
    [TestCase("\n\nWrite to the council\n\n\nBook the room\n\n", new[] { "Write to the council", "Book the room" })]
    [TestCase("- Write to the council\n* Book the room\n• Buy tea", new[] { "Write to the council", "Book the room", "Buy tea" })]
    [TestCase("  -   Write to the council  ", new[] { "Write to the council" })]
    [TestCase("--- Write to the council", new[] { "Write to the council" })]
    [TestCase("-\n*\n•", new string[0])]
    [TestCase("Ask Sam - he knows", new[] { "Ask Sam - he knows" })]
    public void SplitActions_OneActionALine_WithoutBlanksOrBullets(string? text, string[] expected)
    {
        Assert.That(MinutesRules.SplitActions(text), Is.EqualTo(expected));
    }

    // CanSendToReps

    [Test]
    public void CanSendToReps_DraftingWithEveryNote_IsAllowed()
    {
        Assert.That(MinutesRules.CanSendToReps(Draft()), Is.Null);
    }

    [TestCase("", "We agreed.")]
    [TestCase("The board agreed.", "")]
    [TestCase("  ", "  ")]
    public void CanSendToReps_AnItemMissingANote_NamesTheItem(string standard, string easyRead)
    {
        var draft = Draft(MinutesState.Drafting, 3, Item(1, "Buses stop too early"), Item(2, "Day centre hours", standard, easyRead));

        Assert.That(MinutesRules.CanSendToReps(draft), Is.EqualTo("Write both notes for: Day centre hours."));
    }

    [Test]
    public void CanSendToReps_SeveralItemsMissingNotes_NamesEachInOrder()
    {
        var draft = Draft(MinutesState.Drafting, 3,
            Item(1, "Buses stop too early", standard: ""), Item(2, "Day centre hours"), Item(3, "Easy read letters", easyRead: ""));

        Assert.That(MinutesRules.CanSendToReps(draft), Is.EqualTo("Write both notes for: Buses stop too early; Easy read letters."));
    }

    [Test]
    public void CanSendToReps_NoItems_IsRefused()
    {
        var draft = new MinutesDraft(MeetingId, BoardId, MinutesState.Drafting, 1, []);

        Assert.That(MinutesRules.CanSendToReps(draft), Is.EqualTo("There are no items to write minutes for."));
    }

    [TestCase(MinutesState.WithReps, "The minutes are already with the Reps.")]
    [TestCase(MinutesState.Published, "These minutes are published. They cannot be changed.")]
    public void CanSendToReps_NotDrafting_IsRefused(MinutesState state, string expected)
    {
        Assert.That(MinutesRules.CanSendToReps(Draft(state)), Is.EqualTo(expected));
    }

    // CanMark

    [TestCase(MinutesState.Drafting, "The minutes are not ready to check yet.")]
    [TestCase(MinutesState.WithReps, null)]
    [TestCase(MinutesState.Published, "These minutes are published. Thank you for checking.")]
    public void CanMark_OnlyWhileWithTheReps(MinutesState state, string? expected)
    {
        Assert.That(MinutesRules.CanMark(state), Is.EqualTo(expected));
    }

    // ValidateMark

    [TestCase("Understood")]
    [TestCase("Hard")]
    public void ValidateMark_KnownMark_IsAllowed(string mark)
    {
        Assert.That(MinutesRules.ValidateMark(mark, "The words were clear."), Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("understood")]
    [TestCase("HARD")]
    [TestCase("Easy")]
    [TestCase("Understood; DROP TABLE")]
    [TestCase("2")]
    [TestCase("-1")]
    public void ValidateMark_AnythingElse_IsRefused(string? mark)
    {
        var problems = MinutesRules.ValidateMark(mark, null);

        Assert.That(problems, Is.EqualTo(new[] { ("Mark", "Choose \"I understand this\" or \"This is hard\".") }));
    }

    [TestCase(0, false)]
    [TestCase(499, false)]
    [TestCase(500, false)]
    [TestCase(501, true)]
    public void ValidateMark_Comment_AllowsUpToTheLimit(int length, bool refused)
    {
        var problems = MinutesRules.ValidateMark("Hard", new string('c', length));

        Assert.That(problems, refused
            ? Is.EqualTo(new[] { ("Comment", "Your comment must be 500 characters or fewer.") })
            : Is.Empty);
    }

    [Test]
    public void ValidateMark_BadMarkAndLongComment_ReportsBoth()
    {
        var problems = MinutesRules.ValidateMark("garbage", new string('c', MinutesRules.CommentMaxLength + 1));

        Assert.That(problems.Select(p => p.Field), Is.EqualTo(new[] { "Mark", "Comment" }));
    }

    // CanSignOff

    [TestCase(MinutesState.Drafting, MinutesApproval.CoChairsSignOff, "The minutes go to the Reps to check before the co-chairs sign them off.")]
    [TestCase(MinutesState.WithReps, MinutesApproval.CoChairsSignOff, null)]
    [TestCase(MinutesState.Published, MinutesApproval.CoChairsSignOff, "These minutes are already published.")]
    [TestCase(MinutesState.Drafting, MinutesApproval.VoteAtNextMeeting, "The constitution says these minutes are approved by a vote at the next meeting.")]
    [TestCase(MinutesState.WithReps, MinutesApproval.VoteAtNextMeeting, "The constitution says these minutes are approved by a vote at the next meeting.")]
    [TestCase(MinutesState.Published, MinutesApproval.VoteAtNextMeeting, "The constitution says these minutes are approved by a vote at the next meeting.")]
    public void CanSignOff_ByStateAndRule(MinutesState state, MinutesApproval approval, string? expected)
    {
        Assert.That(MinutesRules.CanSignOff(state, approval), Is.EqualTo(expected));
    }

    // CanSetUpApprovalVote

    [TestCase(MinutesState.Drafting, MinutesApproval.VoteAtNextMeeting, "Send the minutes to the Reps to check before the board votes on them.")]
    [TestCase(MinutesState.WithReps, MinutesApproval.VoteAtNextMeeting, null)]
    [TestCase(MinutesState.Published, MinutesApproval.VoteAtNextMeeting, "These minutes are already published.")]
    [TestCase(MinutesState.Drafting, MinutesApproval.CoChairsSignOff, "The constitution says both co-chairs sign off these minutes.")]
    [TestCase(MinutesState.WithReps, MinutesApproval.CoChairsSignOff, "The constitution says both co-chairs sign off these minutes.")]
    [TestCase(MinutesState.Published, MinutesApproval.CoChairsSignOff, "The constitution says both co-chairs sign off these minutes.")]
    public void CanSetUpApprovalVote_NoVoteYet_ByStateAndRule(MinutesState state, MinutesApproval approval, string? expected)
    {
        Assert.That(MinutesRules.CanSetUpApprovalVote(state, approval, null, 3), Is.EqualTo(expected));
    }

    [Test]
    public void CanSetUpApprovalVote_UndecidedVoteForThisVersion_IsRefused()
    {
        var refusal = MinutesRules.CanSetUpApprovalVote(MinutesState.WithReps, MinutesApproval.VoteAtNextMeeting, Vote(null, 3), 3);

        Assert.That(refusal, Is.EqualTo("The approval vote is already set up."));
    }

    [TestCase(null, 2, TestName = "CanSetUpApprovalVote_UndecidedVoteForAnOlderVersion_IsAllowed")]
    [TestCase(false, 3, TestName = "CanSetUpApprovalVote_VoteForThisVersionThatFailed_IsAllowed")]
    [TestCase(false, 2, TestName = "CanSetUpApprovalVote_FailedVoteForAnOlderVersion_IsAllowed")]
    public void CanSetUpApprovalVote_ExistingVoteThatIsNotPendingForThisVersion_IsAllowed(bool? passed, int forVersion)
    {
        Assert.That(MinutesRules.CanSetUpApprovalVote(MinutesState.WithReps, MinutesApproval.VoteAtNextMeeting, Vote(passed, forVersion), 3), Is.Null);
    }

    [Test]
    public void CanSetUpApprovalVote_PublishedWithAPendingVote_SaysPublishedFirst()
    {
        var refusal = MinutesRules.CanSetUpApprovalVote(MinutesState.Published, MinutesApproval.VoteAtNextMeeting, Vote(null, 3), 3);

        Assert.That(refusal, Is.EqualTo("These minutes are already published."));
    }

    // Approval: co-chairs sign off

    [Test]
    public void Approval_CoChairRuleWithNoCoChairs_IsNotApproved()
    {
        var status = MinutesRules.Approval(MinutesApproval.CoChairsSignOff, 3, [], [Rep], null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.IsApproved, Is.False);
            Assert.That(status.Explanation, Is.EqualTo("The board has no co-chairs to sign off the minutes."));
            Assert.That(status.WaitingFor, Is.Empty);
        }
    }

    [Test]
    public void Approval_NoCoChairHasSigned_WaitsForBoth()
    {
        var status = MinutesRules.Approval(MinutesApproval.CoChairsSignOff, 3, [CoChairA, CoChairB], [], null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.IsApproved, Is.False);
            Assert.That(status.Explanation, Is.EqualTo("Waiting for the co-chairs to sign off."));
            Assert.That(status.WaitingFor, Is.EqualTo(new[] { CoChairA, CoChairB }));
        }
    }

    [TestCase(CoChairA, CoChairB)]
    [TestCase(CoChairB, CoChairA)]
    public void Approval_OneOfTwoCoChairsSigned_WaitsForTheOther(long signed, long other)
    {
        var status = MinutesRules.Approval(MinutesApproval.CoChairsSignOff, 3, [CoChairA, CoChairB], [signed], null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.IsApproved, Is.False);
            Assert.That(status.Explanation, Is.EqualTo("Waiting for one more co-chair to sign off."));
            Assert.That(status.WaitingFor, Is.EqualTo(new[] { other }));
        }
    }

    [Test]
    public void Approval_BothCoChairsSigned_IsApproved()
    {
        var status = MinutesRules.Approval(MinutesApproval.CoChairsSignOff, 3, [CoChairA, CoChairB], [CoChairB, CoChairA], null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.IsApproved, Is.True);
            Assert.That(status.Explanation, Is.EqualTo("Both co-chairs have signed off these minutes."));
            Assert.That(status.WaitingFor, Is.Empty);
        }
    }

    [Test]
    public void Approval_SignaturesFromOthersThanCoChairs_DoNotCount()
    {
        var status = MinutesRules.Approval(MinutesApproval.CoChairsSignOff, 3, [CoChairA, CoChairB], [CoChairA, Rep, 99], null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.IsApproved, Is.False);
            Assert.That(status.WaitingFor, Is.EqualTo(new[] { CoChairB }));
        }
    }

    [Test]
    public void Approval_CoChairRule_IgnoresAnyVote()
    {
        var status = MinutesRules.Approval(MinutesApproval.CoChairsSignOff, 3, [CoChairA, CoChairB], [], Vote(true, 3));

        Assert.That(status.IsApproved, Is.False);
    }

    // Approval: vote at the next meeting

    [TestCase(null, 0, false, "The board has not voted on these minutes yet.", TestName = "Approval_VoteRuleWithNoVote_IsNotApproved")]
    [TestCase(true, 2, false, "The minutes changed after the vote was set up. The board needs to vote again.",
        TestName = "Approval_VotePassedForAnOlderVersion_IsNotApproved")]
    [TestCase(null, 3, false, "Waiting for the vote at the next meeting.", TestName = "Approval_VoteNotClosedYet_IsNotApproved")]
    [TestCase(true, 3, true, "The board voted to approve these minutes.", TestName = "Approval_VotePassedForThisVersion_IsApproved")]
    [TestCase(false, 3, false, "The vote to approve these minutes did not pass. Change them and ask again.",
        TestName = "Approval_VoteFailed_IsNotApproved")]
    public void Approval_VoteRule(bool? passed, int forVersion, bool expectedApproved, string expectedExplanation)
    {
        var vote = forVersion == 0 ? null : Vote(passed, forVersion);

        var status = MinutesRules.Approval(MinutesApproval.VoteAtNextMeeting, 3, [CoChairA, CoChairB], [CoChairA, CoChairB], vote);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.IsApproved, Is.EqualTo(expectedApproved));
            Assert.That(status.Explanation, Is.EqualTo(expectedExplanation));
            Assert.That(status.WaitingFor, Is.Empty, "nobody is waited for by name in a vote");
        }
    }

    // CanPublish

    [Test]
    public void CanPublish_WithRepsCompleteAndApproved_IsAllowed()
    {
        Assert.That(MinutesRules.CanPublish(Draft(MinutesState.WithReps), Approved), Is.Null);
    }

    [Test]
    public void CanPublish_Drafting_IsRefusedEvenIfApproved()
    {
        Assert.That(MinutesRules.CanPublish(Draft(MinutesState.Drafting), Approved),
            Is.EqualTo("Send the minutes to the Reps to check before you publish them."));
    }

    [Test]
    public void CanPublish_Published_IsRefused()
    {
        Assert.That(MinutesRules.CanPublish(Draft(MinutesState.Published), Approved), Is.EqualTo("These minutes are already published."));
    }

    [Test]
    public void CanPublish_AnItemMissingANote_NamesTheItem()
    {
        var draft = Draft(MinutesState.WithReps, 3, Item(1, "Buses stop too early"), Item(2, "Day centre hours", easyRead: " "));

        Assert.That(MinutesRules.CanPublish(draft, Approved), Is.EqualTo("Write both notes for: Day centre hours."));
    }

    [Test]
    public void CanPublish_NoItems_IsRefused()
    {
        var draft = new MinutesDraft(MeetingId, BoardId, MinutesState.WithReps, 3, []);

        Assert.That(MinutesRules.CanPublish(draft, Approved), Is.EqualTo("There are no items to write minutes for."));
    }

    [Test]
    public void CanPublish_NotApproved_SaysSoWithTheApprovalExplanation()
    {
        var refusal = MinutesRules.CanPublish(Draft(MinutesState.WithReps), NotApproved);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refusal, Does.StartWith("The minutes are not approved yet."));
            Assert.That(refusal, Does.Contain(NotApproved.Explanation));
        }
    }

    [Test]
    public void CanPublish_WithTheRealApprovalOfAPendingVote_RepeatsItsExplanation()
    {
        var approval = MinutesRules.Approval(MinutesApproval.VoteAtNextMeeting, 3, [], [], Vote(null, 3));

        var refusal = MinutesRules.CanPublish(Draft(MinutesState.WithReps), approval);

        Assert.That(refusal, Is.EqualTo("The minutes are not approved yet. Waiting for the vote at the next meeting."));
    }

    [Test]
    public void CanPublish_MissingNotesAndNotApproved_SaysTheMissingNotesFirst()
    {
        var draft = Draft(MinutesState.WithReps, 3, Item(1, "Buses stop too early", standard: ""));

        Assert.That(MinutesRules.CanPublish(draft, NotApproved), Is.EqualTo("Write both notes for: Buses stop too early."));
    }
}

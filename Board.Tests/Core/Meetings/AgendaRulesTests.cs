using Board.Core.Composition;
using Board.Core.Meetings;

namespace Board.Tests.Core.Meetings;

public sealed class AgendaRulesTests
{
    private static readonly Acceptance GoodAcceptance = new(Position: 2, Minutes: 20, Presenter: "Speak Up North");
    private const string GoodReason = "The council has already decided this at full council.";

    // ---- Raising items ----

    [TestCase(MeetingState.Scheduled, false)]
    [TestCase(MeetingState.CallingForItems, false)]
    [TestCase(MeetingState.Scheduled, true)]
    [TestCase(MeetingState.CallingForItems, true)]
    public void ProblemRaising_BeforeDeadlineWhileOpen_IsAllowed(MeetingState state, bool byCoordinator)
    {
        var problem = AgendaRules.ProblemRaising(TestMeetings.Meeting(state), TestMeetings.Now, byCoordinator);

        Assert.That(problem, Is.Null);
    }

    [TestCase(MeetingState.AgendaPublished, false)]
    [TestCase(MeetingState.Live, false)]
    [TestCase(MeetingState.Closed, false)]
    [TestCase(MeetingState.AgendaPublished, true)]
    [TestCase(MeetingState.Live, true)]
    [TestCase(MeetingState.Closed, true)]
    public void ProblemRaising_AfterPublication_IsRefusedEvenForCoordinator(MeetingState state, bool byCoordinator)
    {
        var problem = AgendaRules.ProblemRaising(TestMeetings.Meeting(state), TestMeetings.Now, byCoordinator);

        Assert.That(problem, Is.EqualTo("This meeting's agenda is already published. Choose a later meeting."));
    }

    [Test]
    public void ProblemRaising_GroupAfterDeadline_IsRefusedWithTheDeadlineInPlainWords()
    {
        var problem = AgendaRules.ProblemRaising(TestMeetings.Meeting(), TestMeetings.ItemsDeadline.AddMinutes(1), byCoordinator: false);

        Assert.That(problem, Is.EqualTo(
            "The deadline for items for this meeting was Tuesday 24 November 2026 at 5pm. Choose a later meeting, or ask the coordinator."));
    }

    [Test]
    public void ProblemRaising_GroupExactlyAtDeadline_IsAllowed()
    {
        var problem = AgendaRules.ProblemRaising(TestMeetings.Meeting(), TestMeetings.ItemsDeadline, byCoordinator: false);

        Assert.That(problem, Is.Null);
    }

    // The coordinator may add a late item, for example something urgent from the council.
    [Test]
    public void ProblemRaising_CoordinatorAfterDeadline_IsAllowed()
    {
        var problem = AgendaRules.ProblemRaising(TestMeetings.Meeting(), TestMeetings.StartsAt.AddHours(-1), byCoordinator: true);

        Assert.That(problem, Is.Null);
    }

    // ---- Accepting ----

    [TestCase(AgendaItemState.Proposed)]
    [TestCase(AgendaItemState.Deferred)]
    [TestCase(AgendaItemState.Accepted)]
    public void ValidateAcceptance_GoodAcceptanceOfDecidableItem_HasNoErrors(AgendaItemState state)
    {
        var errors = AgendaRules.ValidateAcceptance(TestMeetings.Item(state), TestMeetings.Meeting(), GoodAcceptance);

        Assert.That(errors, Is.Empty);
    }

    [TestCase(0, 20, "Speak Up North", "Position")]
    [TestCase(51, 20, "Speak Up North", "Position")]
    [TestCase(1, 4, "Speak Up North", "Minutes")]
    [TestCase(1, 181, "Speak Up North", "Minutes")]
    [TestCase(1, 20, "", "Presenter")]
    [TestCase(1, 20, "   ", "Presenter")]
    public void ValidateAcceptance_OutOfRange_NamesTheField(int position, int minutes, string presenter, string expectedField)
    {
        var errors = AgendaRules.ValidateAcceptance(TestMeetings.Item(), TestMeetings.Meeting(), new Acceptance(position, minutes, presenter));

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { expectedField }));
    }

    [TestCase(1, 5)]
    [TestCase(50, 180)]
    public void ValidateAcceptance_OnTheLimits_IsAllowed(int position, int minutes)
    {
        var errors = AgendaRules.ValidateAcceptance(TestMeetings.Item(), TestMeetings.Meeting(), new Acceptance(position, minutes, "Sam"));

        Assert.That(errors, Is.Empty);
    }

    [TestCase(100, true)]
    [TestCase(101, false)]
    public void ValidateAcceptance_PresenterLength_AllowsUpTo100(int length, bool allowed)
    {
        var presenter = "  " + new string('a', length) + "  ";

        var errors = AgendaRules.ValidateAcceptance(TestMeetings.Item(), TestMeetings.Meeting(), GoodAcceptance with { Presenter = presenter });

        Assert.That(errors, allowed ? Is.Empty : Has.One.Property(nameof(RuleError.Field)).EqualTo("Presenter"));
    }

    [TestCase(MeetingState.AgendaPublished)]
    [TestCase(MeetingState.Live)]
    [TestCase(MeetingState.Closed)]
    public void ValidateAcceptance_AgendaPublished_IsRefused(MeetingState state)
    {
        var errors = AgendaRules.ValidateAcceptance(TestMeetings.Item(), TestMeetings.Meeting(state), GoodAcceptance);

        Assert.That(errors, Is.EqualTo(new[] { new RuleError("Decision", "The agenda is published, so its items cannot change now.") }));
    }

    [Test]
    public void ValidateAcceptance_ItemNotAccepted_TellsTheGroupToRaiseItAgain()
    {
        var item = TestMeetings.Item(AgendaItemState.NotAccepted) with { DeclineReason = GoodReason };

        var errors = AgendaRules.ValidateAcceptance(item, TestMeetings.Meeting(), GoodAcceptance);

        Assert.That(errors.Single().Message, Is.EqualTo("This item was not accepted. The group can raise it again for another meeting."));
    }

    // ---- Deferring ----

    [TestCase(MeetingState.Scheduled)]
    [TestCase(MeetingState.CallingForItems)]
    public void ValidateDeferral_ToLaterMeetingStillOpen_HasNoErrors(MeetingState laterState)
    {
        var errors = AgendaRules.ValidateDeferral(TestMeetings.Item(), TestMeetings.Meeting(), TestMeetings.Later(laterState));

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void ValidateDeferral_NoLaterMeeting_AsksForOne()
    {
        var errors = AgendaRules.ValidateDeferral(TestMeetings.Item(), TestMeetings.Meeting(), later: null);

        Assert.That(errors, Is.EqualTo(new[] { new RuleError("LaterMeetingId", "Choose a later meeting of this board.") }));
    }

    [Test]
    public void ValidateDeferral_MeetingOfAnotherBoard_IsRefused()
    {
        var otherBoards = TestMeetings.Later() with { BoardId = Constitutions.BoardId + 1 };

        var errors = AgendaRules.ValidateDeferral(TestMeetings.Item(), TestMeetings.Meeting(), otherBoards);

        Assert.That(errors.Single().Message, Is.EqualTo("Choose a later meeting of this board."));
    }

    [TestCase("2026-11-10 17:00", TestName = "ValidateDeferral_ToEarlierMeeting_IsRefused")]
    [TestCase("2026-12-01 17:00", TestName = "ValidateDeferral_ToMeetingAtSameTime_IsRefused")]
    public void ValidateDeferral_NotAfterThisMeeting_IsRefused(string laterStartsAt)
    {
        var earlier = TestMeetings.Later() with { StartsAt = TestMeetings.At(laterStartsAt) };

        var errors = AgendaRules.ValidateDeferral(TestMeetings.Item(), TestMeetings.Meeting(), earlier);

        Assert.That(errors, Is.EqualTo(new[] { new RuleError("LaterMeetingId", "Choose a meeting after this one.") }));
    }

    [TestCase(MeetingState.AgendaPublished)]
    [TestCase(MeetingState.Live)]
    [TestCase(MeetingState.Closed)]
    public void ValidateDeferral_ToMeetingAlreadyPublished_IsRefused(MeetingState laterState)
    {
        var errors = AgendaRules.ValidateDeferral(TestMeetings.Item(), TestMeetings.Meeting(), TestMeetings.Later(laterState));

        Assert.That(errors.Single().Message, Is.EqualTo("That meeting's agenda is already published. Choose another meeting."));
    }

    [Test]
    public void ValidateDeferral_FromPublishedMeeting_IsRefused()
    {
        var errors = AgendaRules.ValidateDeferral(TestMeetings.Item(), TestMeetings.Meeting(MeetingState.AgendaPublished), TestMeetings.Later());

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "Decision" }));
    }

    // ---- Declining ----

    [Test]
    public void ValidateDecline_WithAFullReason_HasNoErrors()
    {
        var errors = AgendaRules.ValidateDecline(TestMeetings.Item(), TestMeetings.Meeting(), GoodReason);

        Assert.That(errors, Is.Empty);
    }

    // A group must always be told why its item was not accepted.
    [TestCase(null, "Write the reason the item is not accepted. The group will read it.")]
    [TestCase("", "Write the reason the item is not accepted. The group will read it.")]
    [TestCase("   ", "Write the reason the item is not accepted. The group will read it.")]
    [TestCase("No.", "Write the reason in a full sentence. The group will read it.")]
    [TestCase("Not today", "Write the reason in a full sentence. The group will read it.")]
    [TestCase("   No room.    ", "Write the reason in a full sentence. The group will read it.")]
    public void ValidateDecline_EmptyOrTooShortReason_IsRefused(string? reason, string expected)
    {
        var errors = AgendaRules.ValidateDecline(TestMeetings.Item(), TestMeetings.Meeting(), reason);

        Assert.That(errors, Is.EqualTo(new[] { new RuleError("Reason", expected) }));
    }

    [TestCase(10, true)]
    [TestCase(1000, true)]
    [TestCase(1001, false)]
    public void ValidateDecline_ReasonLength_AllowsTenToAThousand(int length, bool allowed)
    {
        var errors = AgendaRules.ValidateDecline(TestMeetings.Item(), TestMeetings.Meeting(), new string('x', length));

        Assert.That(errors, allowed ? Is.Empty : Has.One.Property(nameof(RuleError.Message)).EqualTo("The reason must be 1,000 characters or fewer."));
    }

    [Test]
    public void ValidateDecline_AlreadyNotAccepted_IsRefused()
    {
        var item = TestMeetings.Item(AgendaItemState.NotAccepted) with { DeclineReason = GoodReason };

        var errors = AgendaRules.ValidateDecline(item, TestMeetings.Meeting(), GoodReason);

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "Decision" }));
    }

    [Test]
    public void ValidateDecline_PublishedAndNoReason_ReportsBoth()
    {
        var errors = AgendaRules.ValidateDecline(TestMeetings.Item(), TestMeetings.Meeting(MeetingState.Live), " ");

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "Decision", "Reason" }));
    }

    // ---- Outcomes ----

    [Test]
    public void ValidateOutcome_AcceptedItemOfClosedMeeting_HasNoErrors()
    {
        var errors = AgendaRules.ValidateOutcome(
            TestMeetings.Item(AgendaItemState.Accepted), TestMeetings.Meeting(MeetingState.Closed), "Wrote to the bus company.", "We wrote to the buses.");

        Assert.That(errors, Is.Empty);
    }

    [TestCase(MeetingState.Scheduled)]
    [TestCase(MeetingState.CallingForItems)]
    [TestCase(MeetingState.AgendaPublished)]
    [TestCase(MeetingState.Live)]
    public void ValidateOutcome_MeetingNotFinished_IsRefused(MeetingState state)
    {
        var errors = AgendaRules.ValidateOutcome(TestMeetings.Item(AgendaItemState.Accepted), TestMeetings.Meeting(state), "Done.", "Done.");

        Assert.That(errors, Is.EqualTo(new[] { new RuleError("Outcome", "Write what happened after the meeting has finished.") }));
    }

    [TestCase(AgendaItemState.Proposed)]
    [TestCase(AgendaItemState.Deferred)]
    [TestCase(AgendaItemState.NotAccepted)]
    public void ValidateOutcome_ItemNotOnTheAgenda_IsRefused(AgendaItemState state)
    {
        var errors = AgendaRules.ValidateOutcome(TestMeetings.Item(state), TestMeetings.Meeting(MeetingState.Closed), "Done.", "Done.");

        Assert.That(errors, Is.EqualTo(new[] { new RuleError("Outcome", "Only items that were on the agenda have an outcome.") }));
    }

    [TestCase(null, "We wrote.", "Outcome")]
    [TestCase("  ", "We wrote.", "Outcome")]
    [TestCase("Wrote to the bus company.", null, "OutcomeEasyRead")]
    [TestCase("Wrote to the bus company.", "", "OutcomeEasyRead")]
    public void ValidateOutcome_MissingText_NamesTheField(string? outcome, string? easyRead, string expectedField)
    {
        var errors = AgendaRules.ValidateOutcome(TestMeetings.Item(AgendaItemState.Accepted), TestMeetings.Meeting(MeetingState.Closed), outcome, easyRead);

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { expectedField }));
    }

    // ---- The group's response ----

    [TestCase(GroupResponse.WeAgree, null)]
    [TestCase(GroupResponse.WeAgree, "Thank you.")]
    [TestCase(GroupResponse.NotDoneYet, "The buses still stop at 6pm.")]
    public void ValidateResponse_ToAnOutcome_HasNoErrors(GroupResponse response, string? comment)
    {
        var errors = AgendaRules.ValidateResponse(TestMeetings.Decided(), response, comment);

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void ValidateResponse_NoOutcomeYet_IsRefused()
    {
        var errors = AgendaRules.ValidateResponse(TestMeetings.Item(AgendaItemState.Accepted), GroupResponse.WeAgree, null);

        Assert.That(errors, Is.EqualTo(new[]
        {
            new RuleError("Response", "The board has not written what happened yet. You can answer when it has."),
        }));
    }

    [Test]
    public void ValidateResponse_NoChoice_AsksForOne()
    {
        var errors = AgendaRules.ValidateResponse(TestMeetings.Decided(), GroupResponse.None, null);

        Assert.That(errors.Single().Message, Is.EqualTo("Choose \"We agree\" or \"Not done yet\"."));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void ValidateResponse_NotDoneYetWithoutSayingWhat_IsRefused(string? comment)
    {
        var errors = AgendaRules.ValidateResponse(TestMeetings.Decided(), GroupResponse.NotDoneYet, comment);

        Assert.That(errors, Is.EqualTo(new[] { new RuleError("Comment", "Say what is not done yet, so the board can act on it.") }));
    }

    [TestCase(1000, true)]
    [TestCase(1001, false)]
    public void ValidateResponse_CommentLength_AllowsUpToAThousand(int length, bool allowed)
    {
        var errors = AgendaRules.ValidateResponse(TestMeetings.Decided(), GroupResponse.NotDoneYet, new string('x', length));

        Assert.That(errors, allowed ? Is.Empty : Has.One.Property(nameof(RuleError.Field)).EqualTo("Comment"));
    }
}

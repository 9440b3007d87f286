using Board.Core.Meetings;

namespace Board.Tests.Core.Meetings;

public sealed class MeetingLifecycleTests
{
    private static readonly AgendaReadiness Ready = new(ItemsStillToDecide: 0, AcceptedItems: 3, ApprovedByBothCoChairs: true);

    private static readonly (MeetingState From, MeetingStep Step, MeetingState To)[] AllowedSteps =
    [
        (MeetingState.Scheduled, MeetingStep.CallForItems, MeetingState.CallingForItems),
        (MeetingState.CallingForItems, MeetingStep.PublishAgenda, MeetingState.AgendaPublished),
        (MeetingState.AgendaPublished, MeetingStep.Start, MeetingState.Live),
        (MeetingState.Live, MeetingStep.Close, MeetingState.Closed),
    ];

    private static IEnumerable<TestCaseData> Allowed() =>
        AllowedSteps.Select(s => new TestCaseData(s.From, s.Step, s.To).SetArgDisplayNames($"{s.From}", $"{s.Step}"));

    private static IEnumerable<TestCaseData> Refused() =>
        from state in Enum.GetValues<MeetingState>()
        from step in Enum.GetValues<MeetingStep>()
        where !AllowedSteps.Any(s => s.From == state && s.Step == step)
        select new TestCaseData(state, step).SetArgDisplayNames($"{state}", $"{step}");

    [TestCaseSource(nameof(Allowed))]
    public void Apply_AllowedStep_MovesOn(MeetingState from, MeetingStep step, MeetingState expected)
    {
        var result = MeetingLifecycle.Apply(from, step, Ready);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Allowed, Is.True);
            Assert.That(result.Next, Is.EqualTo(expected));
            Assert.That(result.Message, Is.Not.Empty);
        }
    }

    [TestCaseSource(nameof(Refused))]
    public void Apply_StepOutOfOrder_IsRefusedAndStaysPut(MeetingState from, MeetingStep step)
    {
        var result = MeetingLifecycle.Apply(from, step, Ready);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Allowed, Is.False);
            Assert.That(result.Next, Is.EqualTo(from));
            Assert.That(result.Message, Is.EqualTo($"This cannot be done now: the meeting is {MeetingLifecycle.Describe(from).ToLowerInvariant()}."));
        }
    }

    [Test]
    public void Apply_StartWhileCallingForItems_SaysTheMeetingIsAskingForItems()
    {
        var result = MeetingLifecycle.Apply(MeetingState.CallingForItems, MeetingStep.Start, Ready);

        Assert.That(result.Message, Is.EqualTo("This cannot be done now: the meeting is asking for items."));
    }

    [Test]
    public void Apply_PublishWithOneItemStillToDecide_IsRefusedInTheSingular()
    {
        var result = MeetingLifecycle.Apply(MeetingState.CallingForItems, MeetingStep.PublishAgenda, Ready with { ItemsStillToDecide = 1 });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Allowed, Is.False);
            Assert.That(result.Next, Is.EqualTo(MeetingState.CallingForItems));
            Assert.That(result.Message, Does.StartWith("1 item from a group still needs a decision."));
        }
    }

    [Test]
    public void Apply_PublishWithThreeItemsStillToDecide_IsRefusedInThePlural()
    {
        var result = MeetingLifecycle.Apply(MeetingState.CallingForItems, MeetingStep.PublishAgenda, Ready with { ItemsStillToDecide = 3 });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Allowed, Is.False);
            Assert.That(result.Message, Does.StartWith("3 items from groups still need a decision."));
        }
    }

    [Test]
    public void Apply_PublishWithNoAcceptedItems_IsRefused()
    {
        var result = MeetingLifecycle.Apply(MeetingState.CallingForItems, MeetingStep.PublishAgenda, Ready with { AcceptedItems = 0 });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Allowed, Is.False);
            Assert.That(result.Next, Is.EqualTo(MeetingState.CallingForItems));
            Assert.That(result.Message, Is.EqualTo("The agenda has no items yet. Accept at least one item first."));
        }
    }

    [Test]
    public void Apply_PublishWithoutBothCoChairs_IsRefused()
    {
        var result = MeetingLifecycle.Apply(MeetingState.CallingForItems, MeetingStep.PublishAgenda, Ready with { ApprovedByBothCoChairs = false });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Allowed, Is.False);
            Assert.That(result.Next, Is.EqualTo(MeetingState.CallingForItems));
            Assert.That(result.Message, Is.EqualTo("Both co-chairs must approve the agenda before it is published."));
        }
    }

    // Undecided items are the first thing to fix, so they are what the coordinator is told about.
    [Test]
    public void Apply_PublishWithNothingReady_NamesUndecidedItemsFirst()
    {
        var result = MeetingLifecycle.Apply(MeetingState.CallingForItems, MeetingStep.PublishAgenda, new AgendaReadiness(2, 0, false));

        Assert.That(result.Message, Does.StartWith("2 items from groups"));
    }

    // Readiness belongs to publishing only; the other steps do not look at it.
    [Test]
    public void Apply_StartWithUnreadyAgenda_StillStarts()
    {
        var result = MeetingLifecycle.Apply(MeetingState.AgendaPublished, MeetingStep.Start, new AgendaReadiness(4, 0, false));

        Assert.That(result.Allowed, Is.True);
    }

    [TestCase(MeetingState.Scheduled, true)]
    [TestCase(MeetingState.CallingForItems, true)]
    [TestCase(MeetingState.AgendaPublished, false)]
    [TestCase(MeetingState.Live, false)]
    [TestCase(MeetingState.Closed, false)]
    public void AcceptsItemsAndAgendaCanChange_ByState_OnlyBeforePublication(MeetingState state, bool expected)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(MeetingLifecycle.AcceptsItems(state), Is.EqualTo(expected));
            Assert.That(MeetingLifecycle.AgendaCanChange(state), Is.EqualTo(expected));
        }
    }

    [TestCase(MeetingState.Scheduled, "Planned")]
    [TestCase(MeetingState.CallingForItems, "Asking for items")]
    [TestCase(MeetingState.AgendaPublished, "Agenda published")]
    [TestCase(MeetingState.Live, "Happening now")]
    [TestCase(MeetingState.Closed, "Finished")]
    public void Describe_EachState_InPlainWords(MeetingState state, string expected)
    {
        Assert.That(MeetingLifecycle.Describe(state), Is.EqualTo(expected));
    }

    [TestCase(new string[0], true, "The meeting is closed. Now write what happened to each item.")]
    [TestCase(new[] { "Later buses?" }, false, "A vote is still open: \"Later buses?\". Close it on the Votes page first, then close the meeting.")]
    [TestCase(new[] { "Later buses?", "Cheaper swimming?" }, false,
        "2 votes are still open: \"Later buses?\", \"Cheaper swimming?\". Close them on the Votes page first, then close the meeting.")]
    public void Apply_CloseWithOpenVotes_IsRefusedNamingThem(string[] openPolls, bool allowed, string message)
    {
        var result = MeetingLifecycle.Apply(MeetingState.Live, MeetingStep.Close, new AgendaReadiness(0, 1, true, openPolls));

        Assert.That((result.Allowed, result.Next, result.Message),
            Is.EqualTo((allowed, allowed ? MeetingState.Closed : MeetingState.Live, message)));
    }
}

using Board.Core.Meetings;

namespace Board.Tests.Core.Meetings;

public sealed class GroupItemStatusTests
{
    private static readonly DateOnly Today = new(2026, 11, 12);

    private static IEnumerable<TestCaseData> Statuses()
    {
        yield return Case(TestMeetings.Item(AgendaItemState.Proposed), MeetingState.CallingForItems, ItemStatus.Waiting, "Waiting", true);
        yield return Case(TestMeetings.Item(AgendaItemState.Accepted), MeetingState.AgendaPublished, ItemStatus.OnTheAgenda, "On the agenda", true);
        yield return Case(TestMeetings.Item(AgendaItemState.Accepted), MeetingState.Closed, ItemStatus.OnTheAgenda, "On the agenda", true);
        yield return Case(TestMeetings.Item(AgendaItemState.Deferred), MeetingState.Scheduled, ItemStatus.Deferred, "Moved to a later meeting", true);
        yield return Case(TestMeetings.Item(AgendaItemState.NotAccepted) with { DeclineReason = "It is a council matter." },
            MeetingState.CallingForItems, ItemStatus.NotAccepted, "Not accepted", false);
        yield return Case(TestMeetings.Decided(), MeetingState.Closed, ItemStatus.Decided, "Decided", true);
        yield return Case(TestMeetings.Decided(GroupResponse.NotDoneYet, "Buses still stop at 6pm."), MeetingState.Closed,
            ItemStatus.NotDoneYet, "Not done yet", true);
        yield return Case(TestMeetings.Decided(GroupResponse.WeAgree), MeetingState.Closed, ItemStatus.Done, "Done", false);

        static TestCaseData Case(AgendaItem item, MeetingState meetingState, ItemStatus status, string label, bool open) =>
            new TestCaseData(item, meetingState, status, label, open).SetArgDisplayNames($"{status}", $"{meetingState}");
    }

    // The loop stays open until the group agrees, or has been told why the item was not accepted.
    [TestCaseSource(nameof(Statuses))]
    public void Evaluate_EachStatus_HasLabelAndOpenLoopFlag(AgendaItem item, MeetingState meetingState, ItemStatus expectedStatus, string expectedLabel, bool expectedOpen)
    {
        var progress = GroupItemStatus.Evaluate(item, meetingState, Today);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Status, Is.EqualTo(expectedStatus));
            Assert.That(progress.Label, Is.EqualTo(expectedLabel));
            Assert.That(progress.IsOpenLoop, Is.EqualTo(expectedOpen));
            Assert.That(progress.Explanation, Is.Not.Empty);
        }
    }

    [Test]
    public void Evaluate_NotAccepted_ShowsTheGroupTheReason()
    {
        var item = TestMeetings.Item(AgendaItemState.NotAccepted) with { DeclineReason = "It is a council matter." };

        var progress = GroupItemStatus.Evaluate(item, MeetingState.CallingForItems, Today);

        Assert.That(progress.Explanation, Is.EqualTo("The reason: It is a council matter."));
    }

    [Test]
    public void Evaluate_NotDoneYet_ShowsWhatTheGroupSaid()
    {
        var progress = GroupItemStatus.Evaluate(TestMeetings.Decided(GroupResponse.NotDoneYet, "Buses still stop at 6pm."), MeetingState.Closed, Today);

        Assert.That(progress.Explanation, Is.EqualTo("The group said: Buses still stop at 6pm."));
    }

    [TestCase(MeetingState.AgendaPublished, "The board will talk about it at the meeting.")]
    [TestCase(MeetingState.Live, "The board will talk about it at the meeting.")]
    [TestCase(MeetingState.Closed, "The board talked about it. The answer is being written.")]
    public void Evaluate_OnTheAgenda_ExplainsWhetherTheMeetingHasHappened(MeetingState meetingState, string expected)
    {
        var progress = GroupItemStatus.Evaluate(TestMeetings.Item(AgendaItemState.Accepted), meetingState, Today);

        Assert.That(progress.Explanation, Is.EqualTo(expected));
    }

    // Raised on 2 November 2026 at 14:15.
    [TestCase("2026-11-02", 0)]
    [TestCase("2026-11-03", 1)]
    [TestCase("2026-11-12", 10)]
    [TestCase("2027-11-02", 365)]
    [TestCase("2026-11-01", 0, TestName = "Evaluate_TodayBeforeRaised_CountsZeroDays")]
    public void Evaluate_DaysSinceRaised_CountsWholeDays(string today, int expectedDays)
    {
        var progress = GroupItemStatus.Evaluate(TestMeetings.Item(), MeetingState.CallingForItems, Dates.Parse(today));

        Assert.That(progress.DaysSinceRaised, Is.EqualTo(expectedDays));
    }

    /// <summary>Raised at 23:30 UTC on 1 July, which is 00:30 on 2 July in London: on 2 July it is 0 days old, not 1.</summary>
    [Test]
    public void Evaluate_CountsDaysOnTheBoardsCalendar_WhenGivenTheLocalDayItWasRaised()
    {
        var item = TestMeetings.Item() with { RaisedAt = new DateTime(2026, 7, 1, 23, 30, 0) };

        var progress = GroupItemStatus.Evaluate(item, MeetingState.CallingForItems, new DateOnly(2026, 7, 2), raisedOn: new DateOnly(2026, 7, 2));

        Assert.That(progress.DaysSinceRaised, Is.Zero);
    }
}

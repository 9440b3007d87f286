using System.Globalization;
using Board.Core.Meetings;
using Board.Core.Text;

namespace Board.Tests.Core.Meetings;

/// <summary>When each reminder is due (Reminders.Due) and what it says (ReminderTexts.For).</summary>
public sealed class RemindersTests
{
    // Items close on Wednesday 10 June at 5pm; the meeting is on Saturday 20 June at 10am.
    private static readonly DateTime Deadline = At("2026-06-10 17:00");
    private static readonly DateTime Start = At("2026-06-20 10:00");

    [TestCase("2026-06-03 16:59", new ReminderKind[0], new int[0])]
    [TestCase("2026-06-03 17:00", new[] { ReminderKind.DeadlineInSevenDays }, new[] { 7 })]
    [TestCase("2026-06-08 16:59", new[] { ReminderKind.DeadlineInSevenDays }, new[] { 2 })]
    [TestCase("2026-06-08 17:00", new[] { ReminderKind.DeadlineInTwoDays }, new[] { 2 })]
    [TestCase("2026-06-10 16:59", new[] { ReminderKind.DeadlineInTwoDays }, new[] { 0 })]
    [TestCase("2026-06-10 17:00", new ReminderKind[0], new int[0])]
    [TestCase("2026-06-17 09:59", new ReminderKind[0], new int[0])]
    [TestCase("2026-06-17 10:00", new[] { ReminderKind.MeetingInThreeDays }, new[] { 3 })]
    [TestCase("2026-06-19 23:00", new[] { ReminderKind.MeetingInThreeDays }, new[] { 1 })]
    [TestCase("2026-06-20 09:59", new[] { ReminderKind.MeetingInThreeDays }, new[] { 0 })]
    [TestCase("2026-06-20 10:00", new ReminderKind[0], new int[0])]
    public void Due_AroundTheWindowEdges_IsDueOnlyInsideEachWindow(string now, ReminderKind[] expectedKinds, int[] expectedDaysLeft)
    {
        var due = Reminders.Due(AMeeting(MeetingState.CallingForItems), At(now));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(due.Select(d => d.Kind), Is.EqualTo(expectedKinds));
            Assert.That(due.Select(d => d.DaysLeft), Is.EqualTo(expectedDaysLeft));
        }
    }

    [TestCase(MeetingState.Scheduled, true)]
    [TestCase(MeetingState.CallingForItems, true)]
    [TestCase(MeetingState.AgendaPublished, false)]
    [TestCase(MeetingState.Live, false)]
    [TestCase(MeetingState.Closed, false)]
    public void Due_DeadlineReminders_GoOnlyWhileTheMeetingTakesItems(MeetingState state, bool expected)
    {
        var sevenDay = Reminders.Due(AMeeting(state), At("2026-06-05 12:00"));
        var twoDay = Reminders.Due(AMeeting(state), At("2026-06-09 12:00"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sevenDay.Any(d => d.Kind == ReminderKind.DeadlineInSevenDays), Is.EqualTo(expected));
            Assert.That(twoDay.Any(d => d.Kind == ReminderKind.DeadlineInTwoDays), Is.EqualTo(expected));
        }
    }

    // Members should hear about the meeting even if the agenda is late; not once it has started or finished.
    [TestCase(MeetingState.Scheduled, true)]
    [TestCase(MeetingState.CallingForItems, true)]
    [TestCase(MeetingState.AgendaPublished, true)]
    [TestCase(MeetingState.Live, false)]
    [TestCase(MeetingState.Closed, false)]
    public void Due_MeetingReminder_GoesUnlessLiveOrClosed(MeetingState state, bool expected)
    {
        var due = Reminders.Due(AMeeting(state), At("2026-06-18 12:00"));

        Assert.That(due.Any(d => d.Kind == ReminderKind.MeetingInThreeDays), Is.EqualTo(expected));
    }

    [Test]
    public void Due_DeadlineTheDayBeforeTheMeeting_BothRemindersAreDue()
    {
        var meeting = AMeeting(MeetingState.CallingForItems) with { ItemsDeadline = At("2026-06-19 10:00") };

        var due = Reminders.Due(meeting, At("2026-06-18 12:00"));

        Assert.That(due.Select(d => d.Kind), Is.EqualTo(new[] { ReminderKind.DeadlineInTwoDays, ReminderKind.MeetingInThreeDays }));
    }

    [Test]
    public void Due_Keys_NameTheKindTheMeetingAndTheTimeTheyAreAbout()
    {
        var sevenDay = Reminders.Due(AMeeting(MeetingState.Scheduled), At("2026-06-05 12:00")).Single();
        var meetingSoon = Reminders.Due(AMeeting(MeetingState.AgendaPublished), At("2026-06-18 12:00")).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sevenDay.DedupeKey, Is.EqualTo("deadline-7:meeting:12:2026-06-10T17:00"));
            Assert.That(meetingSoon.DedupeKey, Is.EqualTo("meeting-3:meeting:12:2026-06-20T10:00"));
        }
    }

    [Test]
    public void Due_SameMeetingAndTimeLaterInTheWindow_HasTheSameKey()
    {
        var early = Reminders.Due(AMeeting(MeetingState.Scheduled), At("2026-06-03 17:00")).Single();
        var late = Reminders.Due(AMeeting(MeetingState.Scheduled), At("2026-06-08 16:00")).Single();

        Assert.That(late.DedupeKey, Is.EqualTo(early.DedupeKey));
    }

    [Test]
    public void Due_MeetingMovedToAnotherDay_HasANewKeySoPeopleHearAgain()
    {
        var before = Reminders.Due(AMeeting(MeetingState.AgendaPublished), At("2026-06-18 12:00")).Single();
        var moved = AMeeting(MeetingState.AgendaPublished) with { StartsAt = At("2026-06-19 14:00") };

        var after = Reminders.Due(moved, At("2026-06-18 12:00")).Single();

        Assert.That(after.DedupeKey, Is.Not.EqualTo(before.DedupeKey));
    }

    [TestCase(7, "7 days left to send items")]
    [TestCase(2, "2 days left to send items")]
    [TestCase(1, "Tomorrow is the last day to send items")]
    [TestCase(0, "Today is the last day to send items")]
    public void For_Deadline_SubjectSaysHowLongIsLeft(int daysLeft, string expected)
    {
        var text = ReminderTexts.For(new DueReminder(ReminderKind.DeadlineInTwoDays, "k", daysLeft), AMeeting(MeetingState.CallingForItems));

        Assert.That(text.Subject, Is.EqualTo(expected));
    }

    [TestCase(3, "Board meeting in 3 days")]
    [TestCase(1, "Board meeting tomorrow")]
    [TestCase(0, "Board meeting today")]
    public void For_Meeting_SubjectSaysWhen(int daysLeft, string expected)
    {
        var text = ReminderTexts.For(new DueReminder(ReminderKind.MeetingInThreeDays, "k", daysLeft), AMeeting(MeetingState.AgendaPublished));

        Assert.That(text.Subject, Is.EqualTo(expected));
    }

    [Test]
    public void For_Deadline_SaysTheDeadlineAndMeetingDateInPlainWords()
    {
        var meeting = AMeeting(MeetingState.CallingForItems);

        var text = ReminderTexts.For(new DueReminder(ReminderKind.DeadlineInSevenDays, "k", 7), meeting);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.Body, Does.Contain("Send items by Wednesday 10 June 2026 at 5pm."));
            Assert.That(text.Body, Does.Contain($"The board meeting is on {PlainDates.Date(meeting.StartsAt)}."));
        }
    }

    [Test]
    public void For_Meeting_SaysWhenWhereAndWhatToBring()
    {
        var meeting = AMeeting(MeetingState.AgendaPublished) with { OnlineLink = "https://meet.example/1", AccessNotes = "Use the side door." };

        var lines = ReminderTexts.For(new DueReminder(ReminderKind.MeetingInThreeDays, "k", 3), meeting).Body.Split('\n');

        Assert.That(lines, Is.SupersetOf(new[]
        {
            "The board meeting is on Saturday 20 June 2026.",
            "It starts at 10am.",
            "It is at Riverside Community Centre.",
            "You can also join online.",
            "Getting in: Use the side door.",
            "The agenda is ready. Use the link to read it.",
            "What to bring:",
            "Bring your agenda.",
            "Bring your glasses or hearing aid if you use them.",
            "Bring your sign-in card.",
            "Tell us if you need help to get there.",
        }));
    }

    [Test]
    public void For_MeetingWhoseAgendaIsLate_SaysItIsNotReadyYet()
    {
        var text = ReminderTexts.For(new DueReminder(ReminderKind.MeetingInThreeDays, "k", 3), AMeeting(MeetingState.CallingForItems));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.Body, Does.Contain("The agenda is not ready yet."));
            Assert.That(text.Body, Does.Not.Contain("The agenda is ready."));
        }
    }

    // Easy read: no sentence longer than 15 words.
    [TestCase(ReminderKind.DeadlineInSevenDays)]
    [TestCase(ReminderKind.DeadlineInTwoDays)]
    [TestCase(ReminderKind.MeetingInThreeDays)]
    public void For_EveryKind_HasNoSentenceOverFifteenWords(ReminderKind kind)
    {
        var meeting = AMeeting(MeetingState.AgendaPublished) with { OnlineLink = "https://meet.example/1", AccessNotes = "Use the side door." };
        var text = ReminderTexts.For(new DueReminder(kind, "k", 3), meeting);

        var sentences = text.Body.Split(['\n', '.', '?', ':'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Append(text.Subject);

        Assert.That(sentences.Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 15), Is.Empty);
    }

    private static Meeting AMeeting(MeetingState state) => new(
        12, 1, "Board meeting", Start, Start.AddHours(2), "Riverside Community Centre", null, null, Deadline, state);

    private static DateTime At(string local) =>
        DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

using Board.Core.Plans;
using Board.Core.Text;
using static Board.Tests.Core.Plans.TestPlans;

namespace Board.Tests.Core.Plans;

/// <summary>When action reminders are due (PlanReminders) and what they say (PlanReminderTexts). Due Friday 20 November 2026.</summary>
public sealed class PlanRemindersTests
{
    [TestCase("2026-11-05", null, 0)]
    [TestCase("2026-11-06", PlanReminderKind.DueInFourteenDays, 14)]
    [TestCase("2026-11-16", PlanReminderKind.DueInFourteenDays, 4)]
    [TestCase("2026-11-17", PlanReminderKind.DueInThreeDays, 3)]
    [TestCase("2026-11-19", PlanReminderKind.DueInThreeDays, 1)]
    [TestCase("2026-11-20", PlanReminderKind.DueInThreeDays, 0)]
    [TestCase("2026-11-21", PlanReminderKind.OverdueWeekly, 1)]
    [TestCase("2027-01-20", PlanReminderKind.OverdueWeekly, 61)]
    public void ForOwner_AroundTheWindowEdges_IsDueOnlyInsideEachWindow(string today, PlanReminderKind? expected, int days)
    {
        var due = PlanReminders.ForOwner(Action(), Dates.Parse(today));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(due.Select(r => (PlanReminderKind?)r.Kind), Is.EqualTo(expected is null ? [] : new[] { expected }));
            Assert.That(due.Select(r => r.Days), Is.EqualTo(expected is null ? [] : new[] { days }));
        }
    }

    [TestCase("2026-11-10")]
    [TestCase("2026-11-18")]
    [TestCase("2026-11-25")]
    public void ForOwner_Done_NothingIsDue(string today)
    {
        Assert.That(PlanReminders.ForOwner(Action(status: ActionStatus.Done), Dates.Parse(today)), Is.Empty);
    }

    [TestCase("2026-11-06", "due-14:action:12:2026-11-20")]
    [TestCase("2026-11-16", "due-14:action:12:2026-11-20")]
    [TestCase("2026-11-17", "due-3:action:12:2026-11-20")]
    [TestCase("2026-11-20", "due-3:action:12:2026-11-20")]
    [TestCase("2026-11-21", "overdue:action:12:2026-W47")]
    [TestCase("2026-11-22", "overdue:action:12:2026-W47")]
    [TestCase("2026-11-23", "overdue:action:12:2026-W48")]
    [TestCase("2026-11-29", "overdue:action:12:2026-W48")]
    [TestCase("2026-11-30", "overdue:action:12:2026-W49")]
    [TestCase("2027-01-01", "overdue:action:12:2026-W53")]
    [TestCase("2027-01-04", "overdue:action:12:2027-W01")]
    public void ForOwner_Keys_SameWithinAWindowAndOncePerIsoWeekWhileLate(string today, string expected)
    {
        Assert.That(PlanReminders.ForOwner(Action(), Dates.Parse(today)).Single().DedupeKey, Is.EqualTo(expected));
    }

    [Test]
    public void ForOwner_DueDateMoved_HasANewKeySoTheOwnerHearsAgain()
    {
        var today = new DateOnly(2026, 11, 18);
        var before = PlanReminders.ForOwner(Action(), today).Single();

        var after = PlanReminders.ForOwner(Action(due: new(2026, 11, 19)), today).Single();

        Assert.That(after.DedupeKey, Is.Not.EqualTo(before.DedupeKey));
    }

    [TestCase("2026-11-20", false)]
    [TestCase("2026-11-21", true)]
    [TestCase("2026-12-30", true)]
    public void ForFollowers_OnlyOnceLate_WithOneKeyForTheDueDate(string today, bool expected)
    {
        var reminder = PlanReminders.ForFollowers(Action(), Dates.Parse(today));

        Assert.That(reminder, expected
            ? Is.EqualTo(new PlanReminder(PlanReminderKind.BecameOverdue, "became-overdue:action:12:due:2026-11-20",
                Dates.Parse(today).DayNumber - Due.DayNumber))
            : Is.Null);
    }

    [Test]
    public void ForFollowers_DoneOrDueDateMoved_NothingOrANewKey()
    {
        var today = new DateOnly(2026, 12, 10);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(PlanReminders.ForFollowers(Action(status: ActionStatus.Done), today), Is.Null);
            Assert.That(PlanReminders.ForFollowers(Action(due: new(2026, 12, 1)), today)!.DedupeKey,
                Is.EqualTo("became-overdue:action:12:due:2026-12-01"));
        }
    }

    [TestCase(PlanReminderKind.DueInFourteenDays, 14, "Your action is due in 14 days")]
    [TestCase(PlanReminderKind.DueInThreeDays, 3, "Your action is due in 3 days")]
    [TestCase(PlanReminderKind.DueInThreeDays, 1, "Your action is due tomorrow")]
    [TestCase(PlanReminderKind.DueInThreeDays, 0, "Your action is due today")]
    [TestCase(PlanReminderKind.OverdueWeekly, 8, "Your action is late")]
    [TestCase(PlanReminderKind.BecameOverdue, 1, "An action you follow is late")]
    public void Subject_SaysWhenInPlainWords(PlanReminderKind kind, int days, string expected)
    {
        Assert.That(PlanReminderTexts.Subject(kind, days), Is.EqualTo(expected));
    }

    [Test]
    public void For_OverdueWeekly_SaysTheDueDateAndHowLate()
    {
        var lines = PlanReminderTexts.For(new(PlanReminderKind.OverdueWeekly, "k", 5), Action()).Body.Split('\n');

        Assert.That(lines, Is.EqualTo(new[]
        {
            "Your organisation said it will do this:",
            "\"We will do thing 12.\"",
            "It was due on 20 November 2026.",
            "It is 5 days late.",
            "Please tell the board what is happening.",
            "Say when it will be done.",
            "Use the link to write an update.",
        }));
    }

    [TestCase(PlanReminderKind.DueInFourteenDays, "It is due on ")]
    [TestCase(PlanReminderKind.DueInThreeDays, "It is due on ")]
    [TestCase(PlanReminderKind.BecameOverdue, "It was due on ")]
    public void For_EachKind_NamesTheActionAndItsDueDate(PlanReminderKind kind, string prefix)
    {
        var body = PlanReminderTexts.For(new(kind, "k", 3), Action()).Body;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body, Does.Contain("\"We will do thing 12.\""));
            Assert.That(body, Does.Contain($"{prefix}{PlainDates.Date(Due)}."));
        }
    }

    [Test]
    public void For_OneDayLate_SaysDayNotDays()
    {
        Assert.That(PlanReminderTexts.For(new(PlanReminderKind.OverdueWeekly, "k", 1), Action()).Body, Does.Contain("It is 1 day late."));
    }

    // Easy read: no sentence of ours longer than 15 words (the action's own words are the owner's to keep short).
    [TestCase(PlanReminderKind.DueInFourteenDays)]
    [TestCase(PlanReminderKind.DueInThreeDays)]
    [TestCase(PlanReminderKind.OverdueWeekly)]
    [TestCase(PlanReminderKind.BecameOverdue)]
    public void For_EveryKind_HasNoSentenceOverFifteenWords(PlanReminderKind kind)
    {
        var action = Action() with { DueDate = new(2026, 9, 30) };
        var text = PlanReminderTexts.For(new(kind, "k", 12), action);

        var sentences = text.Body.Split('\n').Where(l => !l.StartsWith('"'))
            .SelectMany(l => l.Split(['.', '?', ':'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Append(text.Subject);

        Assert.That(sentences.Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 15), Is.Empty);
    }
}

using System.Globalization;

namespace Board.Core.Plans;

public enum PlanReminderKind
{
    DueInFourteenDays,
    DueInThreeDays,
    OverdueWeekly,
    BecameOverdue,
}

/// <summary>
/// A reminder about an action that should have gone by now, stored once per person by <see cref="DedupeKey"/>.
/// <see cref="Days"/> is the days left before the due date (0 = due today) for the "due in" kinds, and the days
/// late (1 = was due yesterday) for the overdue kinds.
/// </summary>
public sealed record PlanReminder(PlanReminderKind Kind, string DedupeKey, int Days);

/// <summary>
/// Which reminders are due for an action on a given day. Like the meeting reminders, each has a window rather than a
/// moment, so a daily job that was down for a day still sends it; sending is deduplicated by key.
/// </summary>
public static class PlanReminders
{
    /// <summary>
    /// To the owner: the 14-day reminder while today is in [due − 14, due − 3), the 3-day one in [due − 3, due], and
    /// once a week (ISO week of today) while late. Nothing once done. The keys name the due date, so moving the
    /// due date later makes the next reminder news again.
    /// </summary>
    public static IReadOnlyList<PlanReminder> ForOwner(PlanAction action, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Status == ActionStatus.Done)
            return [];

        var daysLeft = action.DueDate.DayNumber - today.DayNumber;
        return daysLeft switch
        {
            > 14 => [],
            > 3 => [new(PlanReminderKind.DueInFourteenDays, Key("due-14", action), daysLeft)],
            >= 0 => [new(PlanReminderKind.DueInThreeDays, Key("due-3", action), daysLeft)],
            _ => [new(PlanReminderKind.OverdueWeekly,
                string.Create(CultureInfo.InvariantCulture, $"overdue:action:{action.Id}:{IsoWeek(today)}"), -daysLeft)],
        };
    }

    /// <summary>To the followers: once, when the action becomes late (again, if its due date moves and it is late again).</summary>
    public static PlanReminder? ForFollowers(PlanAction action, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(action);
        return ActionRules.IsOverdue(action, today)
            ? new(PlanReminderKind.BecameOverdue,
                string.Create(CultureInfo.InvariantCulture, $"became-overdue:action:{action.Id}:due:{action.DueDate:yyyy-MM-dd}"),
                today.DayNumber - action.DueDate.DayNumber)
            : null;
    }

    /// <summary>"2026-W48": the ISO 8601 week, whose year can differ from the calendar year around New Year.</summary>
    public static string IsoWeek(DateOnly day)
    {
        var at = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(at)}-W{ISOWeek.GetWeekOfYear(at):00}");
    }

    private static string Key(string prefix, PlanAction action) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}:action:{action.Id}:{action.DueDate:yyyy-MM-dd}");
}

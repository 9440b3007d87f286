using Board.Core.Meetings;
using Board.Core.Text;

namespace Board.Core.Plans;

/// <summary>
/// The action reminders in easy read: short sentences (15 words at most), one idea a line, dates the way people say
/// them. The action's own easy-read words are quoted on a line of their own. Same shape as the meeting reminders,
/// so the inbox and the email send them the same way.
/// </summary>
public static class PlanReminderTexts
{
    public static ReminderText For(PlanReminder reminder, PlanAction action)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return new(Subject(reminder.Kind, reminder.Days), Body(reminder.Kind, reminder.Days, action));
    }

    /// <summary><paramref name="days"/> as in <see cref="PlanReminder.Days"/>: days left, or days late.</summary>
    public static string Subject(PlanReminderKind kind, int days) => kind switch
    {
        PlanReminderKind.DueInFourteenDays or PlanReminderKind.DueInThreeDays => days switch
        {
            <= 0 => "Your action is due today",
            1 => "Your action is due tomorrow",
            _ => $"Your action is due in {days} days",
        },
        PlanReminderKind.OverdueWeekly => "Your action is late",
        PlanReminderKind.BecameOverdue => "An action you follow is late",
    };

    /// <summary>One sentence a line.</summary>
    public static string Body(PlanReminderKind kind, int days, PlanAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var what = $"\"{action.WhatEasyRead.Trim()}\"";
        var due = PlainDates.Date(action.DueDate);
        return kind switch
        {
            PlanReminderKind.DueInFourteenDays or PlanReminderKind.DueInThreeDays => Lines(
                "Your organisation said it will do this:",
                what,
                $"It is due on {due}.",
                "Please tell the board how it is going.",
                "Use the link to write an update."),
            PlanReminderKind.OverdueWeekly => Lines(
                "Your organisation said it will do this:",
                what,
                $"It was due on {due}.",
                days == 1 ? "It is 1 day late." : $"It is {days} days late.",
                "Please tell the board what is happening.",
                "Say when it will be done.",
                "Use the link to write an update."),
            PlanReminderKind.BecameOverdue => Lines(
                "You follow this action:",
                what,
                $"It was due on {due}.",
                "It is not done yet.",
                "We have asked the owner to tell the board why.",
                "We will tell you when they write an update."),
        };
    }

    private static string Lines(params string[] lines) => string.Join('\n', lines);
}

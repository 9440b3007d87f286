using Board.Core.Text;

namespace Board.Core.Meetings;

/// <summary>A message for the inbox and the email: a short subject and a plain-text body, one sentence a line.</summary>
public sealed record ReminderText(string Subject, string Body);

/// <summary>
/// The reminders in easy read: short sentences (15 words at most), everyday words, one idea a line, dates the way
/// people say them. The same text goes to the in-app inbox and the email, so both say the same thing.
/// </summary>
public static class ReminderTexts
{
    public static ReminderText For(DueReminder reminder, Meeting meeting) => reminder.Kind switch
    {
        ReminderKind.DeadlineInSevenDays or ReminderKind.DeadlineInTwoDays => Deadline(reminder.DaysLeft, meeting),
        ReminderKind.MeetingInThreeDays => MeetingSoon(reminder.DaysLeft, meeting),
    };

    private static ReminderText Deadline(int daysLeft, Meeting meeting)
    {
        var subject = daysLeft switch
        {
            <= 0 => "Today is the last day to send items",
            1 => "Tomorrow is the last day to send items",
            _ => $"{daysLeft} days left to send items",
        };
        return new(subject, Lines(
            "Your group can ask the board to talk about something.",
            "This is called an agenda item.",
            $"The board meeting is on {PlainDates.Date(meeting.StartsAt)}.",
            $"Send items by {PlainDates.DateAndTime(meeting.ItemsDeadline)}.",
            "Plan the item with your group.",
            "Use the link to send an item."));
    }

    private static ReminderText MeetingSoon(int daysLeft, Meeting meeting)
    {
        var subject = daysLeft switch
        {
            <= 0 => "Board meeting today",
            1 => "Board meeting tomorrow",
            _ => $"Board meeting in {daysLeft} days",
        };
        var lines = new List<string>
        {
            $"The board meeting is on {PlainDates.Date(meeting.StartsAt)}.",
            $"It starts at {PlainDates.Time(meeting.StartsAt)}.",
            $"It is at {meeting.Venue.Trim().TrimEnd('.')}.",
        };
        if (!string.IsNullOrWhiteSpace(meeting.OnlineLink))
            lines.Add("You can also join online.");
        if (!string.IsNullOrWhiteSpace(meeting.AccessNotes))
            lines.Add($"Getting in: {meeting.AccessNotes.Trim()}");
        lines.Add(meeting.State == MeetingState.AgendaPublished
            ? "The agenda is ready. Use the link to read it."
            : "The agenda is not ready yet. You can read it on the meeting page when it is ready.");
        lines.Add("What to bring:");
        lines.Add("Bring your agenda.");
        lines.Add("Bring your glasses or hearing aid if you use them.");
        lines.Add("Bring your sign-in card.");
        lines.Add("Tell us if you need help to get there.");
        lines.Add("If you cannot come, please tell us.");
        return new(subject, Lines([.. lines]));
    }

    private static string Lines(params string[] lines) => string.Join('\n', lines);
}

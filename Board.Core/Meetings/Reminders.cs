using System.Globalization;

namespace Board.Core.Meetings;

public enum ReminderKind
{
    DeadlineInSevenDays,
    DeadlineInTwoDays,
    MeetingInThreeDays,
}

/// <summary>
/// A reminder that should have gone by now. The key names what it is about, including the time it is about, so it is
/// stored once per person; if the coordinator moves the meeting or the deadline, the new time is news and goes again.
/// </summary>
public sealed record DueReminder(ReminderKind Kind, string DedupeKey, int DaysLeft);

/// <summary>
/// Which reminders are due for a meeting at a given local time. Each reminder has a window rather than a moment, so a
/// job that runs hourly (or was down for a while) still sends it; sending is deduplicated by key, so the job can
/// safely look at everything that is due on every run.
/// </summary>
public static class Reminders
{
    private static readonly TimeSpan SevenDays = TimeSpan.FromDays(7);
    private static readonly TimeSpan TwoDays = TimeSpan.FromDays(2);
    private static readonly TimeSpan ThreeDays = TimeSpan.FromDays(3);

    /// <summary>
    /// Deadline reminders (to the groups' supporters) go only while the meeting still takes items: the 7-day one in
    /// [deadline − 7 days, deadline − 2 days), the 2-day one in [deadline − 2 days, deadline). The meeting reminder
    /// (to members) goes in [start − 3 days, start).
    /// </summary>
    public static IReadOnlyList<DueReminder> Due(Meeting meeting, DateTime localNow)
    {
        var due = new List<DueReminder>(2);
        if (MeetingLifecycle.AcceptsItems(meeting.State))
        {
            var deadline = meeting.ItemsDeadline;
            if (localNow >= deadline - SevenDays && localNow < deadline - TwoDays)
                due.Add(Reminder(ReminderKind.DeadlineInSevenDays, "deadline-7", meeting.Id, deadline, localNow));
            else if (localNow >= deadline - TwoDays && localNow < deadline)
                due.Add(Reminder(ReminderKind.DeadlineInTwoDays, "deadline-2", meeting.Id, deadline, localNow));
        }

        // Members hear about the meeting even if the agenda is late (still Scheduled or CallingForItems): knowing the
        // date, the place and what to bring matters more than the agenda. Not once it has started or finished.
        if (meeting.State is not (MeetingState.Live or MeetingState.Closed)
            && localNow >= meeting.StartsAt - ThreeDays && localNow < meeting.StartsAt)
            due.Add(Reminder(ReminderKind.MeetingInThreeDays, "meeting-3", meeting.Id, meeting.StartsAt, localNow));

        return due;
    }

    /// <summary>Whole calendar days from today to the day of <paramref name="at"/>: 0 is today, 1 is tomorrow.</summary>
    public static int CalendarDaysBetween(DateTime localNow, DateTime at) => (at.Date - localNow.Date).Days;

    private static DueReminder Reminder(ReminderKind kind, string prefix, long meetingId, DateTime about, DateTime localNow) =>
        new(kind,
            string.Create(CultureInfo.InvariantCulture, $"{prefix}:meeting:{meetingId}:{about:yyyy-MM-ddTHH:mm}"),
            CalendarDaysBetween(localNow, about));
}

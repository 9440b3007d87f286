using Board.Core.Meetings;
using Board.Data.Groups;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Data.Notifications;
using Board.Web.Infrastructure;
using Hangfire;

namespace Board.Web.Jobs;

/// <summary>
/// Hourly: tells the groups' supporters that the deadline for items is coming, and members that the meeting is coming.
/// Reentrant: <see cref="Reminders.Due"/> says what is due, and <see cref="NotificationStore.SendAsync"/> stores each
/// key once per person, so a second run, an overlapping run or a retry after a crash sends nothing twice.
/// </summary>
public sealed class ReminderJob(
    MeetingStore meetings,
    GroupStore groups,
    MemberQueries members,
    AttendanceStore attendance,
    NotificationStore notifications,
    BoardClocks clocks)
{
    /// <summary>The longest reminder window (7 days before the deadline), plus a day to spare.</summary>
    private static readonly TimeSpan LookAhead = TimeSpan.FromDays(8);

    /// <summary>The most two zones' clocks differ (UTC-12 to UTC+14).</summary>
    private static readonly TimeSpan ZoneSpread = TimeSpan.FromHours(26);

    /// <summary>Sends what is due now. Returns how many new messages were created.</summary>
    // No Hangfire retries: every reminder has a window of days, so the next hourly run is the retry.
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunAsync()
    {
        // Meetings are in their boards' local times, and boards' zones differ by at most a day: look a day wider, then
        // ask what is due by each board's own clock.
        var siteNow = clocks.Site.LocalNow;
        var created = 0;
        foreach (var meeting in await meetings.UpcomingAsync(siteNow - ZoneSpread, siteNow + LookAhead + ZoneSpread))
        {
            var clock = await clocks.ForBoardAsync(meeting.BoardId);
            foreach (var reminder in Reminders.Due(meeting, clock.LocalNow))
            {
                var text = ReminderTexts.For(reminder, meeting);
                var (recipients, link) = reminder.Kind switch
                {
                    ReminderKind.DeadlineInSevenDays or ReminderKind.DeadlineInTwoDays =>
                        (await SupportersAsync(meeting), $"/boards/{meeting.BoardId}/meetings/{meeting.Id}/items/new"),
                    ReminderKind.MeetingInThreeDays =>
                        (await MembersExpectedAsync(meeting), $"/boards/{meeting.BoardId}/meetings/{meeting.Id}"),
                };
                foreach (var personId in recipients)
                {
                    if (await notifications.SendAsync(personId, reminder.DedupeKey, text.Subject, text.Body, link, clock.UtcNow))
                        created++;
                }
            }
        }
        return created;
    }

    /// <summary>Everyone who supports one of the board's groups, once each even if they support several.</summary>
    private async Task<IReadOnlyList<long>> SupportersAsync(Meeting meeting) =>
        (await groups.SupportersAsync(meeting.BoardId)).Select(pair => pair.SupporterId).Distinct().ToList();

    /// <summary>
    /// Members on the day of the meeting (so someone whose term starts that day hears, and someone whose term has
    /// ended by then does not), except those who have already sent apologies.
    /// </summary>
    private async Task<IReadOnlyList<long>> MembersExpectedAsync(Meeting meeting)
    {
        var apologies = (await attendance.ForMeetingAsync(meeting.Id))
            .Where(a => a.Mark == AttendanceMark.Apologies)
            .Select(a => a.PersonId)
            .ToHashSet();
        return (await members.CurrentAsync(meeting.BoardId, DateOnly.FromDateTime(meeting.StartsAt)))
            .Select(m => m.PersonId)
            .Distinct()
            .Where(personId => !apologies.Contains(personId))
            .ToList();
    }
}

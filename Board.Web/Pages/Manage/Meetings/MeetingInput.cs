using System.ComponentModel.DataAnnotations;
using Board.Core.Meetings;
using Board.Web.Forms;

namespace Board.Web.Pages.Manage.Meetings;

/// <summary>The meeting form. Dates and times are text so that any way people write them can be read, or explained.</summary>
public sealed class MeetingInput
{
    [Required(ErrorMessage = "Enter a name for the meeting, like Board meeting")]
    [StringLength(100, ErrorMessage = "The name must be 100 characters or fewer")]
    public string Title { get; set; } = "Board meeting";

    [Required(ErrorMessage = "Enter the date of the meeting")]
    public string? Date { get; set; }

    [Required(ErrorMessage = "Enter the time the meeting starts")]
    public string? StartTime { get; set; }

    [Required(ErrorMessage = "Enter the time the meeting ends")]
    public string? EndTime { get; set; }

    [Required(ErrorMessage = "Enter where the meeting is")]
    [StringLength(200, ErrorMessage = "The place must be 200 characters or fewer")]
    public string Venue { get; set; } = "";

    [StringLength(1000, ErrorMessage = "The access notes must be 1,000 characters or fewer")]
    public string? AccessNotes { get; set; }

    [StringLength(500, ErrorMessage = "The link must be 500 characters or fewer")]
    public string? OnlineLink { get; set; }

    [Required(ErrorMessage = "Enter the last day groups can send items")]
    public string? DeadlineDate { get; set; }

    [Required(ErrorMessage = "Enter the time on that day when items must be in")]
    public string? DeadlineTime { get; set; } = "5pm";

    public static MeetingInput From(Meeting meeting) => new()
    {
        Title = meeting.Title,
        Date = meeting.StartsAt.ToString("yyyy-MM-dd"),
        StartTime = meeting.StartsAt.ToString("HH:mm"),
        EndTime = meeting.EndsAt.ToString("HH:mm"),
        Venue = meeting.Venue,
        AccessNotes = meeting.AccessNotes,
        OnlineLink = meeting.OnlineLink,
        DeadlineDate = meeting.ItemsDeadline.ToString("yyyy-MM-dd"),
        DeadlineTime = meeting.ItemsDeadline.ToString("HH:mm"),
    };

    /// <summary>Reads the dates and times, adding a plain message for each that cannot be read. Null when any failed.</summary>
    public MeetingDraft? ToDraft(Action<string, string> addError)
    {
        var date = DateText.Parse(Date);
        var start = TimeText.Parse(StartTime);
        var end = TimeText.Parse(EndTime);
        var deadlineDate = DateText.Parse(DeadlineDate);
        var deadlineTime = TimeText.Parse(DeadlineTime);
        if (date is null && !string.IsNullOrWhiteSpace(Date))
            addError(nameof(Date), "The date must be a real date, like 1 December 2026");
        if (start is null && !string.IsNullOrWhiteSpace(StartTime))
            addError(nameof(StartTime), "Enter the start time like 10:30 or 10:30am");
        if (end is null && !string.IsNullOrWhiteSpace(EndTime))
            addError(nameof(EndTime), "Enter the end time like 1pm or 13:00");
        if (deadlineDate is null && !string.IsNullOrWhiteSpace(DeadlineDate))
            addError(nameof(DeadlineDate), "The deadline must be a real date, like 20 November 2026");
        if (deadlineTime is null && !string.IsNullOrWhiteSpace(DeadlineTime))
            addError(nameof(DeadlineTime), "Enter the deadline time like 5pm or 17:00");
        if (date is not { } d || start is not { } s || end is not { } e || deadlineDate is not { } dd || deadlineTime is not { } dt)
            return null;
        return new MeetingDraft(Title.Trim(), d.ToDateTime(s), d.ToDateTime(e), Venue.Trim(),
            string.IsNullOrWhiteSpace(AccessNotes) ? null : AccessNotes.Trim(),
            string.IsNullOrWhiteSpace(OnlineLink) ? null : OnlineLink.Trim(),
            dd.ToDateTime(dt));
    }
}

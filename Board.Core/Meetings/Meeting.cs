namespace Board.Core.Meetings;

/// <summary>Where a meeting is in its life. The minutes states come with the minutes.</summary>
public enum MeetingState
{
    Scheduled,
    CallingForItems,
    AgendaPublished,
    Live,
    Closed,
}

/// <summary>A board meeting. Times are the board's local time, as people read them on the agenda.</summary>
public sealed record Meeting(
    long Id,
    long BoardId,
    string Title,
    DateTime StartsAt,
    DateTime EndsAt,
    string Venue,
    string? AccessNotes,
    string? OnlineLink,
    DateTime ItemsDeadline,
    MeetingState State);

/// <summary>What the coordinator types when scheduling or changing a meeting.</summary>
public sealed record MeetingDraft(
    string Title,
    DateTime StartsAt,
    DateTime EndsAt,
    string Venue,
    string? AccessNotes,
    string? OnlineLink,
    DateTime ItemsDeadline);

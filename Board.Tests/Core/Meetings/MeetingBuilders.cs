using System.Globalization;
using Board.Core.Meetings;

namespace Board.Tests.Core.Meetings;

/// <summary>
/// A meeting on Tuesday 1 December 2026 from 5pm to 7pm, items due a week before, seen from 1 November 2026.
/// Meeting times are the board's local time, so they are plain <see cref="DateTime"/> values; tests never read the clock.
/// </summary>
internal static class TestMeetings
{
    public const long MeetingId = 1;
    public const long LaterMeetingId = 2;

    public static readonly DateTime Now = new(2026, 11, 1, 10, 0, 0);
    public static readonly DateTime StartsAt = new(2026, 12, 1, 17, 0, 0);
    public static readonly DateTime EndsAt = new(2026, 12, 1, 19, 0, 0);
    public static readonly DateTime ItemsDeadline = new(2026, 11, 24, 17, 0, 0);
    public static readonly DateTime RaisedAt = new(2026, 11, 2, 14, 15, 0);

    /// <summary>[TestCase] cannot hold a DateTime, so rows carry "yyyy-MM-dd HH:mm" text.</summary>
    public static DateTime At(string text) => DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static MeetingDraft Draft() =>
        new("December board meeting", StartsAt, EndsAt, "Town Hall, Room 2", "Step-free entrance on Mill Street", null, ItemsDeadline);

    public static Meeting Meeting(MeetingState state = MeetingState.CallingForItems) =>
        new(MeetingId, Constitutions.BoardId, "December board meeting", StartsAt, EndsAt, "Town Hall, Room 2", null, null, ItemsDeadline, state);

    /// <summary>The January meeting, a good place to defer an item to.</summary>
    public static Meeting Later(MeetingState state = MeetingState.Scheduled) =>
        Meeting(state) with
        {
            Id = LaterMeetingId,
            Title = "January board meeting",
            StartsAt = new(2027, 1, 12, 17, 0, 0),
            EndsAt = new(2027, 1, 12, 19, 0, 0),
            ItemsDeadline = new(2027, 1, 5, 17, 0, 0),
        };

    public static AgendaItem Item(AgendaItemState state = AgendaItemState.Proposed) =>
        new(100, Constitutions.BoardId, MeetingId, Constitutions.GroupId, 50, RaisedAt, "Buses stop too early",
            "The last bus home is at 6pm.", "Members miss evening events because buses stop early.", BoardAsk.Decide, "bus.png",
            state, null, null, null, null, null, null, null, GroupResponse.None, null);

    public static AgendaItem Decided(GroupResponse response = GroupResponse.None, string? comment = null) =>
        Item(AgendaItemState.Accepted) with
        {
            Position = 1,
            Minutes = 20,
            Presenter = "Speak Up North",
            Outcome = "The board wrote to the bus company.",
            OutcomeEasyRead = "We wrote to the bus company.",
            Response = response,
            ResponseComment = comment,
        };
}

using Board.Core.Meetings;
using Board.Data.Database;
using Board.Data.Meetings;

namespace Board.Tests.Data.Meetings;

/// <summary>Meetings written through the real store, moved on through the same steps a coordinator takes.</summary>
internal static class MeetingData
{
    public static readonly DateTime December = new(2026, 12, 1, 17, 0, 0);
    public static readonly DateTime January = new(2027, 1, 12, 17, 0, 0);

    private static readonly MeetingState[] Order =
        [MeetingState.Scheduled, MeetingState.CallingForItems, MeetingState.AgendaPublished, MeetingState.Live, MeetingState.Closed];

    /// <summary>A two-hour meeting starting at <paramref name="startsAt"/>, items due a week before.</summary>
    public static MeetingDraft Draft(DateTime startsAt, string title = "Board meeting") =>
        new(title, startsAt, startsAt.AddHours(2), "Town Hall, Room 2", "Step-free entrance on Mill Street",
            "https://meet.example.org/board", startsAt.AddDays(-7));

    public static async Task<long> MeetingAsync(
        BoardDatabase database, long boardId, DateTime startsAt, MeetingState state = MeetingState.CallingForItems, string title = "Board meeting")
    {
        var store = new MeetingStore(database);
        var id = await store.CreateAsync(boardId, Draft(startsAt, title));
        await MoveToAsync(database, boardId, id, state);
        return id;
    }

    public static async Task MoveToAsync(BoardDatabase database, long boardId, long meetingId, MeetingState state)
    {
        var store = new MeetingStore(database);
        var current = (await store.GetAsync(boardId, meetingId))!.State;
        for (var i = Array.IndexOf(Order, current); i < Array.IndexOf(Order, state); i++)
        {
            if (!await store.MoveAsync(boardId, meetingId, Order[i], Order[i + 1], TestData.Now))
                throw new InvalidOperationException($"Could not move meeting {meetingId} from {Order[i]}.");
        }
    }
}

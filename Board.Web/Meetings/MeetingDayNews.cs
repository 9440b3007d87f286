using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Web.Hubs;
using Board.Web.Infrastructure;
using Board.Web.Voting;
using Microsoft.AspNetCore.SignalR;

namespace Board.Web.Meetings;

/// <summary>
/// Tells a meeting what changed on the day: quorum to everyone (console, room's screen, vote screens), the current
/// item to everyone, and attendance and help requests to the console only. Read from the store after the change,
/// so every screen shows what was saved.
/// </summary>
public sealed class MeetingDayNews(
    VotingRoll rolls, AttendanceStore attendance, MeetingDayStore day, AgendaItemStore items, BoardClocks clocks,
    IHubContext<MeetingHub, IMeetingClient> hub)
{
    public static QuorumView Quorum(long meetingId, QuorumResult quorum) => new(meetingId, quorum.IsMet,
        quorum.IsMet ? "The meeting can make decisions." : "The meeting cannot make decisions yet.", quorum.Explanation);

    /// <summary>After a mark (by the coordinator or a Rep's own check-in): the new quorum to all, the person's row to the console.</summary>
    public async Task<(AttendanceNews News, QuorumView Quorum)?> AttendanceChangedAsync(long boardId, long meetingId, long personId, IReadOnlyCollection<long> memberIds)
    {
        if (await rolls.LoadFreshAsync(boardId, meetingId) is not { } roll)
            return null;
        var marks = await attendance.ForMeetingAsync(meetingId);
        var mark = marks.FirstOrDefault(m => m.PersonId == personId);
        var state = Roster.StateOf(mark);
        var summary = Roster.Summarise(memberIds, marks);
        var news = new AttendanceNews(meetingId, personId, state.ToString(), Roster.Describe(mark), summary.Message, summary.EveryoneExpectedIsHere);
        var quorum = Quorum(meetingId, roll.Quorum);
        await hub.Clients.Group(MeetingHub.GroupOf(meetingId)).QuorumChanged(quorum);
        await hub.Clients.Group(MeetingHub.ConsoleGroupOf(meetingId)).AttendanceChanged(news);
        return (news, quorum);
    }

    public async Task<CurrentItemView> CurrentItemAsync(long boardId, long meetingId)
    {
        var current = await day.CurrentItemAsync(boardId, meetingId);
        var item = current is { } id ? (await items.ForMeetingAsync(meetingId)).FirstOrDefault(i => i.Id == id && i.BoardId == boardId) : null;
        return item is null
            ? new CurrentItemView(meetingId, null, null, null, "The meeting has not come to an item yet.")
            : new CurrentItemView(meetingId, item.Id, item.Position, item.Title, $"Now: item {item.Position}. {item.Title}");
    }

    public async Task CurrentItemChangedAsync(long boardId, long meetingId) =>
        await hub.Clients.Group(MeetingHub.GroupOf(meetingId)).CurrentItemChanged(await CurrentItemAsync(boardId, meetingId));

    public async Task<IReadOnlyList<HelpRowView>> HelpAsync(long boardId, long meetingId)
    {
        // A singleton: the board's own clock is asked for each time (the request's clock is not ours to keep).
        var clock = await clocks.ForBoardAsync(boardId);
        return (await day.WaitingForHelpAsync(boardId, meetingId))
            .Select(h => new HelpRowView(h.PersonId, h.PersonName, Core.Text.PlainDates.Time(clock.Local(h.AskedAt)))).ToList();
    }

    public async Task HelpChangedAsync(long boardId, long meetingId) =>
        await hub.Clients.Group(MeetingHub.ConsoleGroupOf(meetingId)).HelpListChanged(await HelpAsync(boardId, meetingId));
}

using Board.Core.Meetings;
using Board.Data.Groups;
using Board.Data.Meetings;
using Board.Data.People;

namespace Board.Web.Meetings;

/// <summary>A meeting with its items and the names the pages show beside them, loaded once for any page about the agenda.</summary>
public sealed record AgendaView(
    Meeting Meeting,
    IReadOnlyList<AgendaItem> Items,
    IReadOnlyDictionary<long, string> GroupNames,
    IReadOnlyDictionary<long, string> PeopleNames,
    IReadOnlyDictionary<long, IReadOnlyList<AttachmentInfo>>? Papers = null)
{
    /// <summary>The files the group sent with the item (letters, PDFs, pictures), in the order sent.</summary>
    public IReadOnlyList<AttachmentInfo> PapersOf(AgendaItem item) => Papers?.GetValueOrDefault(item.Id) ?? [];

    public IEnumerable<AgendaItem> Accepted => Items.Where(i => i.State == AgendaItemState.Accepted).OrderBy(i => i.Position);

    public IEnumerable<AgendaItem> ToDecide => Items.Where(i => i.State is AgendaItemState.Proposed or AgendaItemState.Deferred);

    public IEnumerable<AgendaItem> NotAccepted => Items.Where(i => i.State == AgendaItemState.NotAccepted);

    public string RaisedBy(AgendaItem item) => item.GroupId is { } groupId && GroupNames.TryGetValue(groupId, out var group)
        ? group
        : $"{PeopleNames.GetValueOrDefault(item.RaisedBy, "the coordinator")} (coordinator)";

    public string AskText(AgendaItem item) => item.Ask switch
    {
        BoardAsk.Decide => "We ask the board to decide",
        BoardAsk.Discuss => "We ask the board to talk about it",
        BoardAsk.Note => "For the board to know about",
    };
}

public sealed class AgendaViews(MeetingStore meetings, AgendaItemStore items, GroupStore groups, PersonStore people, AttachmentStore attachments)
{
    public async Task<AgendaView?> LoadAsync(long boardId, long meetingId)
    {
        if (await meetings.GetAsync(boardId, meetingId) is not { } meeting)
            return null;
        var groupNames = (await groups.ListAsync(boardId)).ToDictionary(g => g.Id, g => g.Name);
        var peopleNames = (await people.ListAsync(boardId)).ToDictionary(p => p.Id, p => p.Name);
        return new AgendaView(meeting, await items.ForMeetingAsync(meetingId), groupNames, peopleNames,
            await attachments.ForMeetingAsync(boardId, meetingId));
    }
}

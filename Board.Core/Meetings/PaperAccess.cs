using Board.Core.Composition;

namespace Board.Core.Meetings;

/// <summary>Why a person may or may not read an item's papers.</summary>
public enum PaperAccessReason
{
    /// <summary>The item is accepted onto a published agenda: its papers are as public as the agenda.</summary>
    OnPublishedAgenda,
    Administrator,
    Coordinator,

    /// <summary>The person raised the item, supports the group that did, or was elected by it.</summary>
    OwningGroup,

    /// <summary>Not on a published agenda (proposed, deferred, not accepted, or the agenda is not out yet), and not theirs.</summary>
    NotPublic,
}

/// <summary>Who is asking: nobody signed in has no board, no role and no groups.</summary>
/// <param name="GroupIds">The groups the person answers for: those they support and the one that elected them.</param>
public sealed record PaperReader(long? PersonId, long? BoardId, Role? Role, IReadOnlyCollection<long> GroupIds)
{
    public static PaperReader Anonymous { get; } = new(null, null, null, []);
}

public sealed record PaperAccessResult(bool MayRead, PaperAccessReason Reason);

/// <summary>
/// Who may read an item's papers. They follow the agenda: once the item is accepted onto a published agenda anyone
/// who may read the agenda (everyone) may read them. Until then a group's letter is the group's own business and the
/// coordinator's, who decides about the item; other members do not see papers of items that may never be heard.
/// </summary>
public static class PaperAccess
{
    public static PaperAccessResult Decide(AgendaItem item, MeetingState meetingState, PaperReader reader)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(reader);
        if (item.State == AgendaItemState.Accepted && MeetingLifecycle.AgendaIsPublished(meetingState))
            return new(true, PaperAccessReason.OnPublishedAgenda);
        if (reader.Role == Composition.Role.Admin)
            return new(true, PaperAccessReason.Administrator);
        if (reader.BoardId != item.BoardId)
            return new(false, PaperAccessReason.NotPublic);
        if (reader.Role == Composition.Role.Coordinator)
            return new(true, PaperAccessReason.Coordinator);
        if (reader.PersonId == item.RaisedBy || (item.GroupId is { } group && reader.GroupIds.Contains(group)))
            return new(true, PaperAccessReason.OwningGroup);
        return new(false, PaperAccessReason.NotPublic);
    }
}

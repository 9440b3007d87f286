namespace Board.Core.Meetings;

/// <summary>Where a group's item stands, as the group sees it on its "you said, we did" page.</summary>
public enum ItemStatus
{
    Waiting,
    OnTheAgenda,
    Deferred,
    NotAccepted,
    Decided,
    NotDoneYet,
    Done,
}

public sealed record ItemProgress(ItemStatus Status, string Label, string Explanation, int DaysSinceRaised, bool IsOpenLoop);

/// <summary>
/// The loop from a group's item back to the group. It stays open until the group says "we agree", or the item was
/// not accepted and the group has been told why: an item the board has not answered is never quietly closed.
/// </summary>
public static class GroupItemStatus
{
    /// <summary>
    /// <paramref name="today"/> and <paramref name="raisedOn"/> are days on the board's calendar (its clock): counted
    /// in UTC, an item raised at 00:30 in summer would be a day old already. Without <paramref name="raisedOn"/>, the
    /// day is read from <see cref="AgendaItem.RaisedAt"/> as it is.
    /// </summary>
    public static ItemProgress Evaluate(AgendaItem item, MeetingState meetingState, DateOnly today, DateOnly? raisedOn = null)
    {
        var days = Math.Max(0, today.DayNumber - (raisedOn ?? DateOnly.FromDateTime(item.RaisedAt)).DayNumber);
        var status = StatusOf(item, meetingState);
        var (label, explanation) = status switch
        {
            ItemStatus.Waiting => ("Waiting", "The coordinator has not decided yet."),
            ItemStatus.OnTheAgenda => ("On the agenda", meetingState == MeetingState.Closed
                ? "The board talked about it. The answer is being written."
                : "The board will talk about it at the meeting."),
            ItemStatus.Deferred => ("Moved to a later meeting", "The board will decide at a later meeting."),
            ItemStatus.NotAccepted => ("Not accepted", $"The reason: {item.DeclineReason}"),
            ItemStatus.Decided => ("Decided", "The board has said what it did. Do you agree?"),
            ItemStatus.NotDoneYet => ("Not done yet", $"The group said: {item.ResponseComment}"),
            ItemStatus.Done => ("Done", "The group agrees it is done."),
        };
        return new(status, label, explanation, days, status is not (ItemStatus.Done or ItemStatus.NotAccepted));
    }

    private static ItemStatus StatusOf(AgendaItem item, MeetingState meetingState)
    {
        if (item.Outcome is not null)
            return item.Response switch
            {
                GroupResponse.WeAgree => ItemStatus.Done,
                GroupResponse.NotDoneYet => ItemStatus.NotDoneYet,
                GroupResponse.None => ItemStatus.Decided,
            };
        return item.State switch
        {
            AgendaItemState.Proposed => ItemStatus.Waiting,
            AgendaItemState.Accepted => ItemStatus.OnTheAgenda,
            AgendaItemState.Deferred => ItemStatus.Deferred,
            AgendaItemState.NotAccepted => ItemStatus.NotAccepted,
        };
    }
}

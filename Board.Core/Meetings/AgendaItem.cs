namespace Board.Core.Meetings;

/// <summary>What the group asks the board to do with its item.</summary>
public enum BoardAsk
{
    Decide,
    Discuss,
    Note,
}

/// <summary>The coordinator's decision about an item. Deferred items wait on the later meeting, to be decided again there.</summary>
public enum AgendaItemState
{
    Proposed,
    Accepted,
    Deferred,
    NotAccepted,
}

/// <summary>The group's answer to the outcome written back to it ("you said, we did").</summary>
public enum GroupResponse
{
    None,
    WeAgree,
    NotDoneYet,
}

/// <summary>
/// An item raised for a meeting, by a self-advocacy group through its supporter, or by the coordinator (no group).
/// <paramref name="MeetingId"/> is the meeting it is now on: deferring moves it.
/// </summary>
public sealed record AgendaItem(
    long Id,
    long BoardId,
    long MeetingId,
    long? GroupId,
    long RaisedBy,
    DateTime RaisedAt,
    string Title,
    string EasyReadSummary,
    string Details,
    BoardAsk Ask,
    string Picture,
    AgendaItemState State,
    int? Position,
    int? Minutes,
    string? Presenter,
    string? DeclineReason,
    long? DeferredFromMeetingId,
    string? Outcome,
    string? OutcomeEasyRead,
    GroupResponse Response,
    string? ResponseComment);

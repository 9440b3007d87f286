namespace Board.Core.Plans;

/// <summary>Where an action stands. It changes only through an update, so every change has a reason on record.</summary>
public enum ActionStatus
{
    NotStarted,
    OnTrack,
    AtRisk,
    OffTrack,
    Done,
}

/// <summary>The board's co-produced local plan, for some years.</summary>
public sealed record Plan(long Id, long BoardId, string Title, int FromYear, int ToYear);

/// <summary>A chapter of the plan, for example "The Right Support": what people said matters, in easy read with a picture.</summary>
public sealed record Chapter(long Id, long PlanId, string Title, string EasyReadSummary, string Picture, int Position);

/// <summary>Who will do what by when. <paramref name="Owner"/> is the organisation; the lead is a person of the board, if named.</summary>
public sealed record PlanAction(
    long Id,
    long ChapterId,
    string What,
    string WhatEasyRead,
    string Owner,
    long? LeadPersonId,
    DateOnly DueDate,
    ActionStatus Status);

/// <summary>What the owner says happened. Never edited: a correction is a new update.</summary>
public sealed record ActionUpdate(
    long Id,
    long ActionId,
    long PostedBy,
    DateTimeOffset PostedAt,
    string WhatHappened,
    string WhatHappenedEasyRead,
    string? EvidenceLink,
    ActionStatus NewStatus);

namespace Board.Core.Composition;

/// <summary>
/// How a person likes information; the pages and documents follow it. <paramref name="VoteAlert"/>: a sound and a
/// buzz on My board when a vote opens, a choice of its own (it used to follow <paramref name="ReadAloud"/>).
/// </summary>
public sealed record CommunicationProfile(bool LargeText, bool ReadAloud, bool NeedsSupporter, bool PictureFirst, bool VoteAlert = false)
{
    public static CommunicationProfile Default { get; } = new(false, false, false, false);
}

public sealed record Person(
    long Id,
    long? BoardId,
    string Name,
    Role Role,
    string? Organisation,
    string? Email,
    CommunicationProfile Profile);

/// <summary>A local self-advocacy group: it elects Reps and raises agenda items through its supporters.</summary>
public sealed record SelfAdvocacyGroup(long Id, long BoardId, string Name, string? Area);

/// <summary>A supporter who may help this Rep, for example to cast an assisted vote at the Rep's request.</summary>
public sealed record SupporterLink(long Id, long SupporterId, long RepId);

/// <summary>A seat held by a person for a term. <paramref name="TermTo"/> is the last day of the term, if set.</summary>
public sealed record Membership(
    long Id,
    long BoardId,
    long PersonId,
    string SeatCode,
    DateOnly TermFrom,
    DateOnly? TermTo,
    bool IsCoChair,
    long? ElectedByGroupId);

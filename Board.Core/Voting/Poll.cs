using Board.Core.Composition;

namespace Board.Core.Voting;

/// <summary>Draft → open → closed → published. Closed is final: to vote again the board opens a new poll.</summary>
public enum PollState
{
    Draft,
    Open,
    Closed,
    Published,
}

/// <summary>Open (named) ballots can be changed while the poll is open; secret ballots cannot and are never linked to the voter.</summary>
public enum BallotSecrecy
{
    Open,
    Secret,
}

/// <summary>What an option means for the result. For, Against and Abstain are the default options; Other is a custom one.</summary>
public enum OptionMeaning
{
    For,
    Against,
    Abstain,
    Other,
}

/// <summary>
/// How a ballot reached the board: from the member's own device; by their linked supporter, confirmed by the Rep on
/// their own device; by their supporter, who records that the Rep told them in person (the Rep has no device); or
/// recorded in the room.
/// </summary>
public enum CastBy
{
    Member,
    Supporter,
    InRoom,
    SupporterToldInPerson,
}

public sealed record PollOption(long Id, string Label, OptionMeaning Meaning, string Symbol);

/// <param name="Majority">The rule used: the constitution's, unless overridden with a reason.</param>
/// <param name="MinimumOpenSeconds">The poll cannot close before it has been open this long (0 for no minimum).</param>
public sealed record Poll(
    long Id,
    long BoardId,
    long MeetingId,
    long? AgendaItemId,
    string Question,
    string Picture,
    BallotSecrecy Secrecy,
    MajorityRule Majority,
    string? MajorityOverrideReason,
    int MinimumOpenSeconds,
    PollState State,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<PollOption> Options);

/// <summary>How many chose each option. For a secret poll this is all that exists about the choices.</summary>
public sealed record OptionCount(PollOption Option, int Votes);

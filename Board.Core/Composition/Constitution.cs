namespace Board.Core.Composition;

/// <summary>A kind of seat on the board, for example "Rep" or "Family carer", and whether it votes.</summary>
/// <param name="Code">Short stable key, lower case, used to link memberships to the seat type.</param>
/// <param name="CountsAsRep">True for seats held by people with learning disabilities; the quorum needs enough of them.</param>
public sealed record SeatType(string Code, string Name, int Seats, bool Votes, bool CountsAsRep);

/// <summary>A decision needs this many voting members present, and this many Reps among them.</summary>
public sealed record QuorumRule(int MinimumVotingMembersPresent, int MinimumRepsPresent);

public enum MajorityRule
{
    SimpleMajorityOfVotesCast,
    TwoThirdsOfVotesCast,
    MajorityOfVotingMembersPresent,
}

public enum TieRule
{
    CoChairCastingVote,
    MotionFalls,
}

/// <summary>
/// The board's own rules. Who votes, what makes a quorum and how ties are broken all come from here,
/// so that no rule about people is hard-coded.
/// </summary>
/// <param name="CoChairSeatCodes">One co-chair must come from each of these seat types (for example a councillor and a Rep).</param>
/// <param name="CastingVoteSeatCode">On a tie under <see cref="TieRule.CoChairCastingVote"/>, the co-chair from this seat type decides.</param>
public sealed record Constitution(
    IReadOnlyList<SeatType> SeatTypes,
    QuorumRule Quorum,
    MajorityRule Majority,
    TieRule Tie,
    IReadOnlyList<string> CoChairSeatCodes,
    string? CastingVoteSeatCode)
{
    public SeatType? FindSeat(string code) =>
        SeatTypes.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));

    public int VotingSeats => SeatTypes.Where(s => s.Votes).Sum(s => s.Seats);

    public static string PlainName(MajorityRule rule) => rule switch
    {
        MajorityRule.SimpleMajorityOfVotesCast => "More than half of the votes cast",
        MajorityRule.TwoThirdsOfVotesCast => "Two thirds of the votes cast",
        MajorityRule.MajorityOfVotingMembersPresent => "More than half of the voting members in the meeting",
    };

    public static string PlainName(TieRule rule) => rule switch
    {
        TieRule.CoChairCastingVote => "A co-chair decides (casting vote)",
        TieRule.MotionFalls => "The idea does not go ahead",
    };
}

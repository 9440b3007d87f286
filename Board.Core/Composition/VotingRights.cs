namespace Board.Core.Composition;

public sealed record VotingRight(bool CanVote, string Reason);

/// <summary>Who is a voting member comes only from the constitution's seat types and the member's term.</summary>
public static class VotingRights
{
    public static VotingRight Evaluate(Constitution constitution, Membership membership, DateOnly asOf)
    {
        var seat = constitution.FindSeat(membership.SeatCode);
        if (seat is null)
            return new(false, $"The seat \"{membership.SeatCode}\" is not in the board's rules.");
        if (!seat.Votes)
            return new(false, $"{seat.Name} seats do not vote.");
        var term = Terms.Evaluate(membership, asOf);
        return term.State switch
        {
            TermState.Active => new(true, $"Holds a {seat.Name} seat that votes."),
            TermState.NotStarted => new(false, term.Explanation),
            TermState.Ended => new(false, term.Explanation),
        };
    }

    public static IReadOnlyList<Membership> VotingMembers(
        Constitution constitution, IEnumerable<Membership> memberships, DateOnly asOf) =>
        memberships.Where(m => Evaluate(constitution, m, asOf).CanVote).ToList();
}

namespace Board.Core.Composition;

/// <summary>Checks that a constitution can work before it is saved: a quorum that can be met, a casting vote someone holds.</summary>
public static class ConstitutionRules
{
    public const int MaxSeatsPerType = 100;

    public static IReadOnlyList<RuleError> Validate(Constitution constitution)
    {
        var errors = new List<RuleError>();
        var votingSeats = constitution.VotingSeats;
        var repVotingSeats = constitution.SeatTypes.Where(s => s.Votes && s.CountsAsRep).Sum(s => s.Seats);

        for (var i = 0; i < constitution.SeatTypes.Count; i++)
        {
            var seat = constitution.SeatTypes[i];
            if (seat.Seats is < 0 or > MaxSeatsPerType)
                errors.Add(new($"Seats[{i}].Seats", $"{seat.Name}: the number of seats must be between 0 and {MaxSeatsPerType}"));
        }
        if (constitution.Quorum.MinimumVotingMembersPresent < 1)
            errors.Add(new("MinimumVotingMembersPresent", "At least 1 voting member must be present for a decision"));
        else if (constitution.Quorum.MinimumVotingMembersPresent > votingSeats)
            errors.Add(new("MinimumVotingMembersPresent", $"The quorum cannot be more than the {votingSeats} seats that vote"));
        if (constitution.Quorum.MinimumRepsPresent < 0)
            errors.Add(new("MinimumRepsPresent", "The number of Reps cannot be less than 0"));
        else if (constitution.Quorum.MinimumRepsPresent > repVotingSeats)
            errors.Add(new("MinimumRepsPresent", $"The quorum cannot need more Reps than the {repVotingSeats} Rep seats that vote"));
        else if (constitution.Quorum.MinimumRepsPresent > constitution.Quorum.MinimumVotingMembersPresent)
            errors.Add(new("MinimumRepsPresent", "The number of Reps needed cannot be more than the number of voting members needed"));

        if (constitution.Tie == TieRule.CoChairCastingVote)
        {
            if (constitution.CastingVoteSeatCode is null)
                errors.Add(new("CastingVoteSeatCode", "Choose which co-chair has the casting vote"));
            else if (!constitution.CoChairSeatCodes.Contains(constitution.CastingVoteSeatCode, StringComparer.OrdinalIgnoreCase))
                errors.Add(new("CastingVoteSeatCode", "The casting vote must belong to one of the co-chairs"));
        }
        return errors;
    }
}

namespace Board.Core.Composition;

/// <summary>
/// Whether a person's role may change. A Rep seat belongs to a Rep and a supporter link joins a supporter to a
/// Rep, so changing the role underneath either would leave the board's record saying something untrue.
/// </summary>
public static class RoleChangeRules
{
    public static string? Problem(
        Person person,
        Role newRole,
        Constitution constitution,
        IReadOnlyCollection<Membership> personsMemberships,
        IReadOnlyCollection<SupporterLink> personsLinks,
        DateOnly today)
    {
        if (newRole == person.Role)
            return null;
        if (newRole != Role.Rep)
        {
            var repSeat = personsMemberships
                .Where(m => Terms.Evaluate(m, today).State != TermState.Ended)
                .Select(m => constitution.FindSeat(m.SeatCode))
                .FirstOrDefault(seat => seat is { CountsAsRep: true });
            if (repSeat is not null)
                return $"{person.Name} holds a {repSeat.Name} seat, which only a Rep can hold. End that membership first.";
            if (personsLinks.Any(l => l.RepId == person.Id))
                return $"{person.Name} has supporters linked to them as a Rep. Remove those links first.";
        }
        if (newRole != Role.Supporter && personsLinks.Any(l => l.SupporterId == person.Id))
            return $"{person.Name} is linked as a supporter of a Rep. Remove those links first.";
        return null;
    }
}

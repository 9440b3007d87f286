namespace Board.Core.Composition;

/// <summary>A problem with what someone typed, tied to the field it is about, in plain words.</summary>
public sealed record RuleError(string Field, string Message);

/// <summary>What the coordinator asks for when adding or changing a membership.</summary>
public sealed record MembershipDraft(
    long? ExistingId,
    Person Person,
    string SeatCode,
    DateOnly TermFrom,
    DateOnly? TermTo,
    bool IsCoChair,
    long? ElectedByGroupId);

public static class MembershipRules
{
    public static IReadOnlyList<RuleError> Validate(
        MembershipDraft draft,
        Constitution constitution,
        IReadOnlyCollection<Membership> boardMemberships,
        IReadOnlyCollection<long> boardGroupIds)
    {
        var errors = new List<RuleError>();
        var others = boardMemberships.Where(m => m.Id != draft.ExistingId).ToList();
        var seat = constitution.FindSeat(draft.SeatCode);

        if (seat is null)
            errors.Add(new(nameof(draft.SeatCode), "Choose a seat from the list."));
        if (draft.TermTo is { } end && end < draft.TermFrom)
            errors.Add(new(nameof(draft.TermTo), "The end of the term must be on or after the start."));

        var sameSeat = others.Where(m => m.PersonId == draft.Person.Id && Overlaps(m, draft.TermFrom, draft.TermTo)).ToList();
        if (sameSeat.Count > 0)
            errors.Add(new(nameof(draft.SeatCode),
                $"{draft.Person.Name} already has a seat on this board for some of these dates. Change that membership instead."));

        if (draft.ElectedByGroupId is { } groupId && !boardGroupIds.Contains(groupId))
            errors.Add(new(nameof(draft.ElectedByGroupId), "Choose a self-advocacy group from this board."));

        if (seat is not null)
        {
            if (seat.CountsAsRep && draft.Person.Role != Role.Rep)
                errors.Add(new(nameof(draft.SeatCode), $"Only Reps can hold a {seat.Name} seat. {draft.Person.Name} is not a Rep."));
            if (seat.CountsAsRep && draft.ElectedByGroupId is null)
                errors.Add(new(nameof(draft.ElectedByGroupId), "Choose the self-advocacy group that elected this Rep."));

            var busiest = MostHeldAtOnce(others.Where(m => SameCode(m.SeatCode, seat.Code)), draft.TermFrom, draft.TermTo);
            if (busiest >= seat.Seats)
                errors.Add(new(nameof(draft.SeatCode),
                    $"All {seat.Seats} {seat.Name} seats are taken for these dates. End another term first, or add a seat in the board's rules."));

            if (draft.IsCoChair)
            {
                var problem = CoChairs.ProblemWithNewCoChair(constitution, others, seat.Code, draft.TermFrom, draft.TermTo);
                if (problem is not null)
                    errors.Add(new(nameof(draft.IsCoChair), problem));
            }
        }
        return errors;
    }

    private static bool Overlaps(Membership m, DateOnly from, DateOnly? to) => Terms.Overlap(m.TermFrom, m.TermTo, from, to);

    /// <summary>The most seats held at any one moment within the new term: checked at each start date inside it.</summary>
    private static int MostHeldAtOnce(IEnumerable<Membership> seatHolders, DateOnly from, DateOnly? to)
    {
        var holders = seatHolders.Where(m => Overlaps(m, from, to)).ToList();
        var moments = holders.Select(m => Max(m.TermFrom, from)).Append(from).Distinct();
        return moments.Select(d => holders.Count(m => Terms.Evaluate(m, d).IsActive)).DefaultIfEmpty(0).Max();
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static bool SameCode(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

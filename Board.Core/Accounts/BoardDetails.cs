using Board.Core.Composition;

namespace Board.Core.Accounts;

/// <summary>What an administrator types about a board.</summary>
public sealed record BoardDetails(string Name, string Area, string About, string? TimeZone);

public static class BoardDetailsRules
{
    public const int MaxName = 120;
    public const int MaxArea = 80;
    public const int MaxAbout = 2000;

    /// <summary>Every problem at once, each next to its field. The time zone must be one the server knows (passed in).</summary>
    public static IReadOnlyList<RuleError> Check(BoardDetails details, IReadOnlyCollection<string> knownTimeZones)
    {
        var errors = new List<RuleError>();
        if (string.IsNullOrWhiteSpace(details.Name))
            errors.Add(new(nameof(BoardDetails.Name), "Enter the board's name"));
        else if (details.Name.Trim().Length > MaxName)
            errors.Add(new(nameof(BoardDetails.Name), $"The board's name must be {MaxName} characters or fewer"));
        if (string.IsNullOrWhiteSpace(details.Area))
            errors.Add(new(nameof(BoardDetails.Area), "Enter the area the board covers, like Riverside"));
        else if (details.Area.Trim().Length > MaxArea)
            errors.Add(new(nameof(BoardDetails.Area), $"The area must be {MaxArea} characters or fewer"));
        if (details.About.Trim().Length > MaxAbout)
            errors.Add(new(nameof(BoardDetails.About), $"What the board is about must be {MaxAbout} characters or fewer"));
        if (details.TimeZone is { Length: > 0 } zone && !knownTimeZones.Contains(zone))
            errors.Add(new(nameof(BoardDetails.TimeZone), "Choose a time zone from the list"));
        return errors;
    }

    /// <summary>A new board starts with the standard constitution (10 Rep seats, 5 family carer seats); the coordinator changes it.</summary>
    public static Constitution StandardConstitution() => new(
        [
            new SeatType("rep", "Rep", 10, Votes: true, CountsAsRep: true),
            new SeatType("carer", "Family carer", 5, Votes: true, CountsAsRep: false),
            new SeatType("councillor", "Councillor", 1, Votes: false, CountsAsRep: false),
            new SeatType("partner", "Partner organisation", 6, Votes: false, CountsAsRep: false),
        ],
        new QuorumRule(8, 3),
        MajorityRule.SimpleMajorityOfVotesCast,
        TieRule.CoChairCastingVote,
        ["councillor", "rep"],
        CastingVoteSeatCode: "rep");
}

using Board.Core.Composition;

namespace Board.Core.Meetings;

/// <summary>Whether the meeting may decide, with the numbers behind it and the reason in plain words.</summary>
public sealed record QuorumResult(bool IsMet, int Present, int Required, int RepsPresent, int RepsRequired, string Explanation);

/// <summary>
/// Quorum from the constitution: enough voting members present (in the room or online), and among them
/// enough Reps, so no decision about people is made without them.
/// </summary>
public static class Quorum
{
    public static QuorumResult Evaluate(
        Constitution constitution,
        IEnumerable<Membership> memberships,
        IEnumerable<Attendance> attendance,
        DateOnly meetingDate)
    {
        var present = attendance.Where(a => a.IsPresent).Select(a => a.PersonId).ToHashSet();
        var voters = VotingRights.VotingMembers(constitution, memberships, meetingDate)
            .Where(m => present.Contains(m.PersonId))
            .DistinctBy(m => m.PersonId)
            .ToList();
        var reps = voters.Count(m => constitution.FindSeat(m.SeatCode)?.CountsAsRep == true);
        var required = constitution.Quorum.MinimumVotingMembersPresent;
        var repsRequired = constitution.Quorum.MinimumRepsPresent;
        var isMet = voters.Count >= required && reps >= repsRequired;
        return new(isMet, voters.Count, required, reps, repsRequired, Explain(isMet, voters.Count, required, reps, repsRequired));
    }

    private static string Explain(bool isMet, int present, int required, int reps, int repsRequired)
    {
        var counts = $"{Members(present)} who can vote {(present == 1 ? "is" : "are")} here. {Reps(reps)} {(reps == 1 ? "is" : "are")} here.";
        if (isMet)
            return $"The meeting can make decisions. {counts}";
        var missing = new List<string>();
        if (present < required)
            missing.Add($"{Members(required - present)} who can vote");
        if (reps < repsRequired)
            missing.Add(Reps(repsRequired - reps));
        return $"The meeting cannot make decisions yet. {counts} It needs {string.Join(" and ", missing)} more.";
    }

    private static string Members(int n) => n == 1 ? "1 member" : $"{n} members";

    private static string Reps(int n) => n == 1 ? "1 Rep" : $"{n} Reps";
}

namespace Board.Core.Meetings;

/// <summary>Where one member is now, as the meeting console shows it.</summary>
public enum Presence
{
    NotMarked,
    InRoom,
    Online,
    Apologies,
    Absent,
    Left,
}

/// <summary>How far the marking has got: who is expected (members who did not send apologies) and whether all are here.</summary>
public sealed record RosterSummary(int Expected, int Present, int NotMarked, bool EveryoneExpectedIsHere, string Message);

/// <summary>The console's attendance list: each member's current state, and "everyone expected is here".</summary>
public static class Roster
{
    public static Presence StateOf(Attendance? mark) => mark switch
    {
        null => Presence.NotMarked,
        { LeftAt: not null } => Presence.Left,
        { Mark: AttendanceMark.InRoom } => Presence.InRoom,
        { Mark: AttendanceMark.Online } => Presence.Online,
        { Mark: AttendanceMark.Apologies } => Presence.Apologies,
        _ => Presence.Absent,
    };

    public static string Describe(Presence state) => state switch
    {
        Presence.NotMarked => "Not marked",
        Presence.InRoom => "Here",
        Presence.Online => "Online",
        Presence.Apologies => "Sent apologies",
        Presence.Absent => "Not here",
        Presence.Left => "Has left",
    };

    /// <summary>The console's words for one member: a self check-in says so, so the coordinator can see who to look for.</summary>
    public static string Describe(Attendance? mark) => StateOf(mark) is Presence.InRoom && mark!.Self
        ? "Here (checked in themselves)"
        : Describe(StateOf(mark));

    /// <summary>Expected = every member minus those who sent apologies; the list is done when each of them is here or online.</summary>
    public static RosterSummary Summarise(IEnumerable<long> memberIds, IEnumerable<Attendance> marks)
    {
        var byPerson = marks.GroupBy(m => m.PersonId).ToDictionary(g => g.Key, g => g.Last());
        var states = memberIds.Distinct().Select(id => StateOf(byPerson.GetValueOrDefault(id))).ToList();
        var expected = states.Count(s => s != Presence.Apologies);
        var present = states.Count(s => s is Presence.InRoom or Presence.Online);
        var notMarked = states.Count(s => s == Presence.NotMarked);
        var everyone = expected > 0 && present == expected;
        var message = everyone
            ? "Everyone expected is here."
            : notMarked == 0
                ? $"Everyone is marked. {People(present)} of the {expected} expected {(present == 1 ? "is" : "are")} here."
                : $"{People(present)} of the {expected} expected {(present == 1 ? "is" : "are")} here. {People(notMarked)} {(notMarked == 1 ? "is" : "are")} not marked yet.";
        return new(expected, present, notMarked, everyone, message);
    }

    private static string People(int n) => n == 1 ? "1 person" : $"{n} people";
}

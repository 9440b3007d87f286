using System.Security.Cryptography;
using System.Text;

namespace Board.Core.Meetings;

/// <summary>
/// A member checks themselves in by scanning the code on the room's screen (ADR-012). The link holds a code made for
/// the meeting, so someone at home who knows only the address pattern cannot check in; it works only while the
/// meeting is live, and only for members.
/// </summary>
public static class CheckIn
{
    public const string WrongCode = "This check-in link is not right. Scan the square code on the room's screen again.";
    public const string NotLive = "You can only check in while the meeting is happening.";
    public const string NotMember = "Only members of the board can check in. Ask the coordinator to mark you as here.";

    /// <summary>Why this person cannot check in with this code now, or null if they can.</summary>
    public static string? Problem(string? storedCode, string? givenCode, MeetingState state, bool isMember)
    {
        if (storedCode is null || givenCode is null || !SameCode(storedCode, givenCode))
            return WrongCode;
        if (state != MeetingState.Live)
            return NotLive;
        return isMember ? null : NotMember;
    }

    // Compared in constant time, so the time an answer takes says nothing about how much of a guess was right.
    private static bool SameCode(string stored, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(stored), Encoding.UTF8.GetBytes(given));
}

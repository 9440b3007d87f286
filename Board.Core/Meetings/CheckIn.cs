using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Board.Core.Meetings;

/// <summary>
/// A member checks themselves in by scanning the code on the room's screen (ADR-012). Only the coordinator's device
/// shows that code, and the code changes every <see cref="Window"/>: it is an HMAC of the meeting and the time window,
/// keyed by a secret kept for the meeting, so a link seen once (a photo, a forwarded message) stops working minutes
/// later. It works only while the meeting is live, only for members, and never over a mark the coordinator made.
/// </summary>
public static class CheckIn
{
    /// <summary>How long one code lasts. The code before the current one is still accepted, so a scan just as it changes works.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(2);

    public const string WrongCode = "This check-in link is not right, or it is too old. Scan the square code on the room's screen again.";
    public const string NotLive = "You can only check in while the meeting is happening.";
    public const string NotMember = "Only members of the board can check in. Ask the coordinator to mark you as here.";

    /// <summary>The number of the time window <paramref name="at"/> falls in.</summary>
    public static long WindowOf(DateTimeOffset at) => at.ToUnixTimeSeconds() / (long)Window.TotalSeconds;

    /// <summary>When the window <paramref name="at"/> falls in ends: the room's screen asks for the next code then.</summary>
    public static DateTimeOffset WindowEnds(DateTimeOffset at) =>
        DateTimeOffset.FromUnixTimeSeconds((WindowOf(at) + 1) * (long)Window.TotalSeconds);

    /// <summary>The code for this meeting in this window: 20 hex characters of HMAC-SHA256(secret, "meetingId:window").</summary>
    public static string CodeFor(string secret, long meetingId, long window)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{meetingId}:{window}")));
        return Convert.ToHexString(mac, 0, 10).ToLowerInvariant();
    }

    /// <summary>True if the code is this window's or the one before (never a later one, never an older one).</summary>
    public static bool IsCurrentCode(string? secret, long meetingId, string? givenCode, DateTimeOffset now)
    {
        if (secret is null || givenCode is null)
            return false;
        var window = WindowOf(now);
        // Both are compared, in constant time, so the time an answer takes says nothing about the guess.
        return SameCode(CodeFor(secret, meetingId, window), givenCode) | SameCode(CodeFor(secret, meetingId, window - 1), givenCode);
    }

    /// <summary>Why this person cannot check in with this code now, or null if they can.</summary>
    public static string? Problem(string? secret, long meetingId, string? givenCode, DateTimeOffset now, MeetingState state, bool isMember)
    {
        if (!IsCurrentCode(secret, meetingId, givenCode, now))
            return WrongCode;
        if (state != MeetingState.Live)
            return NotLive;
        return isMember ? null : NotMember;
    }

    /// <summary>
    /// Checking in only marks someone not marked yet. A mark the coordinator made (not here, apologies, has left) stands:
    /// the person is told what it is and asked to tell the coordinator, who can change it. Null if they may check in.
    /// </summary>
    public static string? CoordinatorMarked(Attendance? mark) => Roster.StateOf(mark) switch
    {
        Presence.Absent => Told("not here"),
        Presence.Apologies => Told("sending apologies"),
        Presence.Left => Told("having left the meeting"),
        _ => null,
    };

    private static string Told(string what) => $"The coordinator has marked you as {what}. Please tell them you are here.";

    private static bool SameCode(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}

using System.Globalization;

namespace Board.Core.Meetings;

/// <summary>A question asked before something hard to undo, in plain words, with the words on the button that says yes.</summary>
public sealed record Confirmation(string Question, string Yes);

/// <summary>
/// When the console (and the pages that do the same things) must ask first. The server asks, not only the browser:
/// the first press answers with the question, and only a second press with "confirmed" does the thing.
/// </summary>
public static class Confirmations
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Closing a vote is final (closed is final: DESIGN), so closing before everyone here has voted is asked about.</summary>
    /// <param name="here">Voting members present now (who could vote).</param>
    /// <param name="voted">Ballots counted so far, hands included.</param>
    public static Confirmation? ClosingVote(int here, int voted)
    {
        var missing = here - voted;
        if (missing <= 0)
            return null;
        return new($"{NotVoted(here, missing)} Close the vote anyway?", "Yes, close the vote");
    }

    // "The 1 person here has not voted yet.", "None of the 3 people here have voted yet.", "1 of the 3 people here has
    // not voted yet.", "2 of the 3 people here have not voted yet." Never "1 of the 1 person".
    private static string NotVoted(int here, int missing) => (here, missing) switch
    {
        (1, _) => "The 1 person here has not voted yet.",
        _ when missing >= here => $"None of the {here} people here have voted yet.",
        (_, 1) => $"1 of the {here} people here has not voted yet.",
        _ => $"{missing} of the {here} people here have not voted yet.",
    };

    /// <summary>Starting a meeting lets people vote; on the wrong day that is a mistake more often than not.</summary>
    public static Confirmation? StartingMeeting(DateOnly meetingDate, DateOnly today) => meetingDate == today
        ? null
        : new($"This meeting is on {Day(meetingDate, today)}. Today is {Day(today, meetingDate)}. Start it anyway?", "Yes, start the meeting");

    // "14 January", with the year only when the two dates are in different years.
    private static string Day(DateOnly date, DateOnly other) =>
        date.ToString(date.Year == other.Year ? "d MMMM" : "d MMMM yyyy", British);
}

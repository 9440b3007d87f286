using Board.Core.Composition;
using Board.Core.Meetings;

namespace Board.Core.Ladder;

/// <summary>What is being rated: one decided agenda item, or (no item) the meeting as a whole.</summary>
/// <param name="IsDecided">For an item: it was on the agenda and the meeting is over, or a vote on it has closed.
/// For the meeting: the meeting is over.</param>
public sealed record LadderSubject(long BoardId, long MeetingId, long? ItemId, string Title, DateOnly MeetingDate, bool IsDecided);

/// <summary>
/// Who may rate what, and until when. The rating is always the rater's own: no rule here (and no store method)
/// lets anyone, the coordinator included, write or change another person's rating.
/// </summary>
public static class LadderRules
{
    public const int WhyMaxLength = 500;

    /// <summary>Reps and family carers give the voting members' view; coordinators (officers) and partners the other.
    /// Supporters help their Rep to say theirs, so they have none of their own; administrators belong to no board.</summary>
    public static LadderView? ViewOf(Role role) => role switch
    {
        Role.Rep or Role.FamilyCarer => LadderView.RepsAndCarers,
        Role.Coordinator or Role.Partner => LadderView.OfficersAndPartners,
        Role.Supporter or Role.Admin => null,
    };

    /// <summary>
    /// An item is decided once it was on the agenda (accepted) and the meeting is over, or a vote on it has closed
    /// (its result is final: DESIGN). A deferred item waits on its later meeting; a proposed or refused one was never
    /// in front of the board.
    /// </summary>
    public static bool IsDecided(AgendaItemState state, MeetingState meetingState, bool hasClosedVote) =>
        state == AgendaItemState.Accepted && (meetingState == MeetingState.Closed || hasClosedVote);

    /// <summary>The meeting as a whole can be rated once it is over.</summary>
    public static bool IsOver(MeetingState meetingState) => meetingState == MeetingState.Closed;

    /// <summary>The board's year a meeting counts in: the calendar year of its date (ADR-018).</summary>
    public static int YearOf(DateOnly meetingDate) => meetingDate.Year;

    /// <summary>
    /// The day the year's report is made, and ratings for the year stop changing: 1 March of the next year, so a
    /// December meeting still has time to be rated (ADR-018).
    /// </summary>
    public static DateOnly ReportMadeOn(int year) => new(year + 1, 3, 1);

    public static bool IsOpen(DateOnly meetingDate, DateOnly today) => today < ReportMadeOn(YearOf(meetingDate));

    /// <summary>Why this rating cannot be saved, or null when it can. Nothing is saved when there is a reason.</summary>
    /// <param name="subject">Null when the meeting or item does not exist, or belongs to another board.</param>
    public static RuleError? Check(LadderSubject? subject, long raterBoardId, Role raterRole, int? rung, string? why, DateOnly today)
    {
        if (subject is null || subject.BoardId != raterBoardId)
            return new("Rung", "We could not find that decision on your board.");
        if (ViewOf(raterRole) is null)
            return new("Rung", "Only members of the board, officers and partners give a rating. Supporters help their Rep to give theirs.");
        if (!subject.IsDecided)
            return new("Rung", subject.ItemId is null
                ? "You can say how we worked together when the meeting is over."
                : "This has not been decided yet. You can say how we worked together after it is decided.");
        if (!IsOpen(subject.MeetingDate, today))
            return new("Rung", $"The report for {YearOf(subject.MeetingDate)} is made. Ratings for that year cannot change now.");
        if (LadderRungs.FromNumber(rung) is null)
            return new("Rung", "Choose one of the 7 pictures.");
        if (why is { Length: > WhyMaxLength })
            return new("Why", $"Say why in {WhyMaxLength} letters or fewer.");
        return null;
    }
}

namespace Board.Core.Documents;

/// <summary>When and where a meeting is, as the documents tell it.</summary>
public sealed record MeetingFacts(string BoardName, DateTime StartsAt, DateTime EndsAt, string Venue, string? AccessNotes, bool JoinOnline);

/// <summary>Someone who came, and what they are on the board (for example "Rep" or "Co-chair, councillor").</summary>
public sealed record Attendee(string Name, string Role);

/// <summary>A vote taken on an item, with its result in easy read and in standard words.</summary>
public sealed record VoteFacts(string Question, DocumentPicture Picture, IReadOnlyList<VoteTally> Tallies, string EasyReadOutcome, string StandardOutcome);

/// <summary>What the minutes say about one agenda item.</summary>
/// <param name="PlanActions">Titles of the plan's actions this item is linked to.</param>
public sealed record MinutesItemFacts(
    int Number,
    string Title,
    DocumentPicture Picture,
    string StandardNote,
    string EasyReadNote,
    IReadOnlyList<VoteFacts> Votes,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> PlanActions);

/// <summary>
/// An interest declared at the meeting, as the minutes record it. Kind and Action are the names of
/// <c>InterestKind</c> and <c>InterestAction</c>, kept as text so a published record never depends on enum numbers.
/// Minutes published before declarations existed have none (null): they say nothing either way.
/// </summary>
public sealed record DeclarationFacts(int ItemNumber, string ItemTitle, string PersonName, string Kind, string Description, string Action, bool InRoom);

/// <summary>A hard word the document uses, explained, with its picture.</summary>
public sealed record HardWord(string Word, string Explanation, DocumentPicture Picture);

/// <summary>Everything the minutes of one meeting say. <paramref name="AuditRecord"/> anchors the vote audit log.</summary>
/// <param name="OwnPictures">The board's own pictures that items use, by their picture keys.</param>
/// <param name="OtherVotes">
/// Votes of the meeting on no agenda item of the minutes (added in record version 2; published records made before
/// have none, read as null, and render as they always did).
/// </param>
/// <param name="RecordVersion">The published record's shape: null for the first (before OtherVotes), then 2.</param>
public sealed record MinutesFacts(
    MeetingFacts Meeting,
    IReadOnlyList<Attendee> Present,
    IReadOnlyList<string> Apologies,
    IReadOnlyList<MinutesItemFacts> Items,
    MeetingFacts? NextMeeting,
    IReadOnlyList<HardWord> HardWords,
    string? AuditRecord,
    IReadOnlyDictionary<string, byte[]>? OwnPictures = null,
    IReadOnlyList<VoteFacts>? OtherVotes = null,
    int? RecordVersion = null,
    IReadOnlyList<DeclarationFacts>? Declarations = null)
{
    public const int CurrentRecordVersion = 2;
}

/// <summary>What the agenda says about one item.</summary>
public sealed record AgendaItemFacts(
    int Number,
    string Title,
    DocumentPicture Picture,
    string EasyReadSummary,
    string Details,
    string BroughtBy,
    string Ask,
    int? Minutes,
    string? Presenter);

public sealed record AgendaFacts(MeetingFacts Meeting, IReadOnlyList<AgendaItemFacts> Items, IReadOnlyList<HardWord> HardWords);

/// <summary>The pictures the documents use for their fixed rows, from the board's picture set.</summary>
/// <param name="Credit">Who made the pictures and their licence, printed at the end of every document (OpenMoji's
/// CC BY-SA licence asks for it wherever the pictures go).</param>
public sealed record StandardPictures(
    DocumentPicture Document,
    DocumentPicture Date,
    DocumentPicture Place,
    DocumentPicture People,
    DocumentPicture Apologies,
    DocumentPicture Actions,
    string? Credit = null);

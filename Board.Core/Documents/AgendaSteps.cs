namespace Board.Core.Documents;

/// <summary>
/// Standing steps every agenda has, whatever its items (issue 15). Council committees take declarations of interest
/// at the start of each meeting; the agenda says so, in easy read and standard, so that members come ready to say.
/// The web pages and the PDFs use these same words.
/// </summary>
public static class AgendaSteps
{
    public const string EasyReadDeclarationsHeading = "Do you have an interest?";

    public static IReadOnlyList<string> EasyReadDeclarations { get; } =
    [
        "At the start, the chair asks if anyone has an interest in an item.",
        "An interest means you, your family or a group you belong to could gain or lose from what the board decides.",
        "You can tell us before the meeting, on My board.",
    ];

    public const string StandardDeclarationsHeading = "Declarations of interest";

    public const string StandardDeclarations =
        "Members are asked to declare any interest in an item on this agenda, and whether they will stay and speak, " +
        "leave the meeting for the item, or stay and not vote.";
}

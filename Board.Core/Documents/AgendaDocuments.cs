using Board.Core.EasyRead;
using Board.Core.Text;

namespace Board.Core.Documents;

/// <summary>Turns a published agenda into document content, easy read and standard.</summary>
public static class AgendaDocuments
{
    public static DocumentContent EasyRead(AgendaFacts facts, StandardPictures pictures)
    {
        var meeting = facts.Meeting;
        var sections = new List<DocumentSection>
        {
            new("About the meeting", EasyReadBlocks.WhenAndWhere(meeting, pictures, past: false)),
            new(AgendaSteps.EasyReadDeclarationsHeading, [new PictureRow(pictures.People.Showing("people saying if they have an interest"), null, AgendaSteps.EasyReadDeclarations)]),
            new("What we will talk about", facts.Items.Select(i => (DocumentBlock)new PictureRow(i.Picture.Showing($"item {i.Number}, {i.Title}"), $"{i.Number}. {i.Title}",
                EasyReadChecker.Sentences(i.EasyReadSummary).Append($"{i.BroughtBy} brings this item.").ToList())).ToList()),
        };
        var cover = new DocumentCover(meeting.BoardName, "Easy read agenda", PlainDates.Date(meeting.StartsAt), pictures.Document);
        DocumentHardWords.Add(sections, cover, facts.HardWords, Names(facts));
        EasyReadBlocks.AddCredit(sections, pictures);
        return new DocumentContent(DocumentStyle.EasyRead, $"{meeting.BoardName}: easy read agenda, {PlainDates.Date(meeting.StartsAt)}", MinutesDocuments.Language,
            cover, sections);
    }

    /// <summary>The easy read agenda's hard words nobody has explained yet (issue 17): publishing waits for them.</summary>
    public static IReadOnlyList<FoundHardWord> UnexplainedHardWords(AgendaFacts facts, StandardPictures pictures) =>
        DocumentHardWords.Find(EasyRead(facts, pictures), facts.HardWords, Names(facts)).Where(w => w.Source == ExplanationSource.Missing).ToList();

    // Who brings each item (a group or a person) and who presents it: names, not hard words.
    private static IEnumerable<string> Names(AgendaFacts facts) =>
        facts.Items.Select(i => i.BroughtBy).Concat(facts.Items.Select(i => i.Presenter).OfType<string>());

    public static DocumentContent Standard(AgendaFacts facts, StandardPictures pictures)
    {
        var meeting = facts.Meeting;
        var about = new List<string> { StandardBlocks.WhenAndWhere(meeting) };
        if (!string.IsNullOrWhiteSpace(meeting.AccessNotes))
            about.Add($"Access: {meeting.AccessNotes}");
        var sections = new List<DocumentSection>
        {
            new("Meeting", [new TextBlock(null, about)]),
            new(AgendaSteps.StandardDeclarationsHeading, [new TextBlock(null, [AgendaSteps.StandardDeclarations])]),
            new("Items", facts.Items.Select(i => (DocumentBlock)new TextBlock(
                i.Minutes is { } minutes ? $"{i.Number}. {i.Title} ({minutes} minutes)" : $"{i.Number}. {i.Title}",
                MinutesDocuments.Paragraphs(i.Details)
                    .Append($"Raised by {i.BroughtBy}.{(i.Presenter is { Length: > 0 } p ? $" Presented by {p}." : "")} The board is asked to {i.Ask}.")
                    .ToList())).ToList()),
        };
        EasyReadBlocks.AddCredit(sections, pictures);
        return new DocumentContent(DocumentStyle.Standard, $"{meeting.BoardName}: agenda, {PlainDates.Date(meeting.StartsAt)}", MinutesDocuments.Language,
            new DocumentCover(meeting.BoardName, "Agenda", PlainDates.Date(meeting.StartsAt), pictures.Document), sections);
    }
}

using Board.Core.Text;

namespace Board.Core.Documents;

/// <summary>
/// Long easy read minutes as a summary plus parts (issue 17, ADR-022), each at most 24 pages. The summary has who
/// came, the declarations, what was decided, what happens next, the next meeting and the hard words, and lists the
/// parts; each part names itself and holds its items in full, with their votes and actions.
/// </summary>
public static class SplitMinutesDocuments
{
    // The summary puts a few votes or actions in one row, so 100 items' decisions still fit in its 24 pages.
    private const int PerRow = 4;

    public static DocumentContent Summary(MinutesFacts facts, MinutesSplit split, StandardPictures pictures)
    {
        var meeting = facts.Meeting;
        var sections = new List<DocumentSection>
        {
            new("About these minutes", [
                new PictureRow(pictures.Document.Showing("the summary of the minutes"), "This is the summary",
                    ["The minutes of this meeting are long.", "So they come in parts.", "This summary says what we decided and what happens next."]),
                new PictureRow(pictures.Document.Showing("the parts of the minutes"), "The parts", split.Parts.Select(p => $"{p.Name}.").ToList(), IsList: true),
            ]),
            new("About the meeting", EasyReadBlocks.WhenAndWhere(meeting, pictures, past: true)),
            new("Who came", MinutesDocuments.WhoCame(facts, pictures)),
        };
        if (MinutesDocuments.Declarations(facts, pictures) is { } declarations)
            sections.Add(declarations);
        sections.Add(new("What we decided", Decisions(facts, pictures)));
        sections.Add(new("What happens next", Grouped(facts.Items.Where(i => MinutesDocuments.ActionsOf(i).Any()).ToList(), pictures.Actions, "what happens next",
            i => MinutesDocuments.ActionsOf(i).Select(a => $"Item {i.Number}: {a}"), "There are no new actions from this meeting.")));
        sections.Add(new("The next meeting", EasyReadBlocks.NextMeeting(facts.NextMeeting, pictures)));
        var date = PlainDates.Date(meeting.StartsAt);
        var cover = new DocumentCover(meeting.BoardName, "Easy read minutes: the summary", date, pictures.Document);
        DocumentHardWords.Add(sections, cover, facts.HardWords, MinutesDocuments.Names(facts));
        EasyReadBlocks.AddCredit(sections, pictures);
        return new DocumentContent(DocumentStyle.EasyRead, $"{meeting.BoardName}: easy read minutes, {date}. The summary", MinutesDocuments.Language,
            cover, sections);
    }

    public static DocumentContent Part(MinutesFacts facts, MinutesPart part, StandardPictures pictures)
    {
        var meeting = facts.Meeting;
        var items = facts.Items.Skip(part.First).Take(part.Count).ToList();
        var span = part.FirstItem == part.LastItem ? $"item {part.FirstItem}" : $"items {part.FirstItem} to {part.LastItem}";
        var sections = new List<DocumentSection>
        {
            new("About this part", [new PictureRow(pictures.Document.Showing($"part {part.Number} of the minutes"), part.Name,
                [$"This is part {part.Number} of {part.Of} of the minutes.", $"It has {span}.", "The summary says who came, what we decided and what happens next."])]),
            new("What we talked about", items.SelectMany(i => MinutesDocuments.ItemBlocks(i, facts, pictures)).ToList()),
            MinutesDocuments.WhatHappensNext(items, pictures),
        };
        var date = PlainDates.Date(meeting.StartsAt);
        var cover = new DocumentCover(meeting.BoardName, $"Easy read minutes. {part.Name}", date, pictures.Document);
        DocumentHardWords.Add(sections, cover, facts.HardWords, MinutesDocuments.Names(facts));
        EasyReadBlocks.AddCredit(sections, pictures);
        return new DocumentContent(DocumentStyle.EasyRead, $"{meeting.BoardName}: easy read minutes, {date}. {part.Name}", MinutesDocuments.Language,
            cover, sections, facts.OwnPictures);
    }

    private static List<DocumentBlock> Decisions(MinutesFacts facts, StandardPictures pictures)
    {
        var votes = facts.Items.SelectMany(i => i.Votes.Select(v => (Label: $"Item {i.Number}", Vote: v)))
            .Concat((facts.OtherVotes ?? []).Select((v, n) => (Label: $"Other vote {n + 1}", Vote: v)))
            .ToList();
        if (votes.Count == 0)
            return [new PictureRow(pictures.Document.Showing("what we decided"), null, ["We did not vote at this meeting."])];
        return votes.Chunk(PerRow).Select((row, n) => (DocumentBlock)new PictureRow(
                row[0].Vote.Picture.Showing(Which("the votes", n, row.Length, votes.Count)), null,
                row.Select(v => $"{v.Label}: {v.Vote.Question} {string.Join(", ", v.Vote.Tallies.Select(t => $"{t.Label} {t.Votes}"))}. {v.Vote.EasyReadOutcome}").ToList(),
                IsList: true))
            .ToList();
    }

    private static List<DocumentBlock> Grouped(IReadOnlyList<MinutesItemFacts> items, DocumentPicture picture, string what,
        Func<MinutesItemFacts, IEnumerable<string>> sentences, string none)
    {
        if (items.Count == 0)
            return [new PictureRow(picture.Showing(what), null, [none])];
        return items.Chunk(PerRow).Select((row, n) => (DocumentBlock)new PictureRow(
                picture.Showing(row.Length == 1 ? $"{what} for item {row[0].Number}" : $"{what} for items {row[0].Number} to {row[^1].Number}"), null, row.SelectMany(sentences).ToList(), IsList: true))
            .ToList();
    }

    // "the votes, 5 to 8 of 20": each row says which votes it holds, so its picture is not read as the same thing.
    private static string Which(string what, int row, int count, int total) =>
        total <= PerRow ? what : $"{what}, {row * PerRow + 1} to {row * PerRow + count} of {total}";
}

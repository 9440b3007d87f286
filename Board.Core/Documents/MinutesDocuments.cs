using Board.Core.EasyRead;
using Board.Core.Text;

namespace Board.Core.Documents;

/// <summary>Turns a meeting's minutes into document content: easy read for everyone, standard for the council's records.</summary>
public static class MinutesDocuments
{
    public const string Language = "en-GB";

    // Long lists of names are cut into rows of this many, so no row is taller than a page.
    private const int NamesPerRow = 6;

    public static DocumentContent EasyRead(MinutesFacts facts, StandardPictures pictures)
    {
        var meeting = facts.Meeting;
        var sections = new List<DocumentSection>
        {
            new("About the meeting", EasyReadBlocks.WhenAndWhere(meeting, pictures, past: true)),
            new("Who came", WhoCame(facts, pictures)),
        };
        if (Declarations(facts, pictures) is { } declarations)
            sections.Add(declarations);
        sections.Add(new("What we talked about", facts.Items.SelectMany(i => ItemBlocks(i, facts, pictures)).ToList()));
        // Every vote of the meeting is in its minutes, including those on no item (a vote on the day's order, say).
        if (facts.OtherVotes is { Count: > 0 } other)
            sections.Add(new("Other votes", other.Select((v, i) => (DocumentBlock)new VoteRow(v.Picture.Showing($"other vote {i + 1}"), v.Question, v.Tallies, v.EasyReadOutcome)).ToList()));
        sections.Add(WhatHappensNext(facts.Items, pictures));
        sections.Add(new("The next meeting", EasyReadBlocks.NextMeeting(facts.NextMeeting, pictures)));
        var cover = new DocumentCover(meeting.BoardName, "Easy read minutes", PlainDates.Date(meeting.StartsAt), pictures.Document);
        DocumentHardWords.Add(sections, cover, facts.HardWords, Names(facts));

        EasyReadBlocks.AddCredit(sections, pictures);
        return new DocumentContent(DocumentStyle.EasyRead, $"{meeting.BoardName}: easy read minutes, {PlainDates.Date(meeting.StartsAt)}", Language,
            cover, sections, facts.OwnPictures);
    }

    internal static DocumentSection WhatHappensNext(IEnumerable<MinutesItemFacts> items, StandardPictures pictures)
    {
        var next = items.Where(i => i.Actions.Count + i.PlanActions.Count > 0)
            .Select(i => (DocumentBlock)new PictureRow(pictures.Actions.Showing($"what happens next for item {i.Number}"), $"{i.Number}. {i.Title}",
                ActionsOf(i).ToList()))
            .ToList();
        return new("What happens next", next.Count > 0 ? next : [new PictureRow(pictures.Actions, null, ["There are no new actions from this meeting."])]);
    }

    internal static IEnumerable<string> ActionsOf(MinutesItemFacts item) => item.Actions.Concat(item.PlanActions.Select(a => $"This is in our plan: {a}."));

    internal static DocumentSection? Declarations(MinutesFacts facts, StandardPictures pictures) => facts.Declarations is { } declared
        ? new("Declarations of interest", [new PictureRow(pictures.People.Showing("declarations of interest"), null,
            declared.Count == 0 ? ["Nobody said they had an interest in an item."] : declared.Select(d => $"{EasyReadDeclaration(d)} This was item {d.ItemNumber}, {d.ItemTitle}.").ToList())])
        : null;

    /// <summary>The easy read minutes' hard words nobody has explained yet (issue 17): publishing waits for them.</summary>
    public static IReadOnlyList<FoundHardWord> UnexplainedHardWords(MinutesFacts facts, StandardPictures pictures) =>
        DocumentHardWords.Find(EasyRead(facts, pictures), facts.HardWords, Names(facts)).Where(w => w.Source == ExplanationSource.Missing).ToList();

    /// <summary>The people the minutes name: never hard words.</summary>
    internal static IEnumerable<string> Names(MinutesFacts facts) =>
        facts.Present.Select(p => p.Name).Concat(facts.Apologies).Concat(facts.Declarations?.Select(d => d.PersonName) ?? []);

    public static DocumentContent Standard(MinutesFacts facts, StandardPictures pictures)
    {
        var meeting = facts.Meeting;
        var sections = new List<DocumentSection>
        {
            new("Meeting", [new TextBlock(null, [StandardBlocks.WhenAndWhere(meeting)])]),
            new("Present", [new ListBlock(null, facts.Present.Select(a => $"{a.Name} ({a.Role})").DefaultIfEmpty("Nobody was recorded as present.").ToList())]),
            new("Apologies", [new ListBlock(null, facts.Apologies.DefaultIfEmpty("None.").ToList())]),
        };
        if (facts.Declarations is { } declared)
            sections.Add(new("Declarations of interest", [new ListBlock(null,
                declared.Select(d => $"Item {d.ItemNumber}, {d.ItemTitle}: {StandardDeclaration(d)}").DefaultIfEmpty("None.").ToList())]));
        sections.Add(new("Items", facts.Items.SelectMany(i => StandardItemBlocks(i, facts)).ToList()));
        if (facts.OtherVotes is { Count: > 0 } other)
            sections.Add(new("Other votes", other.Select(v => (DocumentBlock)new TextBlock(null, [StandardVote(v)])).ToList()));
        sections.Add(new("Next meeting", [new TextBlock(null, [facts.NextMeeting is { } next ? StandardBlocks.WhenAndWhere(next) : "The date of the next meeting is to be agreed."])]));
        if (facts.AuditRecord is { } audit)
            sections.Add(new("Record of votes", [new TextBlock(null, [audit])]));
        EasyReadBlocks.AddCredit(sections, pictures);
        return new DocumentContent(DocumentStyle.Standard, $"{meeting.BoardName}: minutes, {PlainDates.Date(meeting.StartsAt)}", Language,
            new DocumentCover(meeting.BoardName, "Minutes", PlainDates.Date(meeting.StartsAt), pictures.Document), sections);
    }

    internal static IEnumerable<DocumentBlock> ItemBlocks(MinutesItemFacts item, MinutesFacts facts, StandardPictures pictures)
    {
        yield return new PictureRow(item.Picture.Showing($"item {item.Number}, {item.Title}"), $"{item.Number}. {item.Title}", EasyReadChecker.Sentences(item.EasyReadNote));
        if (DeclaredAt(item, facts) is { Count: > 0 } declared)
            yield return new PictureRow(pictures.People.Showing($"interests declared on item {item.Number}"), "Interests", declared.Select(EasyReadDeclaration).ToList());
        for (var v = 0; v < item.Votes.Count; v++)
        {
            var vote = item.Votes[v];
            var which = item.Votes.Count == 1 ? $"the vote on item {item.Number}" : $"vote {v + 1} on item {item.Number}";
            yield return new VoteRow(vote.Picture.Showing(which), vote.Question, vote.Tallies, vote.EasyReadOutcome);
        }
    }

    private static IEnumerable<DocumentBlock> StandardItemBlocks(MinutesItemFacts item, MinutesFacts facts)
    {
        yield return new TextBlock($"{item.Number}. {item.Title}", Paragraphs(item.StandardNote));
        if (DeclaredAt(item, facts) is { Count: > 0 } declared)
            yield return new ListBlock("Declarations of interest", declared.Select(StandardDeclaration).ToList());
        foreach (var vote in item.Votes)
            yield return new TextBlock(null, [StandardVote(vote)]);
        var actions = item.Actions.Concat(item.PlanActions.Select(a => $"Plan action: {a}")).ToList();
        if (actions.Count > 0)
            yield return new ListBlock("Actions", actions);
    }

    private static List<DeclarationFacts> DeclaredAt(MinutesItemFacts item, MinutesFacts facts) =>
        facts.Declarations?.Where(d => d.ItemNumber == item.Number).ToList() ?? [];

    /// <summary>"Rita Rep said they have an interest. It is about their job or money. I work for the bus company. They stayed but did not vote."</summary>
    private static string EasyReadDeclaration(DeclarationFacts d) =>
        $"{d.PersonName} said they have an interest{KindText(d, easyRead: true)}. {Sentence(d.Description)} They {Said(d)}.";

    private static string StandardDeclaration(DeclarationFacts d) =>
        $"{d.PersonName} declared an interest{KindText(d, easyRead: false)}: {Sentence(d.Description)} They {Said(d)}.{(d.InRoom ? " (Declared at the meeting.)" : "")}";

    private static string KindText(DeclarationFacts d, bool easyRead) =>
        Interests.InterestRules.Parse<Interests.InterestKind>(d.Kind) is { } kind
            ? easyRead ? $". It is about {Interests.InterestRules.About(kind)}" : $" ({Interests.InterestRules.About(kind)})"
            : "";

    private static string Said(DeclarationFacts d) =>
        Interests.InterestRules.Parse<Interests.InterestAction>(d.Action) is { } action ? Interests.InterestRules.Said(action) : "said what they would do";

    private static string Sentence(string text) => text.TrimEnd() is var t && t.EndsWith('.') ? t : $"{t}.";

    private static string StandardVote(VoteFacts vote) =>
        $"Vote: {vote.Question} {string.Join(", ", vote.Tallies.Select(t => $"{t.Label} {t.Votes}"))}. {vote.StandardOutcome}";

    internal static List<DocumentBlock> WhoCame(MinutesFacts facts, StandardPictures pictures)
    {
        var blocks = facts.Present.Chunk(NamesPerRow)
            .Select((chunk, i) => (DocumentBlock)new PictureRow(pictures.People.Showing(Names("who came", i, chunk.Length, facts.Present.Count)),
                i == 0 ? "These people came" : null, chunk.Select(a => $"{a.Name}, {a.Role}.").ToList(), IsList: true))
            .ToList();
        if (blocks.Count == 0)
            blocks.Add(new PictureRow(pictures.People.Showing("who came"), null, ["Nobody was written down as coming."]));
        blocks.AddRange(facts.Apologies.Chunk(NamesPerRow)
            .Select((chunk, i) => new PictureRow(pictures.Apologies.Showing(Names("who could not come", i, chunk.Length, facts.Apologies.Count)),
                i == 0 ? "These people could not come" : null, chunk.Select(n => $"{n}.").ToList(), IsList: true)));
        return blocks;
    }

    // "who came, names 7 to 12 of 16": each row of names says which names it holds.
    private static string Names(string who, int row, int count, int total) =>
        total <= NamesPerRow ? who : $"{who}, names {row * NamesPerRow + 1} to {row * NamesPerRow + count} of {total}";

    /// <summary>The key an item's own picture goes by in the document and in the web page's address.</summary>
    public static string OwnPictureKey(long agendaItemId) => $"{OwnPicturePrefix}{agendaItemId}";

    public const string OwnPicturePrefix = "own-";

    /// <summary>Blank lines separate paragraphs in what the coordinator typed.</summary>
    internal static IReadOnlyList<string> Paragraphs(string text) =>
        text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Replace('\n', ' ')).ToList();
}

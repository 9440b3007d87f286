using System.Globalization;
using Board.Core.EasyRead;
using Board.Core.Ladder;
using Board.Core.Text;

namespace Board.Core.Documents;

/// <summary>One meeting of the year and how many Reps and family carers came. Counts only: never a list of who missed.</summary>
public sealed record YearMeetingFacts(DateTime StartsAt, string Title, int RepsCame, int CarersCame);

/// <summary>A decision of the year: the item, its picture and what the board did, in easy read (no votes, no ballots).</summary>
public sealed record YearDecisionFacts(string Title, DocumentPicture Picture, DateTime MeetingDate, string? WhatWeDid);

/// <summary>"You said, we did" for the year: the groups' items closed with them, and the titles of those still open.</summary>
public sealed record YearLoopFacts(int Closed, IReadOnlyList<string> StillOpen);

/// <summary>The plan's progress on the day the report is made.</summary>
public sealed record YearPlanFacts(string Title, int Done, int Total, int Late);

/// <summary>
/// What the board paid for involvement in the year, in total only (never per person). Comes from the involvement
/// payments feature; a report made without it simply has no payments section.
/// </summary>
public sealed record InvolvementTotals(decimal PaidForTime, decimal ExpensesRepaid)
{
    /// <summary>
    /// A public total of fewer than this many people would tell what one person was paid (with two, each can work out
    /// the other's), so the report leaves the section out until this many were paid in the year.
    /// </summary>
    public const int FewestPeopleToPublish = 3;

    /// <summary>The totals for the report, or none when too few people were paid for the total to stay anonymous.</summary>
    public static InvolvementTotals? Publishable(decimal paidForTime, decimal expensesRepaid, int peoplePaid) =>
        peoplePaid >= FewestPeopleToPublish ? new(paidForTime, expensesRepaid) : null;
}

/// <summary>Everything the board's year in easy read says. <paramref name="Ladder"/> is null when it is not shown
/// (the board has not published its ladder picture and the reader is not one of its members). <paramref name="HardWords"/>
/// is the board's whole approved glossary: the report explains the words it uses.</summary>
public sealed record YearFacts(
    string BoardName,
    int Year,
    DateOnly Today,
    IReadOnlyList<YearMeetingFacts> Meetings,
    IReadOnlyList<YearDecisionFacts> Decisions,
    LadderComparison? Ladder,
    YearLoopFacts Loops,
    YearPlanFacts? Plan,
    IReadOnlyList<HardWord> HardWords,
    InvolvementTotals? Involvement = null);

/// <summary>The pictures of the year report's own rows: the ladder and each rung's, plus a thumbs up for what is done.</summary>
public sealed record YearPictures(DocumentPicture Ladder, DocumentPicture Done, DocumentPicture Money, IReadOnlyDictionary<LadderRung, DocumentPicture> Rungs);

/// <summary>Turns a board's year into an easy read report with the same parts as the minutes and the plan report.</summary>
public static class YearDocuments
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static DocumentContent EasyRead(YearFacts facts, StandardPictures pictures, YearPictures year)
    {
        var sections = new List<DocumentSection>
        {
            new("About this report",
            [
                new PictureRow(pictures.Document, null,
                    [$"This report is about what {facts.BoardName} did in {facts.Year}.", $"It was made on {PlainDates.Date(facts.Today)}."]),
            ]),
            Meetings(facts, pictures),
            Decisions(facts, pictures),
        };
        if (facts.Ladder is { } ladder)
            sections.Add(Ladder(ladder, year));
        sections.Add(Loops(facts.Loops, pictures, year));
        if (facts.Plan is { } plan)
            sections.Add(new("The plan",
            [
                new PictureRow(pictures.Actions, plan.Title,
                    [$"{plan.Done} of {plan.Total} things in the plan are done.", .. plan.Late > 0 ? new[] { $"{plan.Late} {(plan.Late == 1 ? "is" : "are")} late." } : []]),
            ]));
        if (facts.Involvement is { } paid)
            sections.Add(new("Paying people for their time",
            [
                new PictureRow(year.Money, null,
                [
                    $"The board paid {Money(paid.PaidForTime)} in total to people for their time.",
                    $"It paid back {Money(paid.ExpensesRepaid)} for travel and other costs.",
                    "We never show what one person was paid.",
                ]),
            ]));
        var year4 = facts.Year.ToString(CultureInfo.InvariantCulture);
        var cover = new DocumentCover(facts.BoardName, "The board's year in easy read", year4, pictures.Document);
        DocumentHardWords.Add(sections, cover, facts.HardWords, [facts.BoardName]);
        EasyReadBlocks.AddCredit(sections, pictures);
        return new DocumentContent(DocumentStyle.EasyRead, $"{facts.BoardName}: the board's year in easy read, {year4}", MinutesDocuments.Language,
            cover, sections);
    }

    /// <summary>
    /// The year report's hard words nobody has explained yet (issue 17). Its words are the published minutes' and the
    /// plan's, each explained before it was published or on the plan page, and the app's own, all built in; so this is
    /// empty unless a glossary word was taken away after.
    /// </summary>
    public static IReadOnlyList<FoundHardWord> UnexplainedHardWords(YearFacts facts, StandardPictures pictures, YearPictures year) =>
        DocumentHardWords.Find(EasyRead(facts, pictures, year), facts.HardWords, [facts.BoardName]).Where(w => w.Source == ExplanationSource.Missing).ToList();

    private static DocumentSection Meetings(YearFacts facts, StandardPictures pictures)
    {
        var blocks = new List<DocumentBlock>
        {
            new PictureRow(pictures.Date, null, [facts.Meetings.Count switch
            {
                0 => $"The board did not meet in {facts.Year}.",
                1 => $"The board met 1 time in {facts.Year}.",
                var n => $"The board met {n} times in {facts.Year}.",
            }]),
        };
        blocks.AddRange(facts.Meetings.Select(m => (DocumentBlock)new PictureRow(pictures.People, PlainDates.Date(m.StartsAt),
            [$"{People(m.RepsCame, "Rep", "Reps")} came.", $"{People(m.CarersCame, "family carer", "family carers")} came."])));
        return new("Meetings and who came", blocks);
    }

    private static DocumentSection Decisions(YearFacts facts, StandardPictures pictures) => new("What the board decided",
        facts.Decisions.Count == 0
            ? [new PictureRow(pictures.Document, null, [$"The board did not decide anything in {facts.Year}."])]
            : facts.Decisions.Select(d => (DocumentBlock)new PictureRow(d.Picture, d.Title,
                [$"The board talked about this on {PlainDates.Date(d.MeetingDate)}.", .. d.WhatWeDid is { Length: > 0 } did ? EasyReadChecker.Sentences(did) : ["The board has not written what it did yet."]])).ToList());

    private static DocumentSection Ladder(LadderComparison ladder, YearPictures year)
    {
        var blocks = new List<DocumentBlock>
        {
            new PictureRow(year.Ladder, null,
            [
                "After each decision, people said how the board worked together.",
                "They chose a rung on the ladder of co-production.",
                Side("Reps and carers", ladder.RepsAndCarers),
                Side("Officers and partners", ladder.OfficersAndPartners),
                ladder.Explanation,
            ]),
        };
        blocks.AddRange(LadderRungs.All.Reverse().Select(rung => (DocumentBlock)new PictureRow(year.Rungs[rung], LadderRungs.Name(rung),
        [
            LadderRungs.Text(rung).Sentence,
            $"Reps and carers: {ladder.RepsAndCarers.CountOf(rung)}. Officers and partners: {ladder.OfficersAndPartners.CountOf(rung)}.",
        ])));
        return new("How we worked together", blocks);
    }

    private static string Side(string who, LadderSummary summary) => summary.Median is { } middle
        ? $"{who}: {summary.Total} said. The middle rung was {LadderRungs.Name(middle)}."
        : $"{who}: nobody said.";

    private static DocumentSection Loops(YearLoopFacts loops, StandardPictures pictures, YearPictures year)
    {
        var blocks = new List<DocumentBlock>
        {
            new PictureRow(year.Done, null,
            [
                $"{Things(loops.Closed)} the groups asked for {(loops.Closed == 1 ? "is" : "are")} done or answered.",
                $"{Things(loops.StillOpen.Count)} {(loops.StillOpen.Count == 1 ? "is" : "are")} still open.",
            ]),
        };
        blocks.AddRange(loops.StillOpen.Select(title => (DocumentBlock)new PictureRow(pictures.Apologies, "Still open", [$"{title.TrimEnd('.')}."])));
        return new("You said, we did", blocks);
    }

    private static string Things(int n) => n == 1 ? "1 thing" : $"{n} things";

    private static string People(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    private static string Money(decimal amount) => amount.ToString("C", British);
}

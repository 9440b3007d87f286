using Board.Core.EasyRead;
using Board.Core.Plans;
using Board.Core.Text;

namespace Board.Core.Documents;

/// <summary>A chapter with its pictures and actions, for the plan report.</summary>
public sealed record PlanChapterFacts(Chapter Chapter, DocumentPicture Picture, IReadOnlyList<PlanAction> Actions);

/// <summary>What the easy read plan report says: the plan, each chapter's progress and actions, on a given day.
/// <paramref name="HardWords"/> is the board's whole approved glossary: the report explains the words it uses.</summary>
public sealed record PlanFacts(string BoardName, Plan Plan, DateOnly Today, IReadOnlyList<PlanChapterFacts> Chapters, IReadOnlyList<HardWord> HardWords);

/// <summary>The pictures that say how an action stands: done, going well, late or at risk, not started.</summary>
public sealed record StatusPictures(DocumentPicture Done, DocumentPicture Going, DocumentPicture Worry, DocumentPicture NotStarted);

/// <summary>Turns the co-produced plan into an easy read report: the same parts as the minutes, so it reads the same.</summary>
public static class PlanDocuments
{
    public static DocumentContent EasyRead(PlanFacts facts, StandardPictures pictures, StatusPictures status)
    {
        var plan = facts.Plan;
        var sections = new List<DocumentSection>
        {
            new("About the plan",
            [
                new PictureRow(pictures.Document.Showing("the plan"), null,
                    [$"{plan.Title}.", $"It runs from {plan.FromYear} to {plan.ToYear}.", $"This report shows how it was going on {PlainDates.Date(facts.Today)}."]),
            ]),
        };
        foreach (var chapter in facts.Chapters)
        {
            var done = chapter.Actions.Count(a => a.Status == ActionStatus.Done);
            var late = chapter.Actions.Count(a => ActionRules.IsOverdue(a, facts.Today));
            var summary = EasyReadChecker.Sentences(chapter.Chapter.EasyReadSummary)
                .Append($"{done} of {chapter.Actions.Count} things are done.")
                .Concat(late > 0 ? [$"{late} {(late == 1 ? "is" : "are")} late."] : [])
                .ToList();
            var blocks = new List<DocumentBlock> { new PictureRow(chapter.Picture.Showing($"how {chapter.Chapter.Title} is going"), "How it is going", summary) };
            blocks.AddRange(chapter.Actions.OrderBy(a => a.DueDate).Select((a, i) => (DocumentBlock)ActionRow(a, facts.Today, status, $"{chapter.Chapter.Title}, action {i + 1}")));
            sections.Add(new DocumentSection(chapter.Chapter.Title, blocks));
        }
        var cover = new DocumentCover(facts.BoardName, "Easy read plan report", PlainDates.Date(facts.Today), pictures.Document);
        DocumentHardWords.Add(sections, cover, facts.HardWords, Names(facts));
        EasyReadBlocks.AddCredit(sections, pictures);
        return new DocumentContent(DocumentStyle.EasyRead, $"{facts.BoardName}: easy read plan report, {PlainDates.Date(facts.Today)}", MinutesDocuments.Language,
            cover, sections);
    }

    /// <summary>
    /// The plan report's hard words nobody has explained yet (issue 17). The report is made when asked, so nothing
    /// waits for them: the coordinator's plan page asks for each one until it is explained or written away.
    /// </summary>
    public static IReadOnlyList<FoundHardWord> UnexplainedHardWords(PlanFacts facts, StandardPictures pictures, StatusPictures status) =>
        DocumentHardWords.Find(EasyRead(facts, pictures, status), facts.HardWords, Names(facts)).Where(w => w.Source == ExplanationSource.Missing).ToList();

    /// <summary>Who does each action: a person's or a team's name, never a hard word.</summary>
    private static IEnumerable<string> Names(PlanFacts facts) => facts.Chapters.SelectMany(c => c.Actions).Select(a => a.Owner);

    private static PictureRow ActionRow(PlanAction action, DateOnly today, StatusPictures status, string which)
    {
        var (picture, where) = action.Status switch
        {
            ActionStatus.Done => (status.Done, "This is done."),
            _ when ActionRules.IsOverdue(action, today) => (status.Worry, "This is late."),
            ActionStatus.AtRisk => (status.Worry, "This might be late."),
            ActionStatus.OffTrack => (status.Worry, "This is not going well."),
            ActionStatus.OnTrack => (status.Going, "This is going well."),
            _ => (status.NotStarted, "This has not started yet."),
        };
        return new PictureRow(picture.Showing($"{which}: {where.TrimEnd('.').ToLowerInvariant()}"), null,
            EasyReadChecker.Sentences(action.WhatEasyRead).Append($"{action.Owner} will do this by {PlainDates.Date(action.DueDate)}.").Append(where).ToList());
    }
}

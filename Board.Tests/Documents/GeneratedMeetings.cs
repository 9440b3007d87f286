using Board.Core.Documents;
using Board.Core.Plans;
using Bogus;

namespace Board.Tests.Documents;

/// <summary>
/// Facts for every kind of document the app publishes, made up with Bogus from a fixed seed (the same every run):
/// names, places and sentences that are not the app's own words, as a board's would be. The documents are then built
/// by the app's own builders (MinutesDocuments, AgendaDocuments, PlanDocuments), so a test renders what the app would.
/// </summary>
internal static class GeneratedMeetings
{
    private static readonly string[] Pictures =
        ["transport", "money", "health", "hospital", "medicine", "work", "home", "safety", "friends", "family", "letter", "speak-up", "learning", "computer", "phone", "food", "sport", "art", "access", "police"];

    public static readonly StandardPictures StandardPictures = new(
        new DocumentPicture("paper", "A page of writing"),
        new DocumentPicture("meeting-date", "A calendar"),
        new DocumentPicture("home", "A building"),
        new DocumentPicture("people", "A group of people"),
        new DocumentPicture("warning", "A person saying sorry"),
        new DocumentPicture("plan", "A clipboard with a list"),
        "Pictures from OpenMoji, licensed CC BY-SA 4.0.");

    public static readonly StatusPictures StatusPictures = new(
        new DocumentPicture("good", "A tick"), new DocumentPicture("star", "A star"), new DocumentPicture("warning", "A warning sign"), new DocumentPicture("time", "A clock"));

    public static MeetingFacts Meeting(Faker f, DateTime day) =>
        new("Riverside Partnership Board", day.AddHours(17), day.AddHours(19.5), $"{f.Address.StreetName()} Centre, Room {f.Random.Int(1, 9)}",
            f.Random.Bool() ? "Step-free entrance at the side." : null, f.Random.Bool());

    /// <summary>Short easy read sentences from Bogus's words: a few sentences of 4 to 9 words each.</summary>
    private static string EasyNote(Faker f, int sentences) =>
        string.Join(" ", Enumerable.Range(0, sentences).Select(_ => Sentence(f)));

    private static string Sentence(Faker f)
    {
        var words = f.Lorem.Words(f.Random.Int(4, 9));
        var text = string.Join(' ', words);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    public static MinutesFacts Minutes(int items, int seed = 17)
    {
        var f = new Faker("en_GB") { Random = new Randomizer(seed) };
        var present = Enumerable.Range(0, 16).Select(i => new Attendee(f.Name.FullName(), i switch { 0 => "Co-chair, Rep", 1 => "Co-chair, councillor", < 10 => "Rep", < 14 => "Family carer", _ => "Coordinator" })).ToList();
        var apologies = Enumerable.Range(0, 2).Select(_ => f.Name.FullName()).ToList();
        var day = new DateTime(2026, 11, 12);
        var minutesItems = Enumerable.Range(1, items).Select(n => new MinutesItemFacts(
            n,
            f.Lorem.Sentence(3).TrimEnd('.'),
            new DocumentPicture(Pictures[(n - 1) % Pictures.Length], "A picture"),
            string.Join("\n\n", f.Lorem.Paragraphs(2).Split('\n')),
            EasyNote(f, f.Random.Int(3, 4)),
            n % 2 == 0
                ? [new VoteFacts($"Should we {f.Lorem.Sentence(3).TrimEnd('.').ToLowerInvariant()}?", new DocumentPicture("vote", "A ballot box"),
                    [new VoteTally("✔", "For", VoteMeaning.For, f.Random.Int(5, 10)), new VoteTally("✖", "Against", VoteMeaning.Against, f.Random.Int(0, 4)), new VoteTally("○", "Abstain", VoteMeaning.Abstain, 1)],
                    "Most people said yes.", "The motion was carried.")]
                : [],
            [$"{f.Name.FirstName()} will {f.Lorem.Sentence(4).TrimEnd('.').ToLowerInvariant()} by {PlainDay(day.AddDays(28 + n))}."],
            n % 3 == 0 ? [f.Lorem.Sentence(3).TrimEnd('.')] : [])).ToList();
        var facts = new MinutesFacts(Meeting(f, day), present, apologies, minutesItems, Meeting(f, new DateTime(2026, 12, 10)),
            [new HardWord("Agenda", "A list of the things a meeting will talk about.", new DocumentPicture("question", "A question mark"))],
            "Audit entry 42, SHA-256 3f2a…", null, null, MinutesFacts.CurrentRecordVersion);
        // As the coordinator would before publishing (issue 17): explain some hard words, and rewrite the rest away.
        var (explain, rewrite) = Split(MinutesDocuments.UnexplainedHardWords(facts, StandardPictures));
        facts = facts with
        {
            Items = facts.Items.Select(i => i with
            {
                Title = Rewrite(i.Title, rewrite),
                EasyReadNote = Rewrite(i.EasyReadNote, rewrite),
                Actions = i.Actions.Select(a => Rewrite(a, rewrite)).ToList(),
                PlanActions = i.PlanActions.Select(a => Rewrite(a, rewrite)).ToList(),
                Votes = i.Votes.Select(v => v with { Question = Rewrite(v.Question, rewrite) }).ToList(),
            }).ToList(),
        };
        return facts with { HardWords = [.. facts.HardWords, .. explain] };
    }

    // Bogus's Latin has dozens of long words; a coordinator would explain a few and write the rest more plainly, so
    // the hard words list stays the length a real meeting's would be.
    private const int WordsExplained = 5;

    private static (List<HardWord> Explain, List<string> Rewrite) Split(IReadOnlyList<Board.Core.EasyRead.FoundHardWord> words) =>
        (words.Take(WordsExplained).Select(w => new HardWord(w.Word, "A made-up word.", new DocumentPicture("paper", "A page of writing"))).ToList(),
            words.Skip(WordsExplained).Select(w => w.Word).ToList());

    private static string Rewrite(string text, IEnumerable<string> words) =>
        words.Aggregate(text, (t, w) => System.Text.RegularExpressions.Regex.Replace(t, $@"\b{System.Text.RegularExpressions.Regex.Escape(w)}\b", "plan",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase));

    public static AgendaFacts Agenda(int items, int seed = 19)
    {
        var f = new Faker("en_GB") { Random = new Randomizer(seed) };
        var agendaItems = Enumerable.Range(1, items).Select(n => new AgendaItemFacts(
            n, f.Lorem.Sentence(3).TrimEnd('.'), new DocumentPicture(Pictures[(n - 1) % Pictures.Length], "A picture"),
            EasyNote(f, 2), f.Lorem.Paragraph(), f.Company.CompanyName(), f.PickRandom("decide", "discuss", "note"), n % 2 == 0 ? 15 : null,
            n % 3 == 0 ? f.Name.FullName() : null)).ToList();
        var facts = new AgendaFacts(Meeting(f, new DateTime(2026, 12, 10)), agendaItems, []);
        var (explain, rewrite) = Split(AgendaDocuments.UnexplainedHardWords(facts, StandardPictures));
        return facts with
        {
            Items = facts.Items.Select(i => i with { Title = Rewrite(i.Title, rewrite), EasyReadSummary = Rewrite(i.EasyReadSummary, rewrite) }).ToList(),
            HardWords = explain,
        };
    }

    public static PlanFacts Plan(int chapters = 4, int seed = 23)
    {
        var f = new Faker("en_GB") { Random = new Randomizer(seed) };
        var today = new DateOnly(2026, 12, 1);
        var facts = Enumerable.Range(1, chapters).Select(c => new PlanChapterFacts(
            new Chapter(c, 1, f.Lorem.Sentence(3).TrimEnd('.'), EasyNote(f, 2), Pictures[c], c),
            new DocumentPicture(Pictures[c], "A picture"),
            Enumerable.Range(1, 4).Select(a => new PlanAction(c * 10 + a, c, f.Lorem.Sentence(), EasyNote(f, 1), f.Company.CompanyName(), null,
                today.AddDays(f.Random.Int(-60, 200)), f.PickRandom<ActionStatus>())).ToList())).ToList();
        var plan = new PlanFacts("Riverside Partnership Board", new Board.Core.Plans.Plan(1, 1, "Our plan for Riverside", 2025, 2028), today, facts,
            [new HardWord("Agenda", "A list of the things a meeting will talk about.", new DocumentPicture("question", "A question mark"))]);
        // As the coordinator would on the plan page (issue 17): explain some hard words, and rewrite the rest away.
        var (explain, rewrite) = Split(PlanDocuments.UnexplainedHardWords(plan, StandardPictures, StatusPictures));
        return plan with
        {
            Chapters = plan.Chapters.Select(c => c with
            {
                Chapter = c.Chapter with { Title = Rewrite(c.Chapter.Title, rewrite), EasyReadSummary = Rewrite(c.Chapter.EasyReadSummary, rewrite) + " The agenda says when." },
                Actions = c.Actions.Select(a => a with { WhatEasyRead = Rewrite(a.WhatEasyRead, rewrite) }).ToList(),
            }).ToList(),
            HardWords = [.. plan.HardWords, .. explain],
        };
    }

    private static string PlainDay(DateTime day) => Board.Core.Text.PlainDates.Date(day);

    /// <summary>Every kind of document the app publishes, by name, at <paramref name="items"/> items.</summary>
    public static IEnumerable<(string Kind, DocumentContent Content)> EveryKind(int items)
    {
        var minutes = Minutes(items);
        var agenda = Agenda(items);
        yield return ("easy read minutes", MinutesDocuments.EasyRead(minutes, StandardPictures));
        yield return ("standard minutes", MinutesDocuments.Standard(minutes, StandardPictures));
        yield return ("easy read agenda", AgendaDocuments.EasyRead(agenda, StandardPictures));
        yield return ("standard agenda", AgendaDocuments.Standard(agenda, StandardPictures));
        yield return ("easy read plan report", PlanDocuments.EasyRead(Plan(), StandardPictures, StatusPictures));
        yield return ("easy read year report", SampleYearReport.EasyRead());
        yield return ("easy read money statement", SampleStatement.EasyRead());
        // Long minutes' summary and last part (ADR-022), planned as if the whole minutes were over 24 pages.
        var split = MinutesParts.Plan(minutes.Items.Select(i => i.Number).ToList(), MinutesParts.MostPages + 1);
        yield return ("easy read minutes summary", SplitMinutesDocuments.Summary(minutes, split, StandardPictures));
        yield return ("easy read minutes part", SplitMinutesDocuments.Part(minutes, split.Parts[^1], StandardPictures));
    }
}

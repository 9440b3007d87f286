using Board.Core.Documents;
using Board.Core.EasyRead;

namespace Board.Tests.Documents;

/// <summary>
/// Issue 17: every easy read document explains every hard word it uses: the minutes (whole, summary and part), the
/// agenda, the plan report, the year report and the money statement. Their content is made up with Bogus (a fixed
/// seed) or fixed, built by the app's builders, rendered for real and read back with PdfPig: every hard word the
/// finder sees in the rendered text before the "Hard words" heading is explained in that section, an L/LI list.
/// </summary>
public sealed class HardWordsSectionTests
{
    private static IEnumerable<TestCaseData> EasyReadDocuments()
    {
        var minutes = GeneratedMeetings.Minutes(items: 40);
        yield return new TestCaseData(MinutesDocuments.EasyRead(minutes, GeneratedMeetings.StandardPictures), minutes.HardWords,
            minutes.Present.Select(p => p.Name).Concat(minutes.Apologies).ToList()).SetArgDisplayNames("easy read minutes");
        var agenda = GeneratedMeetings.Agenda(items: 40);
        yield return new TestCaseData(AgendaDocuments.EasyRead(agenda, GeneratedMeetings.StandardPictures), agenda.HardWords,
            agenda.Items.Select(i => i.BroughtBy).Concat(agenda.Items.Select(i => i.Presenter).OfType<string>()).ToList()).SetArgDisplayNames("easy read agenda");
        var split = MinutesParts.Plan(minutes.Items.Select(i => i.Number).ToList(), MinutesParts.MostPages + 1);
        var people = minutes.Present.Select(p => p.Name).Concat(minutes.Apologies).ToList();
        yield return new TestCaseData(SplitMinutesDocuments.Summary(minutes, split, GeneratedMeetings.StandardPictures), minutes.HardWords, people)
            .SetArgDisplayNames("easy read minutes summary");
        yield return new TestCaseData(SplitMinutesDocuments.Part(minutes, split.Parts[0], GeneratedMeetings.StandardPictures), minutes.HardWords, people)
            .SetArgDisplayNames("easy read minutes part");
        var plan = GeneratedMeetings.Plan(chapters: 6);
        yield return new TestCaseData(PlanDocuments.EasyRead(plan, GeneratedMeetings.StandardPictures, GeneratedMeetings.StatusPictures), plan.HardWords,
            plan.Chapters.SelectMany(c => c.Actions).Select(a => a.Owner).ToList()).SetArgDisplayNames("easy read plan report");
        var year = SampleYearReport.Facts();
        year = year with { Decisions = [.. year.Decisions, new YearDecisionFacts("Breaks for carers", year.Decisions[0].Picture, new DateTime(2026, 11, 12), "We will pay for more respite.")] };
        yield return new TestCaseData(YearDocuments.EasyRead(year, SampleYearReport.Pictures, SampleYearReport.YearPictures), year.HardWords,
            new[] { year.BoardName }).SetArgDisplayNames("easy read year report");
        var statement = SampleStatement.Facts();
        yield return new TestCaseData(SampleStatement.EasyRead(), Array.Empty<HardWord>(), new[] { statement.BoardName, statement.PersonName, statement.Setting.Charity! })
            .SetArgDisplayNames("easy read money statement");
    }

    [TestCaseSource(nameof(EasyReadDocuments))]
    public void Render_GeneratedMeeting_EveryHardWordInTheTextIsExplainedInTheHardWordsSection(DocumentContent content, IReadOnlyList<HardWord> glossary, IReadOnlyList<string> names)
    {
        using var pdf = new PdfReading(TestRenderer.Renderer.Render(content));
        var text = string.Join("\n", pdf.Document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        var heading = text.LastIndexOf(DocumentHardWords.Heading, StringComparison.Ordinal);
        Assert.That(heading, Is.GreaterThan(0), "the document has a hard words section");
        var (body, section) = (text[..heading], text[heading..]);

        var nameWords = names.SelectMany(n => n.Split(' ', '-', ',', '.')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var found = HardWordFinder.Find(body, glossary.Select(w => new GlossaryTerm(w.Word, w.Explanation)).ToList())
            .Where(w => !nameWords.Contains(w.Word)).ToList();

        Assert.That(found.Select(w => w.Source), Does.Contain(ExplanationSource.BuiltIn), "the test sees built-in words");
        if (glossary.Count > 0)
            Assert.That(found.Select(w => w.Source), Does.Contain(ExplanationSource.Glossary), "the test sees the glossary's words");
        Assert.Multiple(() =>
        {
            Assert.That(found.Where(w => w.Source == ExplanationSource.Missing).Select(w => w.Word), Is.Empty, "no hard word without an explanation");
            foreach (var word in found)
                Assert.That(PdfReading.Compact(section), Does.Contain(PdfReading.Compact($"{word.Word}: {word.Explanation}")), $"\"{word.Word}\" is explained");
        });
    }

    [TestCaseSource(nameof(EasyReadDocuments))]
    public void Render_GeneratedMeeting_HardWordsSectionIsTaggedAsAList(DocumentContent content, IReadOnlyList<HardWord> glossary, IReadOnlyList<string> names)
    {
        var entries = content.Sections.Single(s => s.Heading == DocumentHardWords.Heading).Blocks.OfType<ListBlock>().Single().Entries;
        using var pdf = new PdfReading(TestRenderer.Renderer.Render(content));
        var tags = pdf.StructureElements().Select(e => e.Tag).ToList();
        var list = tags.LastIndexOf("L");

        Assert.That(list, Is.GreaterThan(0));
        var after = tags.Skip(list + 1).ToList();
        Assert.That(after.Count(t => t == "LI"), Is.EqualTo(entries.Count));
        Assert.That(after.Count(t => t == "LBody"), Is.EqualTo(entries.Count));
    }
}

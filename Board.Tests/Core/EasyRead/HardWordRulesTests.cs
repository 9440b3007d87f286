using Board.Core.Documents;
using Board.Core.EasyRead;

namespace Board.Tests.Core.EasyRead;

/// <summary>Issue 17: publishing waits until every hard word is explained; the coordinator's explanation is checked.</summary>
public sealed class HardWordRulesTests
{
    private static FoundHardWord Missing(string word) => new(word, "", ExplanationSource.Missing);

    [TestCase(new string[0], null)]
    [TestCase(new[] { "ICB" }, "You cannot publish the minutes yet. Explain this hard word first: \"ICB\". Write what each one means in plain words, or change the text so it does not use the word.")]
    [TestCase(new[] { "ICB", "DWP" }, "You cannot publish the minutes yet. Explain these hard words first: \"ICB\" and \"DWP\". Write what each one means in plain words, or change the text so it does not use the word.")]
    [TestCase(new[] { "ICB", "DWP", "extraordinary" }, "You cannot publish the minutes yet. Explain these hard words first: \"ICB\", \"DWP\" and \"extraordinary\". Write what each one means in plain words, or change the text so it does not use the word.")]
    public void PublishRefusal_NamesEveryUnexplainedWord(string[] words, string? expected) =>
        Assert.That(HardWordRules.PublishRefusal(words.Select(Missing).ToList(), "the minutes"), Is.EqualTo(expected));

    [Test]
    public void PublishRefusal_ExplainedWordsOnly_AllowsPublishing() =>
        Assert.That(HardWordRules.PublishRefusal([new("Rep", "A Rep speaks for others.", ExplanationSource.BuiltIn), new("ICB", "A health group.", ExplanationSource.Glossary)], "the agenda"), Is.Null);

    [TestCase("ICB", "The group that plans health services.", new string[0])]
    [TestCase("", "The group that plans health services.", new[] { "Word" })]
    [TestCase("ICB", "  ", new[] { "Explanation" })]
    [TestCase(null, null, new[] { "Word", "Explanation" })]
    [TestCase("ICB", "x", new string[0])]
    public void CheckExplanation_SaysWhatIsMissing(string? word, string? explanation, string[] fields) =>
        Assert.That(HardWordRules.CheckExplanation(word, explanation).Select(e => e.Field), Is.EqualTo(fields));

    [TestCase(60, 300, 0)]
    [TestCase(61, 300, 1)]
    [TestCase(60, 301, 1)]
    [TestCase(61, 301, 2)]
    public void CheckExplanation_TooLong_IsRefused(int wordLength, int explanationLength, int errors) =>
        Assert.That(HardWordRules.CheckExplanation(new string('a', wordLength), new string('b', explanationLength)), Has.Count.EqualTo(errors));
}

/// <summary>The hard words section is built from the document's own words: glossary first, then the built-in words.</summary>
public sealed class DocumentHardWordsTests
{
    private static readonly DocumentCover Cover = new("Riverside Partnership Board", "Easy read minutes", "Thursday 12 November 2026", new("paper", "A page"));

    private static IReadOnlyList<FoundHardWord> Found(string sentence, params HardWord[] glossary) =>
        DocumentHardWords.Find(new DocumentContent(DocumentStyle.EasyRead, "t", "en-GB", Cover, [new("Items", [new PictureRow(new("paper", "A page"), null, [sentence])])]), glossary, ["Anastasia Whitworth-Smith"]);

    [TestCase("The Rep came.", "Rep", ExplanationSource.BuiltIn)]
    [TestCase("The ICB came.", "ICB", ExplanationSource.Missing)]
    [TestCase("The ICB came.", "ICB", ExplanationSource.Glossary, "ICB")]
    [TestCase("The Rep came.", "Rep", ExplanationSource.Glossary, "Rep")]
    [TestCase("It was extraordinary.", "extraordinary", ExplanationSource.Missing)]
    public void Find_GivesWhereEachExplanationComesFrom(string sentence, string word, ExplanationSource source, string? glossaryWord = null)
    {
        var glossary = glossaryWord is null ? [] : new[] { new HardWord(glossaryWord, "The board's own words.", new("paper", "A page")) };
        Assert.That(Found(sentence, glossary).Select(w => (w.Word, w.Source)), Does.Contain((word, source)));
    }

    [TestCase("Anastasia will write.")]
    [TestCase("Whitworth will write.")]
    public void Find_NamesTheDocumentPrints_AreNotHardWords(string sentence) =>
        Assert.That(Found(sentence).Where(w => w.Source == ExplanationSource.Missing), Is.Empty);

    [Test]
    public void Find_CoverWords_AreFound() =>
        Assert.That(Found("We had tea.").Select(w => w.Word), Does.Contain("minutes").And.Contain("partnership board"));
}

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

using Board.Core.Documents;
using Board.Core.EasyRead;

namespace Board.Tests.Core.Documents;

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

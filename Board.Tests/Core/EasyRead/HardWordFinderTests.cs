using Board.Core.EasyRead;

namespace Board.Tests.Core.EasyRead;

public sealed class HardWordFinderTests
{
    private static readonly GlossaryTerm[] Glossary = [new("advocacy", "Help to speak up."), new("ICB", "")];

    [TestCase("The Rep spoke first.", "Rep", ExplanationSource.BuiltIn)]
    [TestCase("The co-chair spoke.", "co-chair", ExplanationSource.BuiltIn)]
    [TestCase("The coordinator sent it.", "coordinator", ExplanationSource.BuiltIn)]
    [TestCase("Two people abstain.", "abstain", ExplanationSource.BuiltIn)]
    [TestCase("The NHS came.", "NHS", ExplanationSource.BuiltIn)]
    [TestCase("We talked about advocacy.", "advocacy", ExplanationSource.Glossary)]
    [TestCase("We talked about self-advocacy.", "self-advocacy", ExplanationSource.BuiltIn)]
    [TestCase("The ICB came.", "ICB", ExplanationSource.Missing)]
    [TestCase("The DWP came.", "DWP", ExplanationSource.Missing)]
    [TestCase("It was extraordinary.", "extraordinary", ExplanationSource.Missing)]
    public void Find_GivesTheWordAndWhereItsExplanationComesFrom(string text, string word, ExplanationSource source)
    {
        var found = HardWordFinder.Find(text, Glossary);
        Assert.That(found.Select(w => (w.Word, w.Source)), Does.Contain((word, source)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("We had tea and cake.")]
    public void Find_PlainText_FindsNothing(string? text) =>
        Assert.That(HardWordFinder.Find(text, Glossary), Is.Empty);

    [Test]
    public void Unexplained_GivesOnlyTheWordsWithoutAnExplanation()
    {
        var missing = HardWordFinder.Unexplained("The Rep and the DWP met the ICB.", Glossary);
        Assert.That(missing.Select(w => w.Word), Is.EquivalentTo(new[] { "DWP", "ICB" }));
    }
}

using Board.Core.Documents;

namespace Board.Tests.Core.Documents;

/// <summary>Declarations of interest in both kinds of minutes: a section near the start, and at the item.</summary>
[TestFixture]
public sealed class DeclarationsInMinutesTests
{
    private static readonly DocumentPicture Picture = new("people", "People");
    private static readonly StandardPictures Pictures = new(Picture, Picture, Picture, Picture, Picture, Picture);
    private static readonly MeetingFacts November = new("Riverside Partnership Board", new DateTime(2026, 11, 3, 10, 0, 0), new DateTime(2026, 11, 3, 12, 0, 0), "Town Hall", null, JoinOnline: false);

    private static MinutesFacts Facts(IReadOnlyList<DeclarationFacts>? declarations) =>
        new(November, [new("Rita Rep", "Rep")], [], [new MinutesItemFacts(1, "Later buses", Picture, "Standard note.", "We talked about buses.", [], [], [])],
            null, [], null, null, null, MinutesFacts.CurrentRecordVersion, declarations);

    private static readonly DeclarationFacts Rita = new(1, "Later buses", "Rita Rep", "JobAndMoney", "I work for the bus company", "NotVote", InRoom: true);

    [Test]
    public void EasyRead_HasTheSectionBeforeTheItems_AndTheDeclarationAtTheItem()
    {
        var content = MinutesDocuments.EasyRead(Facts([Rita]), Pictures);
        var titles = content.Sections.Select(s => s.Heading).ToList();
        var text = string.Join(" ", content.Sections.SelectMany(s => s.Blocks).OfType<PictureRow>().SelectMany(r => r.Sentences));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(titles.IndexOf("Declarations of interest"), Is.GreaterThan(0).And.LessThan(titles.IndexOf("What we talked about")));
            Assert.That(text, Does.Contain("Rita Rep said they have an interest. It is about their job or money. I work for the bus company. They stayed but did not vote."));
            Assert.That(content.Sections.Single(s => s.Heading == "What we talked about").Blocks.OfType<PictureRow>().Any(r => r.Heading == "Interests"), Is.True);
        }
    }

    [Test]
    public void Standard_ListsTheDeclaration_NearTheStartAndAtTheItem()
    {
        var content = MinutesDocuments.Standard(Facts([Rita]), Pictures);
        var section = content.Sections.Single(s => s.Heading == "Declarations of interest");
        var items = content.Sections.Single(s => s.Heading == "Items");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(content.Sections.Select(s => s.Heading).ToList().IndexOf("Declarations of interest"), Is.LessThan(content.Sections.Select(s => s.Heading).ToList().IndexOf("Items")));
            Assert.That(section.Blocks.OfType<ListBlock>().Single().Entries.Single(),
                Is.EqualTo("Item 1, Later buses: Rita Rep declared an interest (their job or money): I work for the bus company. They stayed but did not vote. (Declared at the meeting.)"));
            Assert.That(items.Blocks.OfType<ListBlock>().Any(b => b.Heading == "Declarations of interest"), Is.True);
        }
    }

    [TestCase(true, "Nobody said they had an interest in an item.")]
    [TestCase(false, null)]
    public void EasyRead_SaysNobodyDeclared_OnlyWhenDeclarationsWereKept(bool kept, string? expected)
    {
        var content = MinutesDocuments.EasyRead(Facts(kept ? [] : null), Pictures);
        var section = content.Sections.SingleOrDefault(s => s.Heading == "Declarations of interest");
        Assert.That(section?.Blocks.OfType<PictureRow>().Single().Sentences.Single(), Is.EqualTo(expected));
    }
}

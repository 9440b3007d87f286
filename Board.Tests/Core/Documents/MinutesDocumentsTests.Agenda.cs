using Board.Core.Documents;

namespace Board.Tests.Core.Documents;

/// <summary>Easy read and standard agendas.</summary>
public sealed partial class MinutesDocumentsTests
{
    // Agendas

    [Test]
    public void EasyReadAgenda_IsInThePresentTense_WithTheItemsAndWhoBringsThem()
    {
        var content = AgendaDocuments.EasyRead(Agenda(), Pictures);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(content.Sections.Select(s => s.Heading), Is.EqualTo(new[] { "About the meeting", "Do you have an interest?", "What we will talk about", "Hard words" }));
            Assert.That(Rows(content, "About the meeting"), Is.EqualTo(new[]
            {
                new PictureRow(Pictures.Date, null, [$"The meeting is on {LongDate}.", "It starts at 5pm.", "It ends at 7:30pm."]),
                new PictureRow(Pictures.Place, null, ["The meeting is at Town Hall, Room 2.", "You can also join online."]),
            }).Using<PictureRow>(SameBlock));
            Assert.That(Rows(content, "What we will talk about"), Is.EqualTo(new[]
            {
                new PictureRow(Bus, "1. Buses stop too early", ["The last bus is at 6pm.", "We miss events.", "Speak Up North brings this item."]),
                new PictureRow(DayCentre, "2. Day centre hours", ["The day centre shuts early.", "Voices South brings this item."]),
            }).Using<PictureRow>(SameBlock));
        }
    }

    [Test]
    public void EasyReadAgenda_TitleCoverAndHardWords()
    {
        var content = AgendaDocuments.EasyRead(Agenda(hardWords: HardWords), Pictures);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(content.Style, Is.EqualTo(DocumentStyle.EasyRead));
            Assert.That(content.Title, Is.EqualTo($"{BoardName}: easy read agenda, {LongDate}"));
            Assert.That(content.Language, Is.EqualTo("en-GB"));
            Assert.That(content.Cover, Is.EqualTo(new DocumentCover(BoardName, "Easy read agenda", LongDate, Pictures.Document)));
            Assert.That(content.Sections[^1].Heading, Is.EqualTo("Hard words"));
            // A compact list at the end (issue 17: at most 24 pages), so no new page and no pictures in it.
            Assert.That(content.Sections[^1].StartsNewPage, Is.False);
            Assert.That(content.Sections[^1].Blocks, Has.One.InstanceOf<ListBlock>());
            Assert.That(content.Sections.SkipLast(1).SelectMany(s => s.Blocks).Select(b => b.Picture), Has.All.Not.Null);
        }
    }

    [Test]
    public void Agendas_AskForDeclarationsOfInterest_BeforeTheItems()
    {
        var easyRead = Rows(AgendaDocuments.EasyRead(Agenda(), Pictures), "Do you have an interest?").Single();
        var standard = (TextBlock)Section(AgendaDocuments.Standard(Agenda(), Pictures), "Declarations of interest").Blocks.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(easyRead.Sentences, Has.Count.EqualTo(3).And.Some.Contains("the chair asks if anyone has an interest"));
            Assert.That(easyRead.Picture, Is.Not.Null);
            Assert.That(standard.Paragraphs.Single(), Does.Contain("declare any interest").And.Contain("stay and not vote"));
        }
    }

    [Test]
    public void EasyReadAgenda_WithoutGlossary_ExplainsTheBuiltInBoardWordsItUses()
    {
        var content = AgendaDocuments.EasyRead(Agenda(), Pictures);

        var entries = ((ListBlock)content.Sections.Single(s => s.Heading == "Hard words").Blocks.Single()).Entries;
        Assert.That(entries, Does.Contain("agenda: The agenda is the list of things the meeting will talk about."));
    }

    [Test]
    public void StandardAgenda_TitleAndCover()
    {
        var content = AgendaDocuments.Standard(Agenda(), Pictures);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(content.Style, Is.EqualTo(DocumentStyle.Standard));
            Assert.That(content.Title, Is.EqualTo($"{BoardName}: agenda, {LongDate}"));
            Assert.That(content.Language, Is.EqualTo("en-GB"));
            Assert.That(content.Cover, Is.EqualTo(new DocumentCover(BoardName, "Agenda", LongDate, Pictures.Document)));
            Assert.That(content.Sections.Select(s => s.Heading), Is.EqualTo(new[] { "Meeting", "Declarations of interest", "Items" }));
        }
    }

    [Test]
    public void StandardAgenda_Meeting_IncludesTheAccessNotes_OnlyWhenThereAreSome()
    {
        var with = (TextBlock)Section(AgendaDocuments.Standard(Agenda(), Pictures), "Meeting").Blocks.Single();
        var without = (TextBlock)Section(AgendaDocuments.Standard(Agenda() with { Meeting = November with { AccessNotes = "  " } }, Pictures), "Meeting").Blocks.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(with.Paragraphs, Is.EqualTo(new[]
            {
                $"{LongDate}, 5pm to 7:30pm, at Town Hall, Room 2. Members may also join online.",
                "Access: Step-free entrance on Mill Street",
            }));
            Assert.That(without.Paragraphs, Is.EqualTo(new[] { $"{LongDate}, 5pm to 7:30pm, at Town Hall, Room 2. Members may also join online." }));
        }
    }

    [Test]
    public void StandardAgenda_Items_HaveTheirTimeWhenSet_DetailsAndWhoRaisedThem()
    {
        var blocks = Section(AgendaDocuments.Standard(Agenda(), Pictures), "Items").Blocks;

        Assert.That(blocks, Is.EqualTo(new DocumentBlock[]
        {
            new TextBlock("1. Buses stop too early (20 minutes)",
            [
                "Members miss evening events.",
                "The last bus leaves at 6pm.",
                "Raised by Speak Up North. Presented by Sam Speaker. The board is asked to decide.",
            ]),
            new TextBlock("2. Day centre hours",
            [
                "The day centre shuts at 3pm.",
                "Raised by Voices South. The board is asked to discuss.",
            ]),
        }).Using<DocumentBlock>(SameBlock));
    }

    [Test]
    public void StandardAgenda_EmptyPresenter_IsLeftOut()
    {
        var item = Agenda().Items[0] with { Presenter = "" };

        var block = (TextBlock)Section(AgendaDocuments.Standard(Agenda(items: [item]), Pictures), "Items").Blocks.Single();

        Assert.That(block.Paragraphs[^1], Is.EqualTo("Raised by Speak Up North. The board is asked to decide."));
    }
}

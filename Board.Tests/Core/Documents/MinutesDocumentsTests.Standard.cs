using Board.Core.Documents;

namespace Board.Tests.Core.Documents;

/// <summary>Standard minutes, for the council's records.</summary>
public sealed partial class MinutesDocumentsTests
{
    // Standard minutes

    [Test]
    public void StandardMinutes_HasItsSectionsInOrder_WithoutARecordOfVotesWhenThereIsNoAudit()
    {
        var content = MinutesDocuments.Standard(Minutes(), Pictures);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(content.Style, Is.EqualTo(DocumentStyle.Standard));
            Assert.That(content.Sections.Select(s => s.Heading), Is.EqualTo(new[] { "Meeting", "Present", "Apologies", "Items", "Next meeting" }));
        }
    }

    [Test]
    public void StandardMinutes_WithAnAuditRecord_EndsWithTheRecordOfVotes()
    {
        const string Audit = "Audit log entry 42, hash 9f86d081884c7d65.";

        var content = MinutesDocuments.Standard(Minutes(audit: Audit), Pictures);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(content.Sections[^1].Heading, Is.EqualTo("Record of votes"));
            Assert.That(((TextBlock)content.Sections[^1].Blocks.Single()).Paragraphs, Is.EqualTo(new[] { Audit }));
        }
    }

    [Test]
    public void StandardMinutes_TitleAndCover()
    {
        var content = MinutesDocuments.Standard(Minutes(), Pictures);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(content.Title, Is.EqualTo($"{BoardName}: minutes, {LongDate}"));
            Assert.That(content.Title, Does.Contain(BoardName).And.Contain(LongDate));
            Assert.That(content.Language, Is.EqualTo("en-GB"));
            Assert.That(content.Cover, Is.EqualTo(new DocumentCover(BoardName, "Minutes", LongDate, Pictures.Document)));
        }
    }

    [Test]
    public void StandardMinutes_Meeting_SaysWhenAndWhere()
    {
        var block = (TextBlock)Section(MinutesDocuments.Standard(Minutes(), Pictures), "Meeting").Blocks.Single();

        Assert.That(block.Paragraphs, Is.EqualTo(new[] { $"{LongDate}, 5pm to 7:30pm, at Town Hall, Room 2. Members may also join online." }));
    }

    [Test]
    public void StandardMinutes_Present_ListsNameAndRole()
    {
        var list = (ListBlock)Section(MinutesDocuments.Standard(Minutes(), Pictures), "Present").Blocks.Single();

        Assert.That(list.Entries, Is.EqualTo(new[] { "Rita Rep (Rep)", "Colin Chair (Co-chair, councillor)" }));
    }

    [Test]
    public void StandardMinutes_NobodyPresent_SaysSo()
    {
        var list = (ListBlock)Section(MinutesDocuments.Standard(Minutes(present: []), Pictures), "Present").Blocks.Single();

        Assert.That(list.Entries, Is.EqualTo(new[] { "Nobody was recorded as present." }));
    }

    [Test]
    public void StandardMinutes_Apologies_ListsNames()
    {
        var list = (ListBlock)Section(MinutesDocuments.Standard(Minutes(apologies: ["Alex Absent", "Bea Busy"]), Pictures), "Apologies").Blocks.Single();

        Assert.That(list.Entries, Is.EqualTo(new[] { "Alex Absent", "Bea Busy" }));
    }

    [Test]
    public void StandardMinutes_NoApologies_SaysNone()
    {
        var list = (ListBlock)Section(MinutesDocuments.Standard(Minutes(apologies: []), Pictures), "Apologies").Blocks.Single();

        Assert.That(list.Entries, Is.EqualTo(new[] { "None." }));
    }

    [Test]
    public void StandardMinutes_Items_SplitNotesIntoParagraphsAtBlankLines_ThenVotesThenActions()
    {
        var blocks = Section(MinutesDocuments.Standard(Minutes(), Pictures), "Items").Blocks;

        Assert.That(blocks, Is.EqualTo(new DocumentBlock[]
        {
            new TextBlock("1. Buses stop too early",
            [
                "The board heard that the last bus leaves at 6pm.",
                "Members miss evening events. The board agreed to write to the bus company.",
            ]),
            new TextBlock(null, ["Vote: Should we write to the bus company? For 9, Against 3, Abstain 1. The motion was carried."]),
            new ListBlock("Actions", ["Sam writes to the bus company.", "Plan action: Better buses at night"]),
            new TextBlock("2. Day centre hours", ["The board discussed the day centre's opening hours."]),
        }).Using<DocumentBlock>(SameBlock));
    }

    [Test]
    public void StandardMinutes_WindowsLineEndings_StillSplitAtBlankLines()
    {
        var item = DayCentreItem() with { StandardNote = "First paragraph.\r\n\r\n  Second paragraph,\r\nstill second.  \r\n\r\n\r\nThird." };

        var heading = (TextBlock)Section(MinutesDocuments.Standard(Minutes(items: [item]), Pictures), "Items").Blocks[0];

        Assert.That(heading.Paragraphs, Is.EqualTo(new[] { "First paragraph.", "Second paragraph, still second.", "Third." }));
    }

    [Test]
    public void StandardMinutes_NextMeeting_SaysWhenAndWhere_OrToBeAgreed()
    {
        var with = (TextBlock)Section(MinutesDocuments.Standard(Minutes(), Pictures), "Next meeting").Blocks.Single();
        var without = (TextBlock)Section(MinutesDocuments.Standard(Minutes(noNextMeeting: true), Pictures), "Next meeting").Blocks.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(with.Paragraphs, Is.EqualTo(new[] { "Thursday 10 December 2026, 10:30am to 12pm, at The Library." }));
            Assert.That(without.Paragraphs, Is.EqualTo(new[] { "The date of the next meeting is to be agreed." }));
        }
    }

    [Test]
    public void StandardMinutes_HaveNoPicturesButTheCover()
    {
        var content = MinutesDocuments.Standard(Minutes(), Pictures);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(content.Sections.SelectMany(s => s.Blocks).Select(b => b.Picture), Has.All.Null);
            Assert.That(content.Pictures, Is.EqualTo(new[] { Pictures.Document }));
        }
    }

    [Test]
    public void StandardMinutes_SayNothingInEasyReadWords()
    {
        var text = AllText(MinutesDocuments.Standard(Minutes(), Pictures));

        Assert.That(text, Has.None.EqualTo("We went.").And.None.EqualTo("Yes. We will write to the bus company."));
    }
}

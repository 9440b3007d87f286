using Board.Core.Documents;

namespace Board.Tests.Core.Documents;

/// <summary>Minutes and agendas turned into document content, built from facts written by hand.</summary>
public sealed partial class MinutesDocumentsTests
{
    private const string BoardName = "Riverside Partnership Board";
    private const string LongDate = "Thursday 12 November 2026";

    private static readonly StandardPictures Pictures = new(
        new DocumentPicture("document", "A document"),
        new DocumentPicture("calendar", "A calendar"),
        new DocumentPicture("building", "A building"),
        new DocumentPicture("people", "A group of people"),
        new DocumentPicture("sorry", "A person saying sorry"),
        new DocumentPicture("checklist", "A list of things to do"));

    private static readonly DocumentPicture Bus = new("bus", "A bus");
    private static readonly DocumentPicture DayCentre = new("day-centre", "A day centre");
    private static readonly DocumentPicture Vote = new("vote", "A hand putting a paper in a box");
    private static readonly DocumentPicture Word = new("dictionary", "A dictionary");

    private static readonly MeetingFacts November = new(BoardName, new DateTime(2026, 11, 12, 17, 0, 0), new DateTime(2026, 11, 12, 19, 30, 0),
        "Town Hall, Room 2", "Step-free entrance on Mill Street", JoinOnline: true);

    private static readonly MeetingFacts December = new(BoardName, new DateTime(2026, 12, 10, 10, 30, 0), new DateTime(2026, 12, 10, 12, 0, 0),
        "The Library", null, JoinOnline: false);

    private static readonly VoteTally[] Tallies =
    [
        new("✔", "For", VoteMeaning.For, 9),
        new("✖", "Against", VoteMeaning.Against, 3),
        new("○", "Abstain", VoteMeaning.Abstain, 1),
    ];

    private static VoteFacts BusVote(string question = "Should we write to the bus company?") =>
        new(question, Vote, Tallies, "Yes. We will write to the bus company.", "The motion was carried.");

    private static MinutesItemFacts BusItem(params VoteFacts[] votes) => new(1, "Buses stop too early", Bus,
        "The board heard that the last bus leaves at 6pm.\n\nMembers miss evening events.\nThe board agreed to write to the bus company.",
        "We went. We voted.", votes, ["Sam writes to the bus company."], ["Better buses at night"]);

    private static MinutesItemFacts DayCentreItem() => new(2, "Day centre hours", DayCentre,
        "The board discussed the day centre's opening hours.", "The day centre shuts at 3pm.\nWe want it open later.", [], [], []);

    private static readonly HardWord[] HardWords = [new("ICB", "The NHS group that plans health services.", Word)];

    private static MinutesFacts Minutes(
        IReadOnlyList<Attendee>? present = null,
        IReadOnlyList<string>? apologies = null,
        IReadOnlyList<MinutesItemFacts>? items = null,
        MeetingFacts? next = null,
        bool noNextMeeting = false,
        IReadOnlyList<HardWord>? hardWords = null,
        string? audit = null) =>
        new(November,
            present ?? [new("Rita Rep", "Rep"), new("Colin Chair", "Co-chair, councillor")],
            apologies ?? ["Alex Absent"],
            items ?? [BusItem(BusVote()), DayCentreItem()],
            noNextMeeting ? null : next ?? December,
            hardWords ?? [],
            audit);

    private static AgendaFacts Agenda(IReadOnlyList<AgendaItemFacts>? items = null, IReadOnlyList<HardWord>? hardWords = null) =>
        new(November, items ??
        [
            new(1, "Buses stop too early", Bus, "The last bus is at 6pm. We miss events.", "Members miss evening events.\n\nThe last bus leaves at 6pm.",
                "Speak Up North", "decide", 20, "Sam Speaker"),
            new(2, "Day centre hours", DayCentre, "The day centre shuts early.", "The day centre shuts at 3pm.", "Voices South", "discuss", null, null),
        ], hardWords ?? []);

    private static DocumentSection Section(DocumentContent content, string heading) => content.Sections.Single(s => s.Heading == heading);

    private static List<PictureRow> Rows(DocumentContent content, string heading) => Section(content, heading).Blocks.Cast<PictureRow>().ToList();

    private static List<string> AllText(DocumentContent content) =>
        content.Sections.SelectMany(s => s.Blocks).SelectMany(b => b switch
        {
            PictureRow row => row.Sentences.Prepend(row.Heading ?? ""),
            VoteRow vote => [vote.Question, vote.Outcome],
            TextBlock text => text.Paragraphs.Prepend(text.Heading ?? ""),
            ListBlock list => list.Entries.Prepend(list.Heading ?? ""),
            _ => [],
        }).ToList();

    // Easy read minutes

    [Test]
    public void EasyReadMinutes_WithoutHardWords_HasItsSectionsInOrder()
    {
        var content = MinutesDocuments.EasyRead(Minutes(), Pictures);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(content.Style, Is.EqualTo(DocumentStyle.EasyRead));
            Assert.That(content.Sections.Select(s => s.Heading), Is.EqualTo(new[]
            {
                "About the meeting", "Who came", "What we talked about", "What happens next", "The next meeting", "Hard words",
            }));
            Assert.That(content.Sections.Select(s => s.StartsNewPage), Has.All.False);
        }
    }

    [Test]
    public void EasyReadMinutes_WithHardWords_EndsWithAListOfHardWords()
    {
        var content = MinutesDocuments.EasyRead(Minutes(hardWords: HardWords), Pictures);

        var last = content.Sections[^1];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(content.Sections.Select(s => s.Heading), Is.EqualTo(new[]
            {
                "About the meeting", "Who came", "What we talked about", "What happens next", "The next meeting", "Hard words",
            }));
            Assert.That(last.StartsNewPage, Is.False, "compact: at most 24 pages");
            Assert.That(((ListBlock)last.Blocks.Single()).Entries, Does.Contain("Rep: A Rep is a person who speaks for other people with a learning disability at the board."));
        }
    }

    [Test]
    public void EasyReadMinutes_EveryBlockHasAPicture()
    {
        var content = MinutesDocuments.EasyRead(Minutes(hardWords: HardWords, present: People(8), apologies: ["Alex Absent", "Bea Busy"]), Pictures);

        // All but the hard words, a list with one line a word (issue 17: tagged L/LI, and short).
        var blocks = content.Sections.Where(s => s.Heading != "Hard words").SelectMany(s => s.Blocks).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(blocks, Is.Not.Empty);
            Assert.That(blocks.Select(b => b.Picture), Has.All.Not.Null);
            Assert.That(blocks, Has.All.InstanceOf<PictureRow>().Or.InstanceOf<VoteRow>());
        }
    }

    [Test]
    public void EasyReadMinutes_TitleCoverAndLanguage_NameTheBoardAndTheLongDate()
    {
        var content = MinutesDocuments.EasyRead(Minutes(), Pictures);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(content.Title, Is.EqualTo($"{BoardName}: easy read minutes, {LongDate}"));
            Assert.That(content.Language, Is.EqualTo("en-GB"));
            Assert.That(content.Cover, Is.EqualTo(new DocumentCover(BoardName, "Easy read minutes", LongDate, Pictures.Document)));
        }
    }

    [Test]
    public void EasyReadMinutes_AboutTheMeeting_IsInThePastTense()
    {
        var rows = Rows(MinutesDocuments.EasyRead(Minutes(), Pictures), "About the meeting");

        Assert.That(rows, Is.EqualTo(new[]
        {
            new PictureRow(Pictures.Date, null, [$"The meeting was on {LongDate}.", "It started at 5pm.", "It finished at 7:30pm."]),
            new PictureRow(Pictures.Place, null, ["The meeting was at Town Hall, Room 2.", "Some people joined online."]),
        }).Using<PictureRow>(SameBlock));
    }

    [Test]
    public void EasyReadMinutes_MeetingNobodyJoinedOnline_SaysOnlyWhere()
    {
        var facts = Minutes() with { Meeting = November with { JoinOnline = false } };

        var place = Rows(MinutesDocuments.EasyRead(facts, Pictures), "About the meeting")[1];

        Assert.That(place.Sentences, Is.EqualTo(new[] { "The meeting was at Town Hall, Room 2." }));
    }

    [Test]
    public void EasyReadMinutes_Items_HaveNumberedHeadingsAndOneSentenceALine()
    {
        var blocks = Section(MinutesDocuments.EasyRead(Minutes(items: [BusItem(), DayCentreItem()]), Pictures), "What we talked about").Blocks;

        Assert.That(blocks, Is.EqualTo(new DocumentBlock[]
        {
            new PictureRow(Bus, "1. Buses stop too early", ["We went.", "We voted."]),
            new PictureRow(DayCentre, "2. Day centre hours", ["The day centre shuts at 3pm.", "We want it open later."]),
        }).Using<DocumentBlock>(SameBlock));
    }

    [Test]
    public void EasyReadMinutes_EachVote_IsAVoteRowRightAfterItsItem_WithTheTalliesInOrder()
    {
        var second = BusVote("Should we ask for a night bus?") with { EasyReadOutcome = "No. We will not ask for a night bus." };
        var facts = Minutes(items: [BusItem(BusVote(), second), DayCentreItem()]);

        var blocks = Section(MinutesDocuments.EasyRead(facts, Pictures), "What we talked about").Blocks;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(blocks.Select(b => b.GetType().Name), Is.EqualTo(new[] { "PictureRow", "VoteRow", "VoteRow", "PictureRow" }));
            var first = (VoteRow)blocks[1];
            Assert.That(first.Row.Key, Is.EqualTo(Vote.Key));
            Assert.That(first.Question, Is.EqualTo("Should we write to the bus company?"));
            Assert.That(first.Tallies, Is.EqualTo(Tallies));
            Assert.That(first.Tallies.Select(t => (t.Symbol, t.Votes)), Is.EqualTo(new[] { ("✔", 9), ("✖", 3), ("○", 1) }));
            Assert.That(first.Outcome, Is.EqualTo("Yes. We will write to the bus company."));
            Assert.That(((VoteRow)blocks[2]).Outcome, Is.EqualTo("No. We will not ask for a night bus."));
            Assert.That(((PictureRow)blocks[3]).Heading, Is.EqualTo("2. Day centre hours"));
        }
    }

    [TestCase(0, new int[0])]
    [TestCase(1, new[] { 1 })]
    [TestCase(6, new[] { 6 })]
    [TestCase(7, new[] { 6, 1 })]
    [TestCase(12, new[] { 6, 6 })]
    [TestCase(13, new[] { 6, 6, 1 })]
    public void EasyReadMinutes_WhoCame_PutsSixNamesARow(int count, int[] expectedRowSizes)
    {
        var rows = Rows(MinutesDocuments.EasyRead(Minutes(present: People(count), apologies: []), Pictures), "Who came");

        if (count == 0)
        {
            Assert.That(rows, Is.EqualTo(new[] { new PictureRow(Pictures.People, null, ["Nobody was written down as coming."]) }).Using<PictureRow>(SameBlock));
            return;
        }
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(r => r.Sentences.Count), Is.EqualTo(expectedRowSizes));
            Assert.That(rows.Select(r => r.Row.Key), Has.All.EqualTo(Pictures.People.Key));
            Assert.That(rows.Select(r => r.Heading), Is.EqualTo(rows.Select((_, i) => i == 0 ? "These people came" : null)));
            Assert.That(rows.SelectMany(r => r.Sentences), Is.EqualTo(People(count).Select(a => $"{a.Name}, {a.Role}.")), "everyone, in order");
        }
    }

    [Test]
    public void EasyReadMinutes_Apologies_HaveTheirOwnRowsAfterThePeopleWhoCame()
    {
        var apologies = Enumerable.Range(1, 7).Select(i => $"Absent Person {i}").ToList();

        var rows = Rows(MinutesDocuments.EasyRead(Minutes(present: People(2), apologies: apologies), Pictures), "Who came");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(r => r.Row.Key), Is.EqualTo(new[] { Pictures.People.Key, Pictures.Apologies.Key, Pictures.Apologies.Key }));
            Assert.That(rows.Select(r => r.Heading), Is.EqualTo(new[] { "These people came", "These people could not come", null }));
            Assert.That(rows[1].Sentences, Is.EqualTo(apologies.Take(6).Select(n => $"{n}.")));
            Assert.That(rows[2].Sentences, Is.EqualTo(new[] { "Absent Person 7." }));
        }
    }

    [Test]
    public void EasyReadMinutes_NoApologies_HasNoApologyRow()
    {
        var rows = Rows(MinutesDocuments.EasyRead(Minutes(apologies: []), Pictures), "Who came");

        Assert.That(rows.Select(r => r.Row), Has.None.EqualTo(Pictures.Apologies));
    }

    [Test]
    public void EasyReadMinutes_WhatHappensNext_ListsActionsAndPlanActionsByItem()
    {
        var other = DayCentreItem() with { Actions = ["Pat asks the day centre.", "Pat tells us what they say."] };

        var rows = Rows(MinutesDocuments.EasyRead(Minutes(items: [BusItem(), other]), Pictures), "What happens next");

        Assert.That(rows, Is.EqualTo(new[]
        {
            new PictureRow(Pictures.Actions, "1. Buses stop too early", ["Sam writes to the bus company.", "This is in our plan: Better buses at night."]),
            new PictureRow(Pictures.Actions, "2. Day centre hours", ["Pat asks the day centre.", "Pat tells us what they say."]),
        }).Using<PictureRow>(SameBlock));
    }

    [Test]
    public void EasyReadMinutes_ItemWithOnlyAPlanAction_StillHasARow()
    {
        var item = DayCentreItem() with { PlanActions = ["Day services for everyone"] };

        var rows = Rows(MinutesDocuments.EasyRead(Minutes(items: [item]), Pictures), "What happens next");

        Assert.That(rows, Is.EqualTo(new[]
        {
            new PictureRow(Pictures.Actions, "2. Day centre hours", ["This is in our plan: Day services for everyone."]),
        }).Using<PictureRow>(SameBlock));
    }

    [Test]
    public void EasyReadMinutes_NoActions_SaysThereAreNone()
    {
        var rows = Rows(MinutesDocuments.EasyRead(Minutes(items: [DayCentreItem()]), Pictures), "What happens next");

        Assert.That(rows, Is.EqualTo(new[]
        {
            new PictureRow(Pictures.Actions, null, ["There are no new actions from this meeting."]),
        }).Using<PictureRow>(SameBlock));
    }

    [Test]
    public void EasyReadMinutes_NextMeeting_SaysWhenAndWhere()
    {
        var rows = Rows(MinutesDocuments.EasyRead(Minutes(), Pictures), "The next meeting");

        Assert.That(rows, Is.EqualTo(new[]
        {
            new PictureRow(Pictures.Date, null, ["The next meeting is on Thursday 10 December 2026.", "It starts at 10:30am."]),
            new PictureRow(Pictures.Place, null, ["It is at The Library."]),
        }).Using<PictureRow>(SameBlock));
    }

    [Test]
    public void EasyReadMinutes_NoNextMeeting_SaysItIsNotSetYet()
    {
        var rows = Rows(MinutesDocuments.EasyRead(Minutes(noNextMeeting: true), Pictures), "The next meeting");

        Assert.That(rows, Is.EqualTo(new[]
        {
            new PictureRow(Pictures.Date, null, ["The date of the next meeting is not set yet.", "We will tell you when it is."]),
        }).Using<PictureRow>(SameBlock));
    }

    [Test]
    public void EasyReadMinutes_Pictures_AreListedOnceEach()
    {
        var content = MinutesDocuments.EasyRead(Minutes(hardWords: HardWords, items: [BusItem(BusVote(), BusVote("Again?")), DayCentreItem()]), Pictures);

        var pictures = content.Pictures.ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pictures, Is.Unique);
            Assert.That(pictures[0], Is.EqualTo(Pictures.Document), "the cover's picture first");
            Assert.That(pictures.Select(p => p.Key).Distinct(), Is.EquivalentTo(new[]
            {
                Pictures.Document, Pictures.Date, Pictures.Place, Pictures.People, Pictures.Apologies, Bus, Vote, DayCentre, Pictures.Actions,
            }.Select(p => p.Key)));
        }
    }

    // Helpers

    private static List<Attendee> People(int count) =>
        Enumerable.Range(1, count).Select(i => new Attendee($"Person {i}", i % 2 == 0 ? "Rep" : "Carer")).ToList();

    /// <summary>Blocks hold lists, which records compare by reference: compare them by what they say.</summary>
    private static bool SameBlock(DocumentBlock a, DocumentBlock b) => (a, b) switch
    {
        (PictureRow x, PictureRow y) => SamePicture(x.Row, y.Row) && x.Heading == y.Heading && x.Sentences.SequenceEqual(y.Sentences),
        (VoteRow x, VoteRow y) => SamePicture(x.Row, y.Row) && x.Question == y.Question && x.Outcome == y.Outcome && x.Tallies.SequenceEqual(y.Tallies),
        (TextBlock x, TextBlock y) => x.Heading == y.Heading && x.Paragraphs.SequenceEqual(y.Paragraphs),
        (ListBlock x, ListBlock y) => x.Heading == y.Heading && x.Entries.SequenceEqual(y.Entries),
        _ => false,
    };

    private static bool SameBlock(PictureRow a, PictureRow b) => SameBlock((DocumentBlock)a, b);

    // A row's picture is the set's picture, its alt text saying what it stands for there ("A calendar: when the meeting was").
    private static bool SamePicture(DocumentPicture a, DocumentPicture b) =>
        a.Key == b.Key && (a.Alt.StartsWith(b.Alt, StringComparison.Ordinal) || b.Alt.StartsWith(a.Alt, StringComparison.Ordinal));
}

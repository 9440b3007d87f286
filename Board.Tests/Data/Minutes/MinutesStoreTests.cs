using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Minutes;
using Board.Core.Voting;
using Board.Data.Boards;
using Board.Data.Meetings;
using Board.Data.Minutes;
using Board.Data.Voting;
using Board.Tests.Data.Meetings;
using Dapper;

namespace Board.Tests.Data.Minutes;

/// <summary>Minutes drafts, marks, sign-offs and publishing against a real SQLite file with the real migrations.</summary>
public sealed class MinutesStoreTests
{
    private const string BusOutcome = "The board agreed to write to the bus company about later buses.";
    private const string BusOutcomeEasyRead = "We will write to the bus company.";

    private TestDatabase _db = null!;
    private MinutesStore _store = null!;
    private AgendaItemStore _items = null!;
    private PollStore _polls = null!;
    private long _boardId;
    private long _otherBoardId;
    private long _coordinator;
    private long _coChairA;
    private long _coChairB;
    private long _rep;
    private long _otherRep;
    private long _december;
    private long _january;

    // On the December agenda: the day centre item first, the bus item second; one item declined, one never decided.
    private long _busItem;
    private long _dayCentreItem;
    private long _declinedItem;
    private long _proposedItem;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new MinutesStore(_db.Database);
        _items = new AgendaItemStore(_db.Database);
        _polls = new PollStore(_db.Database);
        _boardId = await TestData.BoardWithRulesAsync(_db.Database, "Riverside");
        _otherBoardId = await TestData.BoardWithRulesAsync(_db.Database, "Hillside");
        _coordinator = await TestData.PersonAsync(_db.Database, _boardId, "Cora Coordinator", Role.Coordinator);
        _coChairA = await TestData.PersonAsync(_db.Database, _boardId, "Ann Cochair", Role.Rep);
        _coChairB = await TestData.PersonAsync(_db.Database, _boardId, "Cllr Bob Cochair", Role.Partner);
        _rep = await TestData.PersonAsync(_db.Database, _boardId, "Riley Rep", Role.Rep);
        _otherRep = await TestData.PersonAsync(_db.Database, _boardId, "Robin Rep", Role.Rep);
        _december = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December);
        _january = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.January, MeetingState.Live);

        _busItem = await RaiseAsync("Buses stop too early", "bus.png");
        _dayCentreItem = await RaiseAsync("Day centre hours", "day-centre.png");
        _declinedItem = await RaiseAsync("Parking at the town hall", "car.png");
        _proposedItem = await RaiseAsync("A late idea", "idea.png");
        Assert.That(await _items.AcceptAsync(await ItemAsync(_busItem), new Acceptance(2, 20, "Speak Up North"), _coordinator, TestData.Now), Is.True);
        Assert.That(await _items.AcceptAsync(await ItemAsync(_dayCentreItem), new Acceptance(1, 15, "Voices South"), _coordinator, TestData.Now), Is.True);
        Assert.That(await _items.DeclineAsync(await ItemAsync(_declinedItem), "The council is already looking at parking.", _coordinator, TestData.Now), Is.True);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    // StartAsync

    [TestCase(MeetingState.CallingForItems)]
    [TestCase(MeetingState.AgendaPublished)]
    [TestCase(MeetingState.Live)]
    public async Task StartAsync_MeetingNotClosed_IsRefusedAndInsertsNothing(MeetingState state)
    {
        await MeetingData.MoveToAsync(_db.Database, _boardId, _december, state);

        var started = await _store.StartAsync(_boardId, _december, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(started, Is.False);
            Assert.That(await _store.GetAsync(_boardId, _december), Is.Null);
            Assert.That(await CountAsync("SELECT COUNT(*) FROM minutes"), Is.Zero);
            Assert.That(await CountAsync("SELECT COUNT(*) FROM minutes_items"), Is.Zero);
        }
    }

    [Test]
    public async Task StartAsync_ScheduledMeeting_IsRefused()
    {
        var scheduled = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.January.AddMonths(1), MeetingState.Scheduled);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.StartAsync(_boardId, scheduled, TestData.Now), Is.False);
            Assert.That(await CountAsync("SELECT COUNT(*) FROM minutes"), Is.Zero);
        }
    }

    [Test]
    public async Task StartAsync_WithAnotherBoardsId_IsRefusedAndInsertsNothing()
    {
        await CloseDecemberAsync();

        var started = await _store.StartAsync(_otherBoardId, _december, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(started, Is.False);
            Assert.That(await CountAsync("SELECT COUNT(*) FROM minutes"), Is.Zero);
            Assert.That(await CountAsync("SELECT COUNT(*) FROM minutes_items"), Is.Zero);
        }
    }

    [Test]
    public async Task StartAsync_UnknownMeeting_IsRefused()
    {
        Assert.That(await _store.StartAsync(_boardId, 9999, TestData.Now), Is.False);
    }

    [Test]
    public async Task StartAsync_ClosedMeeting_CopiesAcceptedItemsInAgendaOrder_FilledInFromTheOutcomes()
    {
        await CloseDecemberAsync();
        Assert.That(await _items.WriteOutcomeAsync(await ItemAsync(_busItem), BusOutcome, BusOutcomeEasyRead, _coordinator, TestData.Now), Is.True);

        var started = await _store.StartAsync(_boardId, _december, TestData.Now);

        var draft = (await _store.GetAsync(_boardId, _december))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(started, Is.True);
            Assert.That(draft.MeetingId, Is.EqualTo(_december));
            Assert.That(draft.BoardId, Is.EqualTo(_boardId));
            Assert.That(draft.State, Is.EqualTo(MinutesState.Drafting));
            Assert.That(draft.Version, Is.EqualTo(1));
            Assert.That(draft.Items.Select(i => i.AgendaItemId), Is.EqualTo(new[] { _dayCentreItem, _busItem }), "accepted items only, in agenda order");
            Assert.That(draft.Items.Select(i => i.Position), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(draft.Items.Select(i => i.Title), Is.EqualTo(new[] { "Day centre hours", "Buses stop too early" }));
            Assert.That(draft.Items.Select(i => i.Picture), Is.EqualTo(new[] { "day-centre.png", "bus.png" }));
            Assert.That(draft.Items.Select(i => i.Revision), Is.EqualTo(new[] { 0, 0 }));
            Assert.That(draft.Items[1].StandardNote, Is.EqualTo(BusOutcome));
            Assert.That(draft.Items[1].EasyReadNote, Is.EqualTo(BusOutcomeEasyRead));
            Assert.That(draft.Items[0].StandardNote, Is.Empty, "no outcome written: the note starts empty");
            Assert.That(draft.Items[0].EasyReadNote, Is.Empty);
            Assert.That(draft.Items.SelectMany(i => i.Actions), Is.Empty);
        }
    }

    [Test]
    public async Task StartAsync_Twice_DoesNothingMore_AndKeepsTheNotes()
    {
        await CloseDecemberAsync();
        await _store.StartAsync(_boardId, _december, TestData.Now);
        await _store.SaveItemAsync(_boardId, _december, _busItem, "Standard words.", "Easy words.", "", "bus.png");

        var again = await _store.StartAsync(_boardId, _december, TestData.Now.AddHours(1));

        var draft = (await _store.GetAsync(_boardId, _december))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(again, Is.True, "the minutes exist");
            Assert.That(await CountAsync("SELECT COUNT(*) FROM minutes"), Is.EqualTo(1));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM minutes_items"), Is.EqualTo(2));
            Assert.That(draft.Version, Is.EqualTo(2));
            Assert.That(draft.Items.Single(i => i.AgendaItemId == _busItem).StandardNote, Is.EqualTo("Standard words."));
        }
    }

    [Test]
    public async Task GetAsync_WithAnotherBoardsId_ReturnsNull()
    {
        await StartedAsync();

        Assert.That(await _store.GetAsync(_otherBoardId, _december), Is.Null);
    }

    // SaveItemAsync

    [Test]
    public async Task SaveItemAsync_NewText_RaisesTheItemsRevisionAndTheVersion()
    {
        await StartedAsync();

        var saved = await _store.SaveItemAsync(_boardId, _december, _busItem, "The board agreed.", "We agreed.",
            "- Sam writes to the bus company\r\n\r\n* Pat books the room", "night-bus.png");

        var draft = (await _store.GetAsync(_boardId, _december))!;
        var bus = draft.Items.Single(i => i.AgendaItemId == _busItem);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved, Is.True);
            Assert.That(draft.Version, Is.EqualTo(2));
            Assert.That(bus.Revision, Is.EqualTo(1));
            Assert.That(draft.Items.Single(i => i.AgendaItemId == _dayCentreItem).Revision, Is.Zero, "the other item is unchanged");
            Assert.That(bus.StandardNote, Is.EqualTo("The board agreed."));
            Assert.That(bus.EasyReadNote, Is.EqualTo("We agreed."));
            Assert.That(bus.Actions, Is.EqualTo(new[] { "Sam writes to the bus company", "Pat books the room" }));
            Assert.That(bus.Picture, Is.EqualTo("night-bus.png"));
        }
    }

    [Test]
    public async Task SaveItemAsync_EachChange_RaisesTheVersionAgain()
    {
        await StartedAsync();

        await _store.SaveItemAsync(_boardId, _december, _busItem, "One.", "One.", "", "bus.png");
        await _store.SaveItemAsync(_boardId, _december, _busItem, "Two.", "Two.", "", "bus.png");
        await _store.SaveItemAsync(_boardId, _december, _dayCentreItem, "Three.", "Three.", "", "day-centre.png");

        var draft = (await _store.GetAsync(_boardId, _december))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(draft.Version, Is.EqualTo(4));
            Assert.That(draft.Items.Select(i => i.Revision), Is.EqualTo(new[] { 1, 2 }));
        }
    }

    [Test]
    public async Task SaveItemAsync_IdenticalText_ChangesNeitherRevisionNorVersion()
    {
        await StartedAsync();
        await _store.SaveItemAsync(_boardId, _december, _busItem, "The board agreed.", "We agreed.", "Write to them", "bus.png");

        var again = await _store.SaveItemAsync(_boardId, _december, _busItem, "The board agreed.", "We agreed.", "Write to them", "bus.png");

        var draft = (await _store.GetAsync(_boardId, _december))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(again, Is.True, "nothing to change is not a refusal");
            Assert.That(draft.Version, Is.EqualTo(2));
            Assert.That(draft.Items.Single(i => i.AgendaItemId == _busItem).Revision, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task SaveItemAsync_OnlyThePictureChanges_CountsAsAChange()
    {
        await StartedAsync();
        await _store.SaveItemAsync(_boardId, _december, _busItem, "The board agreed.", "We agreed.", "", "bus.png");

        await _store.SaveItemAsync(_boardId, _december, _busItem, "The board agreed.", "We agreed.", "", "night-bus.png");

        Assert.That((await _store.GetAsync(_boardId, _december))!.Version, Is.EqualTo(3));
    }

    [Test]
    public async Task SaveItemAsync_WhileWithTheReps_IsAllowedAndRaisesTheVersion()
    {
        await WithRepsAsync();
        var before = (await _store.GetAsync(_boardId, _december))!.Version;

        var saved = await _store.SaveItemAsync(_boardId, _december, _busItem, "Changed after the Reps read it.", "We changed it.", "", "bus.png");

        var draft = (await _store.GetAsync(_boardId, _december))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved, Is.True);
            Assert.That(draft.State, Is.EqualTo(MinutesState.WithReps));
            Assert.That(draft.Version, Is.EqualTo(before + 1));
        }
    }

    [Test]
    public async Task SaveItemAsync_OncePublished_IsRefusedAndChangesNothing()
    {
        await PublishedAsync();
        var before = (await _store.GetAsync(_boardId, _december))!;

        var saved = await _store.SaveItemAsync(_boardId, _december, _busItem, "Rewritten history.", "We changed it.", "", "bus.png");

        var after = (await _store.GetAsync(_boardId, _december))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved, Is.False);
            Assert.That(after.Version, Is.EqualTo(before.Version));
            Assert.That(after.Items.Select(i => (i.StandardNote, i.EasyReadNote, i.Revision)),
                Is.EqualTo(before.Items.Select(i => (i.StandardNote, i.EasyReadNote, i.Revision))));
        }
    }

    [Test]
    public async Task SaveItemAsync_WithAnotherBoardsId_IsRefusedAndChangesNothing()
    {
        await StartedAsync();

        var saved = await _store.SaveItemAsync(_otherBoardId, _december, _busItem, "Someone else's words.", "Not ours.", "", "bus.png");

        var draft = (await _store.GetAsync(_boardId, _december))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved, Is.False);
            Assert.That(draft.Version, Is.EqualTo(1));
            Assert.That(draft.Items.Single(i => i.AgendaItemId == _busItem).StandardNote, Is.Empty);
            Assert.That(draft.Items.Single(i => i.AgendaItemId == _busItem).Revision, Is.Zero);
        }
    }

    [Test]
    public async Task SaveItemAsync_ItemNotInTheMinutes_IsRefused()
    {
        await StartedAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.SaveItemAsync(_boardId, _december, _declinedItem, "Words.", "Words.", "", "car.png"), Is.False);
            Assert.That(await _store.SaveItemAsync(_boardId, _december, _proposedItem, "Words.", "Words.", "", "idea.png"), Is.False);
            Assert.That((await _store.GetAsync(_boardId, _december))!.Version, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task SaveItemAsync_MinutesNotStarted_IsRefused()
    {
        await CloseDecemberAsync();

        Assert.That(await _store.SaveItemAsync(_boardId, _december, _busItem, "Words.", "Words.", "", "bus.png"), Is.False);
    }

    // SendToRepsAsync

    [Test]
    public async Task SendToRepsAsync_WhileANoteIsBlank_IsRefused_ThenSucceedsOnceWhenAllAreWritten()
    {
        await StartedAsync();
        await _store.SaveItemAsync(_boardId, _december, _busItem, "The board agreed.", "We agreed.", "", "bus.png");
        await _store.SaveItemAsync(_boardId, _december, _dayCentreItem, "The board talked about the day centre.", "   ", "", "day-centre.png");

        var whileBlank = await _store.SendToRepsAsync(_boardId, _december, TestData.Now);
        var stateWhileBlank = (await _store.GetAsync(_boardId, _december))!.State;
        await _store.SaveItemAsync(_boardId, _december, _dayCentreItem, "The board talked about the day centre.", "We talked about the day centre.", "", "day-centre.png");
        var sent = await _store.SendToRepsAsync(_boardId, _december, TestData.Now);
        var again = await _store.SendToRepsAsync(_boardId, _december, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(whileBlank, Is.False);
            Assert.That(stateWhileBlank, Is.EqualTo(MinutesState.Drafting));
            Assert.That(sent, Is.True);
            Assert.That(again, Is.False, "already with the Reps");
            Assert.That((await _store.GetAsync(_boardId, _december))!.State, Is.EqualTo(MinutesState.WithReps));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM minutes WHERE sent_to_reps_at IS NOT NULL"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task SendToRepsAsync_WithAnotherBoardsId_IsRefused()
    {
        await FilledAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.SendToRepsAsync(_otherBoardId, _december, TestData.Now), Is.False);
            Assert.That((await _store.GetAsync(_boardId, _december))!.State, Is.EqualTo(MinutesState.Drafting));
        }
    }

    [Test]
    public async Task SendToRepsAsync_MeetingWithNoAcceptedItems_IsRefused()
    {
        var empty = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.January.AddMonths(1), MeetingState.Closed);
        Assert.That(await _store.StartAsync(_boardId, empty, TestData.Now), Is.True);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await _store.GetAsync(_boardId, empty))!.Items, Is.Empty);
            Assert.That(await _store.SendToRepsAsync(_boardId, empty, TestData.Now), Is.False);
        }
    }

    // MarkAsync

    [Test]
    public async Task MarkAsync_WhileDrafting_IsRefused()
    {
        await FilledAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.MarkAsync(_boardId, _december, _busItem, _rep, RepMark.Hard, "Too many words.", TestData.Now), Is.False);
            Assert.That(await _store.MarksAsync(_december), Is.Empty);
        }
    }

    [Test]
    public async Task MarkAsync_WithReps_KeepsOneMarkPerPersonPerItem_WithTheItemsRevision()
    {
        await WithRepsAsync();
        var at = TestData.Now.AddHours(1);

        var first = await _store.MarkAsync(_boardId, _december, _busItem, _rep, RepMark.Hard, "What is a timetable?", at);
        var changed = await _store.MarkAsync(_boardId, _december, _busItem, _rep, RepMark.Understood, "", at.AddMinutes(5));
        var other = await _store.MarkAsync(_boardId, _december, _dayCentreItem, _rep, RepMark.Understood, "Clear.", at.AddMinutes(6));
        var otherRep = await _store.MarkAsync(_boardId, _december, _busItem, _otherRep, RepMark.Hard, "Long sentence.", at.AddMinutes(7));

        var marks = await _store.MarksAsync(_december);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(new[] { first, changed, other, otherRep }, Has.All.True);
            Assert.That(marks, Is.EqualTo(new[]
            {
                new MarkRow(_busItem, _rep, "Riley Rep", RepMark.Understood, "", 1, at.AddMinutes(5)),
                new MarkRow(_dayCentreItem, _rep, "Riley Rep", RepMark.Understood, "Clear.", 1, at.AddMinutes(6)),
                new MarkRow(_busItem, _otherRep, "Robin Rep", RepMark.Hard, "Long sentence.", 1, at.AddMinutes(7)),
            }));
        }
    }

    [Test]
    public async Task MarkAsync_AfterTheItemChanges_RecordsTheNewRevision()
    {
        await WithRepsAsync();
        await _store.MarkAsync(_boardId, _december, _busItem, _rep, RepMark.Hard, "Too long.", TestData.Now);
        await _store.SaveItemAsync(_boardId, _december, _busItem, "Shorter.", "We will write to them.", "", "bus.png");
        var before = (await _store.MarksAsync(_december)).Single();

        await _store.MarkAsync(_boardId, _december, _busItem, _rep, RepMark.Understood, "Better now.", TestData.Now.AddHours(1));

        var after = (await _store.MarksAsync(_december)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.ItemRevision, Is.EqualTo(1), "marked before the change");
            Assert.That((await _store.GetAsync(_boardId, _december))!.Items.Single(i => i.AgendaItemId == _busItem).Revision, Is.EqualTo(2));
            Assert.That(after.ItemRevision, Is.EqualTo(2));
            Assert.That(after.Mark, Is.EqualTo(RepMark.Understood));
            Assert.That(after.Comment, Is.EqualTo("Better now."));
        }
    }

    [Test]
    public async Task MarkAsync_OncePublished_IsRefused()
    {
        await PublishedAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.MarkAsync(_boardId, _december, _busItem, _rep, RepMark.Hard, "Late.", TestData.Now), Is.False);
            Assert.That(await _store.MarksAsync(_december), Is.Empty);
        }
    }

    [Test]
    public async Task MarkAsync_WithAnotherBoardsIdOrAnItemNotInTheMinutes_IsRefused()
    {
        await WithRepsAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.MarkAsync(_otherBoardId, _december, _busItem, _rep, RepMark.Hard, "", TestData.Now), Is.False);
            Assert.That(await _store.MarkAsync(_boardId, _december, _declinedItem, _rep, RepMark.Hard, "", TestData.Now), Is.False);
            Assert.That(await _store.MarksAsync(_december), Is.Empty);
        }
    }

    // SignOffAsync

    [Test]
    public async Task SignOffAsync_WhileDrafting_IsRefused()
    {
        await FilledAsync();
        var version = (await _store.GetAsync(_boardId, _december))!.Version;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.SignOffAsync(_boardId, _december, _coChairA, version, TestData.Now), Is.False);
            Assert.That(await _store.SignedAsync(_december, version), Is.Empty);
        }
    }

    [Test]
    public async Task SignOffAsync_ForAVersionThatIsNotCurrent_IsRefused()
    {
        var version = await WithRepsAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.SignOffAsync(_boardId, _december, _coChairA, version - 1, TestData.Now), Is.False, "an older version");
            Assert.That(await _store.SignOffAsync(_boardId, _december, _coChairA, version + 1, TestData.Now), Is.False, "a version that does not exist yet");
            Assert.That(await CountAsync("SELECT COUNT(*) FROM minutes_signoffs"), Is.Zero);
        }
    }

    [Test]
    public async Task SignOffAsync_CurrentVersion_IsRecordedOnce()
    {
        var version = await WithRepsAsync();

        var first = await _store.SignOffAsync(_boardId, _december, _coChairA, version, TestData.Now);
        var again = await _store.SignOffAsync(_boardId, _december, _coChairA, version, TestData.Now.AddMinutes(1));
        await _store.SignOffAsync(_boardId, _december, _coChairB, version, TestData.Now.AddMinutes(2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.True);
            Assert.That(again, Is.True, "already signed is not a refusal");
            Assert.That(await _store.SignedAsync(_december, version), Is.EqualTo(new[] { _coChairA, _coChairB }));
            Assert.That(await _store.SignedAsync(_december, version - 1), Is.Empty);
        }
    }

    [Test]
    public async Task SignOffAsync_WithAnotherBoardsId_IsRefused()
    {
        var version = await WithRepsAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.SignOffAsync(_otherBoardId, _december, _coChairA, version, TestData.Now), Is.False);
            Assert.That(await _store.SignedAsync(_december, version), Is.Empty);
        }
    }

    [Test]
    public async Task SignOffAsync_OncePublished_IsRefused()
    {
        await PublishedAsync();
        var version = (await _store.GetAsync(_boardId, _december))!.Version;

        Assert.That(await _store.SignOffAsync(_boardId, _december, _rep, version, TestData.Now), Is.False);
    }

    // PublishAsync: co-chairs sign off

    [Test]
    public async Task PublishAsync_CoChairRule_NeedsEveryCoChairsSignOffOfTheCurrentVersion()
    {
        var version = await WithRepsAsync();
        await _store.SignOffAsync(_boardId, _december, _coChairA, version, TestData.Now);

        var withOne = await PublishByCoChairsAsync();
        await _store.SignOffAsync(_boardId, _december, _coChairB, version, TestData.Now);
        var withBoth = await PublishByCoChairsAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withOne, Is.False);
            Assert.That(withBoth, Is.True);
            Assert.That((await _store.GetAsync(_boardId, _december))!.State, Is.EqualTo(MinutesState.Published));
            Assert.That(await CountAsync($"SELECT COUNT(*) FROM minutes WHERE published_by = {_coordinator} AND published_at IS NOT NULL"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task PublishAsync_SignOffsForAVersionBeforeAnEdit_StopCounting()
    {
        var version = await WithRepsAsync();
        await _store.SignOffAsync(_boardId, _december, _coChairA, version, TestData.Now);
        await _store.SignOffAsync(_boardId, _december, _coChairB, version, TestData.Now);
        await _store.SaveItemAsync(_boardId, _december, _busItem, "A late change.", "We changed this.", "", "bus.png");

        var published = await PublishByCoChairsAsync();

        var draft = (await _store.GetAsync(_boardId, _december))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(published, Is.False);
            Assert.That(draft.State, Is.EqualTo(MinutesState.WithReps));
            Assert.That(draft.Version, Is.EqualTo(version + 1));
            Assert.That(await _store.SignedAsync(_december, draft.Version), Is.Empty);
            Assert.That(await CountAsync("SELECT COUNT(*) FROM audit_log WHERE kind = 'minutes-published'"), Is.Zero);
        }
    }

    [Test]
    public async Task PublishAsync_SignOffsOfTheNewVersionAfterAnEdit_Publish()
    {
        var version = await WithRepsAsync();
        await _store.SignOffAsync(_boardId, _december, _coChairA, version, TestData.Now);
        await _store.SaveItemAsync(_boardId, _december, _busItem, "A late change.", "We changed this.", "", "bus.png");
        await _store.SignOffAsync(_boardId, _december, _coChairA, version + 1, TestData.Now);
        await _store.SignOffAsync(_boardId, _december, _coChairB, version + 1, TestData.Now);

        Assert.That(await PublishByCoChairsAsync(), Is.True);
    }

    [Test]
    public async Task PublishAsync_CoChairRule_SignOffsByOthersDoNotCount()
    {
        var version = await WithRepsAsync();
        await _store.SignOffAsync(_boardId, _december, _coChairA, version, TestData.Now);
        await _store.SignOffAsync(_boardId, _december, _rep, version, TestData.Now);

        Assert.That(await PublishByCoChairsAsync(), Is.False);
    }

    [Test]
    public async Task PublishAsync_CoChairRuleWithNoCoChairs_IsRefused()
    {
        await WithRepsAsync();

        var published = await _store.PublishAsync(_boardId, _december, _coordinator, MinutesApproval.CoChairsSignOff, [], TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(published, Is.False);
            Assert.That((await _store.GetAsync(_boardId, _december))!.State, Is.EqualTo(MinutesState.WithReps));
        }
    }

    [Test]
    public async Task PublishAsync_WhileDrafting_IsRefused()
    {
        await FilledAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await PublishByCoChairsAsync(), Is.False);
            Assert.That((await _store.GetAsync(_boardId, _december))!.State, Is.EqualTo(MinutesState.Drafting));
        }
    }

    [Test]
    public async Task PublishAsync_WithAnotherBoardsId_IsRefused()
    {
        var version = await WithRepsAsync();
        await _store.SignOffAsync(_boardId, _december, _coChairA, version, TestData.Now);
        await _store.SignOffAsync(_boardId, _december, _coChairB, version, TestData.Now);

        var published = await _store.PublishAsync(_otherBoardId, _december, _coordinator, MinutesApproval.CoChairsSignOff, [_coChairA, _coChairB], TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(published, Is.False);
            Assert.That((await _store.GetAsync(_boardId, _december))!.State, Is.EqualTo(MinutesState.WithReps));
        }
    }

    [Test]
    public async Task PublishAsync_AppendsAMinutesPublishedAuditEntry()
    {
        await PublishedAsync();

        var entries = await new AuditLog(_db.Database).ForBoardAsync(_boardId, "minutes-published");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(entries, Has.Count.EqualTo(1));
            Assert.That(entries[0].Subject, Is.EqualTo($"meeting:{_december}"));
            Assert.That(entries[0].Details, Is.EqualTo($"Signed off by person {_coChairA} and person {_coChairB}."));
            Assert.That(entries[0].At, Is.EqualTo(TestData.Now));
        }
    }

    [Test]
    public async Task PublishAsync_Twice_SecondIsRefusedAndAuditsNothingMore()
    {
        await PublishedAsync();

        var again = await PublishByCoChairsAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again, Is.False);
            Assert.That(await CountAsync("SELECT COUNT(*) FROM audit_log WHERE kind = 'minutes-published'"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task PublishAsync_TwoAtTheSameMoment_OnlyOneWins()
    {
        var version = await WithRepsAsync();
        await _store.SignOffAsync(_boardId, _december, _coChairA, version, TestData.Now);
        await _store.SignOffAsync(_boardId, _december, _coChairB, version, TestData.Now);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => PublishByCoChairsAsync())));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Count(r => r), Is.EqualTo(1));
            Assert.That((await _store.GetAsync(_boardId, _december))!.State, Is.EqualTo(MinutesState.Published));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM audit_log WHERE kind = 'minutes-published'"), Is.EqualTo(1));
        }
    }

    // PublishAsync: a vote at the next meeting

    [Test]
    public async Task PublishAsync_VoteRule_WithAPassedVoteForTheCurrentVersion_Publishes()
    {
        var version = await WithRepsAsync();
        await ApprovalPollAsync(version, forVotes: 9, againstVotes: 3);

        var published = await PublishByVoteAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(published, Is.True);
            Assert.That((await _store.GetAsync(_boardId, _december))!.State, Is.EqualTo(MinutesState.Published));
            Assert.That((await new AuditLog(_db.Database).ForBoardAsync(_boardId, "minutes-published")).Single().Details,
                Is.EqualTo("Approved by a vote of the board."));
        }
    }

    [Test]
    public async Task PublishAsync_VoteRule_WithBallotsCastThatPass_Publishes()
    {
        var version = await WithRepsAsync();
        var poll = await ApprovalPollAsync(version, close: false);
        var ballots = new BallotStore(_db.Database);
        var forOption = poll.Options.Single(o => o.Meaning == OptionMeaning.For).Id;
        await ballots.CastAsync(poll, new BallotPaper(_rep, forOption, CastBy.Member, null, "key-1"), TestData.Eligible, TestData.Now);
        await ballots.CastAsync(poll, new BallotPaper(_otherRep, forOption, CastBy.Member, null, "key-2"), TestData.Eligible, TestData.Now);
        await CloseAsync(poll);

        Assert.That(await PublishByVoteAsync(), Is.True);
    }

    [Test]
    public async Task PublishAsync_VoteRule_WithAFailedVote_IsRefused()
    {
        var version = await WithRepsAsync();
        await ApprovalPollAsync(version, forVotes: 2, againstVotes: 5);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await PublishByVoteAsync(), Is.False);
            Assert.That((await _store.GetAsync(_boardId, _december))!.State, Is.EqualTo(MinutesState.WithReps));
        }
    }

    [Test]
    public async Task PublishAsync_VoteRule_WithAPassedVoteForAnOlderVersion_IsRefused()
    {
        var version = await WithRepsAsync();
        await ApprovalPollAsync(version, forVotes: 9, againstVotes: 3);
        await _store.SaveItemAsync(_boardId, _december, _busItem, "Changed after the vote.", "We changed it.", "", "bus.png");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await PublishByVoteAsync(), Is.False);
            Assert.That((await _store.GetAsync(_boardId, _december))!.State, Is.EqualTo(MinutesState.WithReps));
        }
    }

    [Test]
    public async Task PublishAsync_VoteRule_WhileTheVoteIsStillOpen_IsRefused()
    {
        var version = await WithRepsAsync();
        await ApprovalPollAsync(version, close: false);

        Assert.That(await PublishByVoteAsync(), Is.False);
    }

    [Test]
    public async Task PublishAsync_VoteRule_IgnoresCoChairSignOffs()
    {
        var version = await WithRepsAsync();
        await _store.SignOffAsync(_boardId, _december, _coChairA, version, TestData.Now);
        await _store.SignOffAsync(_boardId, _december, _coChairB, version, TestData.Now);

        Assert.That(await PublishByVoteAsync(), Is.False);
    }

    [Test]
    public async Task PublishAsync_VoteRule_APassedVoteForAnotherMeetingsMinutes_DoesNotCount()
    {
        var version = await WithRepsAsync();
        var otherMeeting = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.January.AddMonths(1), MeetingState.Closed);
        await ApprovalPollAsync(version, forVotes: 9, againstVotes: 3, approvesMinutesOf: otherMeeting);

        Assert.That(await PublishByVoteAsync(), Is.False);
    }

    // ApprovalVoteAsync

    [Test]
    public async Task ApprovalVoteAsync_NoVote_IsNull()
    {
        await WithRepsAsync();

        Assert.That(await _store.ApprovalVoteAsync(_december), Is.Null);
    }

    [Test]
    public async Task ApprovalVoteAsync_OpenVote_IsUndecided()
    {
        var version = await WithRepsAsync();
        var poll = await ApprovalPollAsync(version, close: false);

        Assert.That(await _store.ApprovalVoteAsync(_december), Is.EqualTo(new ApprovalVote(poll.Id, _january, null, version)));
    }

    [Test]
    public async Task ApprovalVoteAsync_DraftVote_IsUndecided()
    {
        var version = await WithRepsAsync();
        var pollId = await CreateApprovalPollAsync(version, _december);

        Assert.That(await _store.ApprovalVoteAsync(_december), Is.EqualTo(new ApprovalVote(pollId, _january, null, version)));
    }

    [TestCase(9, 3, true)]
    [TestCase(2, 5, false)]
    [TestCase(3, 3, false)]
    public async Task ApprovalVoteAsync_ClosedVote_SaysWhetherItPassed(int forVotes, int againstVotes, bool expectedPassed)
    {
        var version = await WithRepsAsync();
        var poll = await ApprovalPollAsync(version, forVotes, againstVotes);

        Assert.That(await _store.ApprovalVoteAsync(_december), Is.EqualTo(new ApprovalVote(poll.Id, _january, expectedPassed, version)));
    }

    [Test]
    public async Task ApprovalVoteAsync_SeveralVotes_IsTheNewest()
    {
        var version = await WithRepsAsync();
        await ApprovalPollAsync(version, forVotes: 2, againstVotes: 5);
        await _store.SaveItemAsync(_boardId, _december, _busItem, "Changed after the vote failed.", "We changed it.", "", "bus.png");
        var second = await ApprovalPollAsync(version + 1, close: false);

        Assert.That(await _store.ApprovalVoteAsync(_december), Is.EqualTo(new ApprovalVote(second.Id, _january, null, version + 1)));
    }

    [Test]
    public async Task ApprovalVoteAsync_OrdinaryPollsOfTheMeeting_AreNotApprovalVotes()
    {
        await WithRepsAsync();
        var id = await _polls.CreateAsync(_boardId, _coordinator, new NewPoll(_january, null, "Later buses?", "bus", BallotSecrecy.Open,
            MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions), TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(id, Is.GreaterThan(0));
            Assert.That(await _store.ApprovalVoteAsync(_december), Is.Null);
            Assert.That(await _store.ApprovalVoteAsync(_january), Is.Null);
        }
    }

    // PublishedMeetingsAsync

    [Test]
    public async Task PublishedMeetingsAsync_ListsOnlyPublishedMinutes_NewestMeetingFirst()
    {
        await PublishedAsync();
        var november = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December.AddMonths(-1), MeetingState.CallingForItems, "November");
        var february = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.January.AddMonths(1), MeetingState.CallingForItems, "February");
        var drafting = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.January.AddMonths(2), MeetingState.CallingForItems, "March");
        await PublishMeetingAsync(february);
        await PublishMeetingAsync(november);
        await MeetingData.MoveToAsync(_db.Database, _boardId, drafting, MeetingState.Closed);
        await _store.StartAsync(_boardId, drafting, TestData.Now);

        var published = await _store.PublishedMeetingsAsync(_boardId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(published, Is.EqualTo(new[] { february, _december, november }));
            Assert.That(await _store.PublishedMeetingsAsync(_otherBoardId), Is.Empty);
        }
    }

    // How the board approves minutes, and the audit log's newest entry

    [Test]
    public async Task MinutesApprovalAsync_DefaultsToCoChairsSignOff()
    {
        var constitutions = new ConstitutionStore(_db.Database);
        var withoutRules = await TestData.BoardAsync(_db.Database, "No rules yet");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await constitutions.MinutesApprovalAsync(_boardId), Is.EqualTo(MinutesApproval.CoChairsSignOff));
            Assert.That(await constitutions.MinutesApprovalAsync(withoutRules), Is.EqualTo(MinutesApproval.CoChairsSignOff));
        }
    }

    [Test]
    public async Task SetMinutesApprovalAsync_RoundTrips_ForThatBoardOnly()
    {
        var constitutions = new ConstitutionStore(_db.Database);

        await constitutions.SetMinutesApprovalAsync(_boardId, MinutesApproval.VoteAtNextMeeting);
        var changed = await constitutions.MinutesApprovalAsync(_boardId);
        var other = await constitutions.MinutesApprovalAsync(_otherBoardId);
        await constitutions.SetMinutesApprovalAsync(_boardId, MinutesApproval.CoChairsSignOff);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed, Is.EqualTo(MinutesApproval.VoteAtNextMeeting));
            Assert.That(other, Is.EqualTo(MinutesApproval.CoChairsSignOff));
            Assert.That(await constitutions.MinutesApprovalAsync(_boardId), Is.EqualTo(MinutesApproval.CoChairsSignOff));
        }
    }

    [Test]
    public async Task SetMinutesApprovalAsync_KeepsTheRestOfTheConstitution()
    {
        var constitutions = new ConstitutionStore(_db.Database);
        var before = (await constitutions.LoadAsync(_boardId))!;

        await constitutions.SetMinutesApprovalAsync(_boardId, MinutesApproval.VoteAtNextMeeting);
        await constitutions.SaveAsync(_boardId, before);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await constitutions.LoadAsync(_boardId))!.Quorum, Is.EqualTo(before.Quorum));
            Assert.That(await constitutions.MinutesApprovalAsync(_boardId), Is.EqualTo(MinutesApproval.VoteAtNextMeeting), "saving the rules keeps the minutes rule");
        }
    }

    [Test]
    public async Task AuditLogLatestAsync_IsTheNewestEntry()
    {
        var log = new AuditLog(_db.Database);
        await log.AppendAsync(_boardId, TestData.Now, "test", "first", "");
        await PublishedAsync();

        var latest = await log.LatestAsync();

        var all = await log.AllAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(all[^1].Kind, Is.EqualTo("minutes-published"));
            Assert.That(latest, Is.EqualTo((all[^1].Sequence, all[^1].Hash)));
            Assert.That(all.Max(e => e.Sequence), Is.EqualTo(latest!.Value.Sequence));
        }
    }

    [Test]
    public async Task AuditLogLatestAsync_EmptyLog_IsNull()
    {
        using var empty = TestDatabase.Create();

        Assert.That(await new AuditLog(empty.Database).LatestAsync(), Is.Null);
    }

    // Helpers

    private async Task<long> RaiseAsync(string title, string picture)
    {
        var id = await _items.RaiseAsync(_boardId, _coordinator,
            new NewAgendaItem(_december, null, title, $"{title}.", $"More about {title}.", BoardAsk.Decide, picture), TestData.Now);
        Assert.That(id, Is.GreaterThan(0));
        return id;
    }

    private async Task<AgendaItem> ItemAsync(long id) => (await _items.GetAsync(_boardId, id))!;

    private Task CloseDecemberAsync() => MeetingData.MoveToAsync(_db.Database, _boardId, _december, MeetingState.Closed);

    private async Task StartedAsync()
    {
        await CloseDecemberAsync();
        Assert.That(await _store.StartAsync(_boardId, _december, TestData.Now), Is.True);
    }

    /// <summary>Started, with both notes written for each item: version 3.</summary>
    private async Task FilledAsync()
    {
        await StartedAsync();
        Assert.That(await _store.SaveItemAsync(_boardId, _december, _busItem, BusOutcome, BusOutcomeEasyRead, "Sam writes to the bus company", "bus.png"), Is.True);
        Assert.That(await _store.SaveItemAsync(_boardId, _december, _dayCentreItem, "The board discussed the day centre.", "We talked about the day centre.", "", "day-centre.png"), Is.True);
    }

    /// <summary>Filled and sent to the Reps; returns the current version.</summary>
    private async Task<int> WithRepsAsync()
    {
        await FilledAsync();
        Assert.That(await _store.SendToRepsAsync(_boardId, _december, TestData.Now), Is.True);
        return (await _store.GetAsync(_boardId, _december))!.Version;
    }

    /// <summary>With the Reps, signed off by both co-chairs and published.</summary>
    private async Task PublishedAsync()
    {
        var version = await WithRepsAsync();
        Assert.That(await _store.SignOffAsync(_boardId, _december, _coChairA, version, TestData.Now), Is.True);
        Assert.That(await _store.SignOffAsync(_boardId, _december, _coChairB, version, TestData.Now), Is.True);
        Assert.That(await PublishByCoChairsAsync(), Is.True);
    }

    /// <summary>Another meeting of the board with one accepted item, held, minuted, signed off and published.</summary>
    private async Task PublishMeetingAsync(long meetingId)
    {
        var itemId = await _items.RaiseAsync(_boardId, _coordinator,
            new NewAgendaItem(meetingId, null, "An item", "An item.", "More.", BoardAsk.Discuss, "idea.png"), TestData.Now);
        await _items.AcceptAsync(await ItemAsync(itemId), new Acceptance(1, 10, "Cora"), _coordinator, TestData.Now);
        await MeetingData.MoveToAsync(_db.Database, _boardId, meetingId, MeetingState.Closed);
        Assert.That(await _store.StartAsync(_boardId, meetingId, TestData.Now), Is.True);
        await _store.SaveItemAsync(_boardId, meetingId, itemId, "The board talked.", "We talked.", "", "idea.png");
        Assert.That(await _store.SendToRepsAsync(_boardId, meetingId, TestData.Now), Is.True);
        var version = (await _store.GetAsync(_boardId, meetingId))!.Version;
        await _store.SignOffAsync(_boardId, meetingId, _coChairA, version, TestData.Now);
        await _store.SignOffAsync(_boardId, meetingId, _coChairB, version, TestData.Now);
        Assert.That(await _store.PublishAsync(_boardId, meetingId, _coordinator, MinutesApproval.CoChairsSignOff, [_coChairA, _coChairB], TestData.Now), Is.True);
    }

    private Task<bool> PublishByCoChairsAsync() =>
        _store.PublishAsync(_boardId, _december, _coordinator, MinutesApproval.CoChairsSignOff, [_coChairA, _coChairB], TestData.Now);

    private Task<bool> PublishByVoteAsync() =>
        _store.PublishAsync(_boardId, _december, _coordinator, MinutesApproval.VoteAtNextMeeting, [_coChairA, _coChairB], TestData.Now);

    private Task<long> CreateApprovalPollAsync(int version, long approvesMinutesOf) =>
        _polls.CreateAsync(_boardId, _coordinator, new NewPoll(_january, null, "Do we agree the minutes of the December meeting?", "minutes",
            BallotSecrecy.Open, MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions,
            ApprovesMinutesOf: approvesMinutesOf, ApprovesMinutesVersion: version), TestData.Now);

    /// <summary>A vote at the January meeting to approve the December minutes as at <paramref name="version"/>, counted in the room.</summary>
    private async Task<Poll> ApprovalPollAsync(int version, int forVotes = 0, int againstVotes = 0, bool close = true, long? approvesMinutesOf = null)
    {
        var id = await CreateApprovalPollAsync(version, approvesMinutesOf ?? _december);
        Assert.That(await _polls.OpenAsync(_boardId, id, TestData.Now), Is.True);
        var poll = (await _polls.GetAsync(_boardId, id))!;
        if (!close)
            return poll;
        await _polls.RecordRoomCountsAsync(_boardId, id, new Dictionary<long, int>
        {
            [poll.Options.Single(o => o.Meaning == OptionMeaning.For).Id] = forVotes,
            [poll.Options.Single(o => o.Meaning == OptionMeaning.Against).Id] = againstVotes,
        }, TestData.Eligible, _coordinator, TestData.Now);
        await CloseAsync(poll);
        return poll;
    }

    private async Task CloseAsync(Poll poll)
    {
        var result = await _polls.CloseAsync(_boardId, poll, TestData.Eligible, counts =>
            PollResults.Decide(poll, counts, new QuorumResult(true, 12, 5, 4, 1, ""), TieRule.MotionFalls, null), TestData.Now);
        Assert.That(result, Is.Not.Null);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await _db.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}

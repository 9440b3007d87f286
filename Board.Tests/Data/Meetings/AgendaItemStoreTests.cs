using Board.Data.Database;
using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Data.Meetings;

namespace Board.Tests.Data.Meetings;

public sealed class AgendaItemStoreTests
{
    private const string Reason = "The council decided this in October; we will share the report.";

    private TestDatabase _db = null!;
    private AgendaItemStore _store = null!;
    private MeetingStore _meetings = null!;
    private long _boardId;
    private long _otherBoardId;
    private long _coordinatorId;
    private long _supporterId;
    private long _repId;
    private long _groupId;
    private long _otherGroupId;
    private Meeting _december = null!;
    private Meeting _january = null!;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new AgendaItemStore(_db.Database);
        _meetings = new MeetingStore(_db.Database);
        _boardId = await TestData.BoardAsync(_db.Database, "Riverside");
        _otherBoardId = await TestData.BoardAsync(_db.Database, "Hillside");
        _coordinatorId = await TestData.PersonAsync(_db.Database, _boardId, "Cora Coordinator", Role.Coordinator);
        _supporterId = await TestData.PersonAsync(_db.Database, _boardId, "Sue Supporter", Role.Supporter);
        _repId = await TestData.PersonAsync(_db.Database, _boardId, "Riley Rep");
        _groupId = await TestData.GroupAsync(_db.Database, _boardId, "Speak Up North");
        _otherGroupId = await TestData.GroupAsync(_db.Database, _boardId, "Voices South");
        var decemberId = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December);
        var januaryId = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.January, MeetingState.Scheduled);
        _december = (await _meetings.GetAsync(_boardId, decemberId))!;
        _january = (await _meetings.GetAsync(_boardId, januaryId))!;
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    private NewAgendaItem NewItem(string title = "Buses stop too early", long? groupId = -1, long? meetingId = null) =>
        new(meetingId ?? _december.Id, groupId == -1 ? _groupId : groupId, title, "The last bus home is at 6pm.",
            "Members miss evening events because buses stop early.", BoardAsk.Decide, "bus.png");

    private async Task<AgendaItem> RaiseAsync(string title = "Buses stop too early", DateTimeOffset? at = null, long? groupId = -1)
    {
        var id = await _store.RaiseAsync(_boardId, _supporterId, NewItem(title, groupId), at ?? TestData.Now);
        return (await _store.GetAsync(_boardId, id))!;
    }

    private async Task<AgendaItem> ReloadAsync(AgendaItem item) => (await _store.GetAsync(_boardId, item.Id))!;

    private async Task ApproveBothAsync(long meetingId)
    {
        await _meetings.ApproveAgendaAsync(meetingId, _coordinatorId, await _meetings.AgendaVersionAsync(meetingId), TestData.Now);
        await _meetings.ApproveAgendaAsync(meetingId, _repId, await _meetings.AgendaVersionAsync(meetingId), TestData.Now);
    }

    /// <summary>An item accepted onto the December agenda, with the meeting held and closed.</summary>
    private async Task<AgendaItem> AcceptedAndClosedAsync()
    {
        var item = await RaiseAsync();
        await _store.AcceptAsync(item, new Acceptance(1, 20, "Speak Up North"), _coordinatorId, TestData.Now);
        await MeetingData.MoveToAsync(_db.Database, _boardId, _december.Id, MeetingState.Closed);
        return await ReloadAsync(item);
    }

    [Test]
    public async Task RaiseAsync_ThenGetAsync_IsProposedWithWhatTheGroupWrote()
    {
        var id = await _store.RaiseAsync(_boardId, _supporterId, NewItem(), TestData.Now);

        Assert.That(await _store.GetAsync(_boardId, id), Is.EqualTo(new AgendaItem(
            id, _boardId, _december.Id, _groupId, _supporterId, TestData.Now.UtcDateTime, "Buses stop too early",
            "The last bus home is at 6pm.", "Members miss evening events because buses stop early.", BoardAsk.Decide, "bus.png",
            AgendaItemState.Proposed, null, null, null, null, null, null, null, GroupResponse.None, null)));
    }

    [Test]
    public async Task RaiseAsync_ByCoordinatorWithoutGroup_HasNoGroup()
    {
        var id = await _store.RaiseAsync(_boardId, _coordinatorId, NewItem(groupId: null), TestData.Now);

        Assert.That((await _store.GetAsync(_boardId, id))!.GroupId, Is.Null);
    }

    [Test]
    public async Task RaiseAsync_WritesAnEventNamingWhoRaisedIt()
    {
        var item = await RaiseAsync();

        var history = await _store.HistoryAsync(item.Id);

        Assert.That(history, Is.EqualTo(new[] { new AgendaItemEvent { At = TestData.Now, PersonName = "Sue Supporter", What = "Raised the item" } }));
    }

    // The co-chairs approve what is published, so a new item asks them to look again.
    [Test]
    public async Task RaiseAsync_ClearsTheMeetingsApprovals()
    {
        await ApproveBothAsync(_december.Id);
        await ApproveBothAsync(_january.Id);

        await RaiseAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _meetings.ApproversAsync(_december.Id), Is.Empty);
            Assert.That(await _meetings.ApproversAsync(_january.Id), Has.Count.EqualTo(2), "another meeting's approvals stay");
        }
    }

    [Test]
    public async Task GetAsync_WithAnotherBoardId_ReturnsNull()
    {
        var item = await RaiseAsync();

        Assert.That(await _store.GetAsync(_otherBoardId, item.Id), Is.Null);
    }

    [Test]
    public async Task AcceptAsync_FromProposed_PutsItOnTheAgendaWithAnEvent()
    {
        var item = await RaiseAsync();
        await ApproveBothAsync(_december.Id);

        var accepted = await _store.AcceptAsync(item, new Acceptance(3, 25, "  Speak Up North  "), _coordinatorId, TestData.Now.AddHours(1));

        var saved = await ReloadAsync(item);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(accepted, Is.True);
            Assert.That(saved, Is.EqualTo(item with { State = AgendaItemState.Accepted, Position = 3, Minutes = 25, Presenter = "Speak Up North" }));
            Assert.That((await _store.HistoryAsync(item.Id)).Select(e => (e.PersonName, e.What)), Is.EqualTo(new[]
            {
                ("Sue Supporter", "Raised the item"),
                ("Cora Coordinator", "Accepted it onto the agenda, item 3"),
            }));
            Assert.That(await _meetings.ApproversAsync(_december.Id), Is.Empty);
        }
    }

    // The page decided from what it saw; if someone else decided first, this decision must not land.
    [Test]
    public async Task DeclineAsync_StaleItemAlreadyAccepted_ReturnsFalseAndChangesNothing()
    {
        var seen = await RaiseAsync();
        await _store.AcceptAsync(seen, new Acceptance(1, 20, "Sam"), _coordinatorId, TestData.Now);
        var afterAccept = await ReloadAsync(seen);
        await ApproveBothAsync(_december.Id);

        var declined = await _store.DeclineAsync(seen, Reason, _coordinatorId, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(declined, Is.False);
            Assert.That(await ReloadAsync(seen), Is.EqualTo(afterAccept));
            Assert.That(await _store.HistoryAsync(seen.Id), Has.Count.EqualTo(2));
            Assert.That(await _meetings.ApproversAsync(_december.Id), Has.Count.EqualTo(2), "a refused change clears nothing");
        }
    }

    [Test]
    public async Task AcceptAsync_StaleItemAlreadyDeferred_ReturnsFalseAndChangesNothing()
    {
        var seen = await RaiseAsync();
        await _store.DeferAsync(seen, _january, _coordinatorId, TestData.Now);
        var afterDefer = await ReloadAsync(seen);

        var accepted = await _store.AcceptAsync(seen, new Acceptance(1, 20, "Sam"), _coordinatorId, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(accepted, Is.False);
            Assert.That(await ReloadAsync(seen), Is.EqualTo(afterDefer));
        }
    }

    [Test]
    public async Task DeferAsync_StaleItemAlreadyDeclined_ReturnsFalse()
    {
        var seen = await RaiseAsync();
        await _store.DeclineAsync(seen, Reason, _coordinatorId, TestData.Now);

        var deferred = await _store.DeferAsync(seen, _january, _coordinatorId, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(deferred, Is.False);
            Assert.That((await ReloadAsync(seen)).MeetingId, Is.EqualTo(_december.Id));
        }
    }

    [Test]
    public async Task Decisions_TwoAtOnceFromTheSameView_OnlyOneLands()
    {
        var seen = await RaiseAsync();

        var results = await Task.WhenAll(
            Task.Run(() => _store.AcceptAsync(seen, new Acceptance(1, 20, "Sam"), _coordinatorId, TestData.Now)),
            Task.Run(() => _store.DeclineAsync(seen, Reason, _coordinatorId, TestData.Now)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Count(r => r), Is.EqualTo(1));
            Assert.That(await _store.HistoryAsync(seen.Id), Has.Count.EqualTo(2));
        }
    }

    [Test]
    public async Task DeferAsync_MovesItToTheLaterMeetingAndRemembersWhereFrom()
    {
        var item = await RaiseAsync();
        await _store.AcceptAsync(item, new Acceptance(2, 15, "Sam"), _coordinatorId, TestData.Now);
        var accepted = await ReloadAsync(item);
        await ApproveBothAsync(_december.Id);
        await ApproveBothAsync(_january.Id);

        var deferred = await _store.DeferAsync(accepted, _january, _coordinatorId, TestData.Now);

        var saved = await ReloadAsync(item);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(deferred, Is.True);
            Assert.That(saved, Is.EqualTo(item with
            {
                State = AgendaItemState.Deferred,
                MeetingId = _january.Id,
                DeferredFromMeetingId = _december.Id,
            }));
            Assert.That((await _store.HistoryAsync(item.Id)).Last().What, Is.EqualTo("Moved it to the meeting on 2027-01-12"));
            Assert.That(await _meetings.ApproversAsync(_december.Id), Is.Empty);
            Assert.That(await _meetings.ApproversAsync(_january.Id), Is.Empty);
            Assert.That((await _store.ForMeetingAsync(_december.Id)).Select(i => i.Id), Does.Not.Contain(item.Id));
            Assert.That((await _store.ForMeetingAsync(_january.Id)).Select(i => i.Id), Does.Contain(item.Id));
        }
    }

    // A deferred item is decided again at its new meeting.
    [Test]
    public async Task AcceptAsync_DeferredItemOnItsNewMeeting_IsAccepted()
    {
        var item = await RaiseAsync();
        await _store.DeferAsync(item, _january, _coordinatorId, TestData.Now);
        var deferred = await ReloadAsync(item);

        var accepted = await _store.AcceptAsync(deferred, new Acceptance(1, 10, "Sam"), _coordinatorId, TestData.Now);

        var saved = await ReloadAsync(item);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(accepted, Is.True);
            Assert.That(saved.State, Is.EqualTo(AgendaItemState.Accepted));
            Assert.That(saved.MeetingId, Is.EqualTo(_january.Id));
            Assert.That(saved.DeferredFromMeetingId, Is.EqualTo(_december.Id));
        }
    }

    [Test]
    public async Task AcceptAsync_ItemSeenOnTheOldMeeting_ReturnsFalse()
    {
        var item = await RaiseAsync();
        await _store.DeferAsync(item, _january, _coordinatorId, TestData.Now);
        var staleButSameState = (await ReloadAsync(item)) with { MeetingId = _december.Id };

        var accepted = await _store.AcceptAsync(staleButSameState, new Acceptance(1, 10, "Sam"), _coordinatorId, TestData.Now);

        Assert.That(accepted, Is.False);
    }

    [Test]
    public async Task DeclineAsync_StoresTheTrimmedReason()
    {
        var item = await RaiseAsync();

        var declined = await _store.DeclineAsync(item, "  " + Reason + "  ", _coordinatorId, TestData.Now);

        var saved = await ReloadAsync(item);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(declined, Is.True);
            Assert.That(saved.State, Is.EqualTo(AgendaItemState.NotAccepted));
            Assert.That(saved.DeclineReason, Is.EqualTo(Reason));
            Assert.That((await _store.HistoryAsync(item.Id)).Last().What, Is.EqualTo("Did not accept it, and gave the reason"));
        }
    }

    [Test]
    public async Task DeclineAsync_AcceptedItem_ClearsItsPlaceOnTheAgenda()
    {
        var item = await RaiseAsync();
        await _store.AcceptAsync(item, new Acceptance(1, 20, "Sam"), _coordinatorId, TestData.Now);

        await _store.DeclineAsync(await ReloadAsync(item), Reason, _coordinatorId, TestData.Now);

        var saved = await ReloadAsync(item);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Position, Is.Null);
            Assert.That(saved.Minutes, Is.Null);
            Assert.That(saved.Presenter, Is.Null);
        }
    }

    // The CHECK on agenda_items backs up AgendaRules.ValidateDecline: a group is always told why.
    [TestCase("")]
    [TestCase("   ")]
    public async Task DeclineAsync_BlankReason_IsRefusedByTheDatabaseAndChangesNothing(string reason)
    {
        var item = await RaiseAsync();

        var thrown = Assert.CatchAsync<System.Data.Common.DbException>(() => _store.DeclineAsync(item, reason, _coordinatorId, TestData.Now));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(DatabaseErrors.IsCheckViolation(thrown!), Is.True, thrown!.Message);
            Assert.That(await ReloadAsync(item), Is.EqualTo(item));
            Assert.That(await _store.HistoryAsync(item.Id), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task WriteOutcomeAsync_AcceptedItem_StoresTrimmedTextAndKeepsApprovals()
    {
        var item = await AcceptedAndClosedAsync();
        await ApproveBothAsync(_december.Id);

        var written = await _store.WriteOutcomeAsync(item, " Wrote to the bus company. ", " We wrote to the buses. ", _coordinatorId, TestData.Now);

        var saved = await ReloadAsync(item);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(written, Is.True);
            Assert.That(saved.Outcome, Is.EqualTo("Wrote to the bus company."));
            Assert.That(saved.OutcomeEasyRead, Is.EqualTo("We wrote to the buses."));
            Assert.That((await _store.HistoryAsync(item.Id)).Last().What, Is.EqualTo("Wrote what the board did"));
            Assert.That(await _meetings.ApproversAsync(_december.Id), Has.Count.EqualTo(2));
        }
    }

    [Test]
    public async Task RespondAsync_ToAnOutcomeRewrittenSince_IsRefused()
    {
        var item = await AcceptedAndClosedAsync();
        await _store.WriteOutcomeAsync(item, "Wrote to the bus company.", "We wrote to the buses.", _coordinatorId, TestData.Now);
        var read = await ReloadAsync(item);
        await _store.WriteOutcomeAsync(read, "The bus company added a 9pm bus.", "There is a new bus at 9pm.", _coordinatorId, TestData.Now);

        var responded = await _store.RespondAsync(read, GroupResponse.WeAgree, null, _supporterId, TestData.Now, seenOutcome: "We wrote to the buses.");

        Assert.That(responded, Is.False);
        Assert.That((await ReloadAsync(item)).Response, Is.EqualTo(GroupResponse.None));
    }

    // A new outcome asks the group again: an answer to the old outcome is not kept.
    [Test]
    public async Task WriteOutcomeAsync_Again_ResetsTheGroupsResponse()
    {
        var item = await AcceptedAndClosedAsync();
        await _store.WriteOutcomeAsync(item, "Wrote to the bus company.", "We wrote to the buses.", _coordinatorId, TestData.Now);
        await _store.RespondAsync(await ReloadAsync(item), GroupResponse.NotDoneYet, "No answer yet.", _supporterId, TestData.Now);

        await _store.WriteOutcomeAsync(item, "The bus company added a 9pm bus.", "There is a new bus at 9pm.", _coordinatorId, TestData.Now);

        var saved = await ReloadAsync(item);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Outcome, Is.EqualTo("The bus company added a 9pm bus."));
            Assert.That(saved.Response, Is.EqualTo(GroupResponse.None));
            Assert.That(saved.ResponseComment, Is.Null);
        }
    }

    [Test]
    public async Task RespondAsync_WithoutAnOutcome_ReturnsFalseAndChangesNothing()
    {
        var item = await AcceptedAndClosedAsync();

        var responded = await _store.RespondAsync(item, GroupResponse.WeAgree, null, _supporterId, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(responded, Is.False);
            Assert.That(await ReloadAsync(item), Is.EqualTo(item));
            Assert.That(await _store.HistoryAsync(item.Id), Has.Count.EqualTo(2));
        }
    }

    [TestCase(GroupResponse.WeAgree, null, null, "The group said: we agree")]
    [TestCase(GroupResponse.WeAgree, "   ", null, "The group said: we agree")]
    [TestCase(GroupResponse.NotDoneYet, "  The buses still stop at 6pm.  ", "The buses still stop at 6pm.", "The group said: not done yet")]
    public async Task RespondAsync_ToAnOutcome_StoresTheAnswer(GroupResponse response, string? comment, string? expectedComment, string expectedEvent)
    {
        var item = await AcceptedAndClosedAsync();
        await _store.WriteOutcomeAsync(item, "Wrote to the bus company.", "We wrote to the buses.", _coordinatorId, TestData.Now);

        var responded = await _store.RespondAsync(await ReloadAsync(item), response, comment, _supporterId, TestData.Now);

        var saved = await ReloadAsync(item);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(responded, Is.True);
            Assert.That(saved.Response, Is.EqualTo(response));
            Assert.That(saved.ResponseComment, Is.EqualTo(expectedComment));
            Assert.That((await _store.HistoryAsync(item.Id)).Last(), Is.EqualTo(
                new AgendaItemEvent { At = TestData.Now, PersonName = "Sue Supporter", What = expectedEvent }));
        }
    }

    [Test]
    public async Task ForGroupAsync_OnlyThatGroupsItems_NewestFirst()
    {
        var first = await RaiseAsync("First", TestData.Now);
        var third = await RaiseAsync("Third", TestData.Now.AddDays(2));
        var second = await RaiseAsync("Second", TestData.Now.AddDays(1));
        await RaiseAsync("Other group's", TestData.Now.AddDays(3), _otherGroupId);
        await RaiseAsync("Coordinator's", TestData.Now.AddDays(4), groupId: null);

        var items = await _store.ForGroupAsync(_groupId);

        Assert.That(items.Select(i => i.Id), Is.EqualTo(new[] { third.Id, second.Id, first.Id }));
    }

    // The agenda in order, then what is still waiting in the order it arrived.
    [Test]
    public async Task ForMeetingAsync_AcceptedByPositionThenTheRestByWhenRaised()
    {
        var declined = await RaiseAsync("Declined, raised first", TestData.Now);
        var secondOnAgenda = await RaiseAsync("Second on the agenda", TestData.Now.AddHours(1));
        var waiting = await RaiseAsync("Still waiting", TestData.Now.AddHours(2));
        var firstOnAgenda = await RaiseAsync("First on the agenda", TestData.Now.AddHours(3));
        var waitingLater = await RaiseAsync("Raised last", TestData.Now.AddHours(4));
        await _store.DeclineAsync(declined, Reason, _coordinatorId, TestData.Now);
        await _store.AcceptAsync(secondOnAgenda, new Acceptance(2, 10, "Sam"), _coordinatorId, TestData.Now);
        await _store.AcceptAsync(firstOnAgenda, new Acceptance(1, 10, "Sam"), _coordinatorId, TestData.Now);

        var items = await _store.ForMeetingAsync(_december.Id);

        Assert.That(items.Select(i => i.Title), Is.EqualTo(new[]
        {
            firstOnAgenda.Title, secondOnAgenda.Title, declined.Title, waiting.Title, waitingLater.Title,
        }));
    }

    [Test]
    public async Task ForBoardAsync_OnlyThisBoardsItems_NewestFirst()
    {
        var older = await RaiseAsync("Older", TestData.Now);
        var newer = await RaiseAsync("Newer", TestData.Now.AddDays(1));
        var hillsideMeeting = await MeetingData.MeetingAsync(_db.Database, _otherBoardId, MeetingData.December);
        var hillsidePerson = await TestData.PersonAsync(_db.Database, _otherBoardId, "Hilda Supporter", Role.Supporter);
        await _store.RaiseAsync(_otherBoardId, hillsidePerson, NewItem("Hillside's", groupId: null, meetingId: hillsideMeeting), TestData.Now);

        var items = await _store.ForBoardAsync(_boardId);

        Assert.That(items.Select(i => i.Id), Is.EqualTo(new[] { newer.Id, older.Id }));
    }

    [Test]
    public async Task HistoryAsync_TellsTheItemsStoryInOrder()
    {
        var item = await RaiseAsync();
        await _store.DeferAsync(item, _january, _coordinatorId, TestData.Now.AddDays(1));
        var deferred = await ReloadAsync(item);
        await _store.AcceptAsync(deferred, new Acceptance(4, 30, "Sam"), _coordinatorId, TestData.Now.AddDays(2));

        var history = await _store.HistoryAsync(item.Id);

        Assert.That(history, Is.EqualTo(new[]
        {
            new AgendaItemEvent { At = TestData.Now, PersonName = "Sue Supporter", What = "Raised the item" },
            new AgendaItemEvent { At = TestData.Now.AddDays(1), PersonName = "Cora Coordinator", What = "Moved it to the meeting on 2027-01-12" },
            new AgendaItemEvent { At = TestData.Now.AddDays(2), PersonName = "Cora Coordinator", What = "Accepted it onto the agenda, item 4" },
        }));
    }

    [Test]
    public async Task HistoryAsync_UnknownItem_IsEmpty()
    {
        Assert.That(await _store.HistoryAsync(9999), Is.Empty);
    }

    [Test]
    public async Task Schema_NotAcceptedWithNullReason_IsRefusedByTheDatabase()
    {
        var itemId = await _store.RaiseAsync(_boardId, _supporterId,
            new NewAgendaItem(_december.Id, null, "Buses", "Summary.", "Details.", BoardAsk.Decide, "transport"), TestData.Now);
        await using var connection = await _db.Database.OpenAsync();

        Assert.CatchAsync<System.Data.Common.DbException>(() => Dapper.SqlMapper.ExecuteAsync(connection,
            "UPDATE agenda_items SET state = 'NotAccepted', decline_reason = NULL WHERE id = @itemId", new { itemId }));
    }
}

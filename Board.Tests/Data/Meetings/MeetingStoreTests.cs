using Board.Data.Database;
using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Data.Meetings;
using Dapper;

namespace Board.Tests.Data.Meetings;

public sealed class MeetingStoreTests
{
    private TestDatabase _db = null!;
    private MeetingStore _store = null!;
    private long _boardId;
    private long _otherBoardId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new MeetingStore(_db.Database);
        _boardId = await TestData.BoardAsync(_db.Database, "Riverside");
        _otherBoardId = await TestData.BoardAsync(_db.Database, "Hillside");
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task CreateAsync_ThenGetAsync_RoundTripsLocalTimesAsScheduled()
    {
        var draft = MeetingData.Draft(MeetingData.December, "December board meeting");

        var id = await _store.CreateAsync(_boardId, draft);

        Assert.That(await _store.GetAsync(_boardId, id), Is.EqualTo(new Meeting(
            id, _boardId, "December board meeting", new(2026, 12, 1, 17, 0, 0), new(2026, 12, 1, 19, 0, 0), "Town Hall, Room 2",
            "Step-free entrance on Mill Street", "https://meet.example.org/board", new(2026, 11, 24, 17, 0, 0), MeetingState.Scheduled)));
    }

    [Test]
    public async Task CreateAsync_WithoutOptionalDetails_StoresNulls()
    {
        var id = await _store.CreateAsync(_boardId, MeetingData.Draft(MeetingData.December) with { AccessNotes = null, OnlineLink = null });

        var meeting = await _store.GetAsync(_boardId, id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(meeting!.AccessNotes, Is.Null);
            Assert.That(meeting.OnlineLink, Is.Null);
        }
    }

    [Test]
    public async Task GetAsync_WithAnotherBoardId_ReturnsNull()
    {
        var id = await _store.CreateAsync(_boardId, MeetingData.Draft(MeetingData.December));

        Assert.That(await _store.GetAsync(_otherBoardId, id), Is.Null);
    }

    [Test]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        Assert.That(await _store.GetAsync(_boardId, 9999), Is.Null);
    }

    // The schema is the last line of defence behind MeetingRules.
    [Test]
    public void CreateAsync_DeadlineNotBeforeStart_IsRefusedByTheDatabase()
    {
        var draft = MeetingData.Draft(MeetingData.December) with { ItemsDeadline = MeetingData.December };

        var thrown = Assert.CatchAsync<System.Data.Common.DbException>(() => _store.CreateAsync(_boardId, draft));

        Assert.That(DatabaseErrors.IsCheckViolation(thrown!), Is.True, thrown!.Message);
    }

    [Test]
    public void CreateAsync_EndNotAfterStart_IsRefusedByTheDatabase()
    {
        var draft = MeetingData.Draft(MeetingData.December) with { EndsAt = MeetingData.December };

        Assert.CatchAsync<System.Data.Common.DbException>(() => _store.CreateAsync(_boardId, draft));
    }

    [Test]
    public async Task ListAsync_ReturnsThisBoardsMeetingsInDateOrder()
    {
        var january = await _store.CreateAsync(_boardId, MeetingData.Draft(MeetingData.January, "January"));
        var december = await _store.CreateAsync(_boardId, MeetingData.Draft(MeetingData.December, "December"));
        await _store.CreateAsync(_otherBoardId, MeetingData.Draft(MeetingData.December.AddDays(1), "Hillside December"));

        var meetings = await _store.ListAsync(_boardId);

        Assert.That(meetings.Select(m => m.Id), Is.EqualTo(new[] { december, january }));
    }

    [Test]
    public async Task MoveAsync_FromTheExpectedState_MovesOn()
    {
        var id = await _store.CreateAsync(_boardId, MeetingData.Draft(MeetingData.December));

        var moved = await _store.MoveAsync(_boardId, id, MeetingState.Scheduled, MeetingState.CallingForItems, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(moved, Is.True);
            Assert.That((await _store.GetAsync(_boardId, id))!.State, Is.EqualTo(MeetingState.CallingForItems));
        }
    }

    [Test]
    public async Task MoveAsync_SecondMoveFromTheSameState_ReturnsFalse()
    {
        var id = await _store.CreateAsync(_boardId, MeetingData.Draft(MeetingData.December));
        await _store.MoveAsync(_boardId, id, MeetingState.Scheduled, MeetingState.CallingForItems, TestData.Now);

        var again = await _store.MoveAsync(_boardId, id, MeetingState.Scheduled, MeetingState.CallingForItems, TestData.Now);

        Assert.That(again, Is.False);
    }

    // Two co-chairs press "publish" at the same moment: one wins, the other is told it already happened.
    [Test]
    public async Task MoveAsync_TwoConcurrentMovesFromTheSameState_OnlyOneWins()
    {
        var id = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December, MeetingState.CallingForItems);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            _store.MoveAsync(_boardId, id, MeetingState.CallingForItems, MeetingState.AgendaPublished, TestData.Now))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Count(r => r), Is.EqualTo(1));
            Assert.That((await _store.GetAsync(_boardId, id))!.State, Is.EqualTo(MeetingState.AgendaPublished));
        }
    }

    [Test]
    public async Task MoveAsync_WithAnotherBoardId_ChangesNothing()
    {
        var id = await _store.CreateAsync(_boardId, MeetingData.Draft(MeetingData.December));

        var moved = await _store.MoveAsync(_otherBoardId, id, MeetingState.Scheduled, MeetingState.CallingForItems, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(moved, Is.False);
            Assert.That((await _store.GetAsync(_boardId, id))!.State, Is.EqualTo(MeetingState.Scheduled));
        }
    }

    [Test]
    public async Task MoveAsync_ToAgendaPublished_RecordsWhenAndKeepsItAfterwards()
    {
        var id = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December, MeetingState.CallingForItems);
        var publishedAt = TestData.Now.AddDays(3);

        await _store.MoveAsync(_boardId, id, MeetingState.CallingForItems, MeetingState.AgendaPublished, publishedAt);
        var afterPublishing = await PublishedAtAsync(id);
        await _store.MoveAsync(_boardId, id, MeetingState.AgendaPublished, MeetingState.Live, publishedAt.AddDays(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(afterPublishing, Is.EqualTo(publishedAt));
            Assert.That(await PublishedAtAsync(id), Is.EqualTo(publishedAt));
        }
    }

    [Test]
    public async Task PublishedAsync_OnlyPublishedOrLaterMeetings_NewestFirst()
    {
        var scheduled = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December.AddDays(-14), MeetingState.Scheduled);
        var calling = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December.AddDays(-7), MeetingState.CallingForItems);
        var published = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December, MeetingState.AgendaPublished);
        var live = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December.AddDays(7), MeetingState.Live);
        var closed = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December.AddDays(-21), MeetingState.Closed);
        await MeetingData.MeetingAsync(_db.Database, _otherBoardId, MeetingData.December, MeetingState.AgendaPublished);

        var meetings = await _store.PublishedAsync(_boardId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(meetings.Select(m => m.Id), Is.EqualTo(new[] { live, published, closed }));
            Assert.That(meetings.Select(m => m.Id), Has.None.EqualTo(scheduled).And.None.EqualTo(calling));
        }
    }

    [TestCase(MeetingState.Scheduled)]
    [TestCase(MeetingState.CallingForItems)]
    public async Task UpdateAsync_BeforePublication_ChangesTheDetails(MeetingState state)
    {
        var id = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December, state);
        var draft = MeetingData.Draft(MeetingData.December.AddHours(-3), "Moved to the afternoon") with { Venue = "Library" };

        var changed = await _store.UpdateAsync(_boardId, id, draft);

        var meeting = await _store.GetAsync(_boardId, id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed, Is.True);
            Assert.That(meeting!.Title, Is.EqualTo("Moved to the afternoon"));
            Assert.That(meeting.StartsAt, Is.EqualTo(new DateTime(2026, 12, 1, 14, 0, 0)));
            Assert.That(meeting.Venue, Is.EqualTo("Library"));
            Assert.That(meeting.State, Is.EqualTo(state));
        }
    }

    [TestCase(MeetingState.AgendaPublished)]
    [TestCase(MeetingState.Live)]
    [TestCase(MeetingState.Closed)]
    public async Task UpdateAsync_AfterPublication_IsRefusedAndChangesNothing(MeetingState state)
    {
        var id = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December, state);

        var changed = await _store.UpdateAsync(_boardId, id, MeetingData.Draft(MeetingData.January, "Quietly moved"));

        var meeting = await _store.GetAsync(_boardId, id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed, Is.False);
            Assert.That(meeting!.Title, Is.EqualTo("Board meeting"));
            Assert.That(meeting.StartsAt, Is.EqualTo(MeetingData.December));
        }
    }

    [Test]
    public async Task UpdateAsync_WithAnotherBoardId_ChangesNothing()
    {
        var id = await _store.CreateAsync(_boardId, MeetingData.Draft(MeetingData.December));

        var changed = await _store.UpdateAsync(_otherBoardId, id, MeetingData.Draft(MeetingData.December, "Taken over"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed, Is.False);
            Assert.That((await _store.GetAsync(_boardId, id))!.Title, Is.EqualTo("Board meeting"));
        }
    }

    [Test]
    public async Task ApproveAgendaAsync_EachCoChair_ListedInOrderOfApproval()
    {
        var id = await _store.CreateAsync(_boardId, MeetingData.Draft(MeetingData.December));
        var councillor = await TestData.PersonAsync(_db.Database, _boardId, "Cllr Cole", Role.Partner);
        var rep = await TestData.PersonAsync(_db.Database, _boardId, "Riley Rep");

        await _store.ApproveAgendaAsync(id, rep, await _store.AgendaVersionAsync(id), TestData.Now);
        await _store.ApproveAgendaAsync(id, councillor, await _store.AgendaVersionAsync(id), TestData.Now.AddMinutes(5));

        Assert.That(await _store.ApproversAsync(id), Is.EqualTo(new[] { rep, councillor }));
    }

    [Test]
    public async Task ApproveAgendaAsync_Twice_CountsOnceAndKeepsTheFirstTime()
    {
        var id = await _store.CreateAsync(_boardId, MeetingData.Draft(MeetingData.December));
        var councillor = await TestData.PersonAsync(_db.Database, _boardId, "Cllr Cole", Role.Partner);
        var rep = await TestData.PersonAsync(_db.Database, _boardId, "Riley Rep");
        await _store.ApproveAgendaAsync(id, councillor, await _store.AgendaVersionAsync(id), TestData.Now);
        await _store.ApproveAgendaAsync(id, rep, await _store.AgendaVersionAsync(id), TestData.Now.AddMinutes(5));

        await _store.ApproveAgendaAsync(id, councillor, await _store.AgendaVersionAsync(id), TestData.Now.AddMinutes(10));

        Assert.That(await _store.ApproversAsync(id), Is.EqualTo(new[] { councillor, rep }));
    }

    [Test]
    public async Task ApproversAsync_OnlyThisMeeting()
    {
        var december = await _store.CreateAsync(_boardId, MeetingData.Draft(MeetingData.December));
        var january = await _store.CreateAsync(_boardId, MeetingData.Draft(MeetingData.January));
        var rep = await TestData.PersonAsync(_db.Database, _boardId, "Riley Rep");

        await _store.ApproveAgendaAsync(december, rep, await _store.AgendaVersionAsync(december), TestData.Now);

        Assert.That(await _store.ApproversAsync(january), Is.Empty);
    }

    [Test]
    public async Task UpcomingAsync_StartOrDeadlineInWindow_AcrossBoards()
    {
        var startsInWindow = await _store.CreateAsync(_boardId, MeetingData.Draft(MeetingData.December));
        var deadlineInWindow = await _store.CreateAsync(_otherBoardId, MeetingData.Draft(new DateTime(2026, 12, 6, 10, 0, 0)));
        await _store.CreateAsync(_boardId, MeetingData.Draft(MeetingData.January));

        var upcoming = await _store.UpcomingAsync(new DateTime(2026, 11, 28, 0, 0, 0), new DateTime(2026, 12, 2, 0, 0, 0));

        Assert.That(upcoming.Select(m => m.Id), Is.EqualTo(new[] { startsInWindow, deadlineInWindow }));
    }

    private async Task<DateTimeOffset?> PublishedAtAsync(long meetingId)
    {
        await using var connection = await _db.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<DateTimeOffset?>(
            "SELECT published_at FROM meetings WHERE id = @meetingId", new { meetingId });
    }

    [Test]
    public async Task ApproveAgendaAsync_OfAVersionThatChanged_IsNotRecorded()
    {
        var id = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December);
        var rep = await TestData.PersonAsync(_db.Database, _boardId, "Rae Rep", Role.Rep);
        var read = await _store.AgendaVersionAsync(id);
        await new AgendaItemStore(_db.Database).RaiseAsync(_boardId, rep,
            new NewAgendaItem(id, null, "Late item", "Summary.", "Details.", BoardAsk.Note, "idea"), TestData.Now);

        var approved = await _store.ApproveAgendaAsync(id, rep, read, TestData.Now);

        Assert.That(approved, Is.False);
        Assert.That(await _store.ApproversAsync(id), Is.Empty);
    }
}

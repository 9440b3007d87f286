using Board.Core.Composition;
using Board.Core.Ladder;
using Board.Core.Meetings;
using Board.Data.Ladder;
using Board.Data.Meetings;
using Board.Tests.Data.Meetings;

namespace Board.Tests.Data.Ladder;

/// <summary>Ladder ratings on a real database (both engines): one per person per decision, changed in place, board-scoped.</summary>
public sealed class LadderStoreTests
{
    private TestDatabase _db = null!;
    private LadderStore _store = null!;
    private long _boardId;
    private long _otherBoardId;
    private long _meetingId;
    private long _itemId;
    private long _otherMeetingId;
    private long _otherItemId;
    private long _repId;
    private long _officerId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new LadderStore(_db.Database);
        _boardId = await TestData.BoardAsync(_db.Database);
        _otherBoardId = await TestData.BoardAsync(_db.Database, "Hillside Partnership Board");
        _repId = await TestData.PersonAsync(_db.Database, _boardId, "Riley Rep");
        _officerId = await TestData.PersonAsync(_db.Database, _boardId, "Olu Officer", Role.Coordinator);
        (_meetingId, _itemId) = await MeetingWithItemAsync(_boardId, _repId);
        var otherPerson = await TestData.PersonAsync(_db.Database, _otherBoardId, "Harper Hill");
        (_otherMeetingId, _otherItemId) = await MeetingWithItemAsync(_otherBoardId, otherPerson);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    private async Task<(long Meeting, long Item)> MeetingWithItemAsync(long boardId, long raisedBy)
    {
        var meeting = await MeetingData.MeetingAsync(_db.Database, boardId, MeetingData.December);
        var items = new AgendaItemStore(_db.Database);
        var item = await items.RaiseAsync(boardId, raisedBy, new NewAgendaItem(meeting, null, "Buses at night", "We want later buses.", "Details", BoardAsk.Decide, "transport"), TestData.Now);
        return (meeting, item);
    }

    [Test]
    public async Task SaveAsync_ThenAgain_KeepsOneRatingPerPerson_WithTheNewRungAndWhy()
    {
        Assert.That(await _store.SaveAsync(_boardId, _meetingId, _itemId, _repId, LadderView.RepsAndCarers, LadderRung.Consultation, "We were asked.", TestData.Now), Is.True);
        Assert.That(await _store.SaveAsync(_boardId, _meetingId, _itemId, _repId, LadderView.RepsAndCarers, LadderRung.CoDesign, null, TestData.Now.AddDays(1)), Is.True);

        var mine = await _store.MineAsync(_boardId, _meetingId, _repId);
        Assert.That(mine, Has.Count.EqualTo(1));
        Assert.That(mine[0].Rung, Is.EqualTo(LadderRung.CoDesign));
        Assert.That(mine[0].Why, Is.Null);
        Assert.That(mine[0].ItemId, Is.EqualTo(_itemId));
    }

    [Test]
    public async Task SaveAsync_TheMeetingAsAWhole_IsApartFromItsItems()
    {
        await _store.SaveAsync(_boardId, _meetingId, _itemId, _repId, LadderView.RepsAndCarers, LadderRung.Informing, null, TestData.Now);
        await _store.SaveAsync(_boardId, _meetingId, null, _repId, LadderView.RepsAndCarers, LadderRung.Engagement, "Good meeting", TestData.Now);
        await _store.SaveAsync(_boardId, _meetingId, null, _repId, LadderView.RepsAndCarers, LadderRung.CoProduction, "Very good", TestData.Now);

        var mine = await _store.MineAsync(_boardId, _meetingId, _repId);
        Assert.That(mine, Has.Count.EqualTo(2));
        Assert.That(mine.Single(r => r.ItemId is null).Rung, Is.EqualTo(LadderRung.CoProduction));
        Assert.That(mine.Single(r => r.ItemId == _itemId).Rung, Is.EqualTo(LadderRung.Informing));
        Assert.That(await _store.CountMineAsync(_boardId, _meetingId, _repId), Is.EqualTo(2));
    }

    [Test]
    public async Task SaveAsync_TwoPeople_EachKeepTheirOwn_AndTheBoardSeesBothSidesWithoutNames()
    {
        await _store.SaveAsync(_boardId, _meetingId, _itemId, _repId, LadderView.RepsAndCarers, LadderRung.Consultation, "Asked late", TestData.Now);
        await _store.SaveAsync(_boardId, _meetingId, _itemId, _officerId, LadderView.OfficersAndPartners, LadderRung.CoProduction, null, TestData.Now);

        var rows = await _store.ForMeetingsAsync(_boardId, [_meetingId]);
        Assert.That(rows.Select(r => (r.View, r.Rung)), Is.EquivalentTo(new[]
        {
            (LadderView.RepsAndCarers, LadderRung.Consultation), (LadderView.OfficersAndPartners, LadderRung.CoProduction),
        }));
        Assert.That(rows.Single(r => r.View == LadderView.RepsAndCarers).Why, Is.EqualTo("Asked late"));
    }

    [Test]
    public async Task SaveAsync_AnotherBoardsMeetingOrItem_SavesNothing()
    {
        Assert.That(await _store.SaveAsync(_boardId, _otherMeetingId, _otherItemId, _repId, LadderView.RepsAndCarers, LadderRung.Coercion, null, TestData.Now), Is.False);
        Assert.That(await _store.SaveAsync(_boardId, _otherMeetingId, null, _repId, LadderView.RepsAndCarers, LadderRung.Coercion, null, TestData.Now), Is.False);
        Assert.That(await _store.SaveAsync(_boardId, _meetingId, _otherItemId, _repId, LadderView.RepsAndCarers, LadderRung.Coercion, null, TestData.Now), Is.False, "an item of another meeting");

        Assert.That(await _store.ForMeetingsAsync(_boardId, [_meetingId, _otherMeetingId]), Is.Empty);
        Assert.That(await _store.ForMeetingsAsync(_otherBoardId, [_otherMeetingId]), Is.Empty);
    }

    [Test]
    public async Task ForMeetingsAsync_OnlyTheBoardsOwnRatings()
    {
        var otherPerson = await TestData.PersonAsync(_db.Database, _otherBoardId, "Hal Hill");
        await _store.SaveAsync(_otherBoardId, _otherMeetingId, _otherItemId, otherPerson, LadderView.RepsAndCarers, LadderRung.Educating, null, TestData.Now);

        Assert.That(await _store.ForMeetingsAsync(_boardId, [_otherMeetingId]), Is.Empty, "asked with the wrong board");
        Assert.That(await _store.ForMeetingsAsync(_otherBoardId, [_otherMeetingId]), Has.Count.EqualTo(1));
        Assert.That(await _store.ForMeetingsAsync(_boardId, []), Is.Empty);
    }

    [Test]
    public async Task IsPublic_IsOffUntilTheBoardTurnsItOn_AndOnlyForThatBoard()
    {
        Assert.That(await _store.IsPublicAsync(_boardId), Is.False);

        await _store.SetPublicAsync(_boardId, true);

        Assert.That(await _store.IsPublicAsync(_boardId), Is.True);
        Assert.That(await _store.IsPublicAsync(_otherBoardId), Is.False);
        await _store.SetPublicAsync(_boardId, false);
        Assert.That(await _store.IsPublicAsync(_boardId), Is.False);
    }
}

using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Data.Meetings;

namespace Board.Tests.Data.Meetings;

public sealed class AttachmentStoreTests
{
    private TestDatabase _db = null!;
    private AttachmentStore _store = null!;
    private long _itemId;
    private long _otherItemId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new AttachmentStore(_db.Database);
        var boardId = await TestData.BoardAsync(_db.Database);
        var supporterId = await TestData.PersonAsync(_db.Database, boardId, "Sue Supporter", Role.Supporter);
        var meetingId = await MeetingData.MeetingAsync(_db.Database, boardId, MeetingData.December);
        var items = new AgendaItemStore(_db.Database);
        NewAgendaItem Item(string title) => new(meetingId, null, title, "Summary.", "Details.", BoardAsk.Note, "note.png");
        _itemId = await items.RaiseAsync(boardId, supporterId, Item("Buses"), TestData.Now);
        _otherItemId = await items.RaiseAsync(boardId, supporterId, Item("Parks"), TestData.Now);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task AddAsync_ThenGetAsync_KeepsTheCheckedKindAndStoredName()
    {
        var id = await _store.AddAsync(_itemId, "Bus timetable.pdf", "application/pdf", 48_213, "3f9c2a.pdf");

        Assert.That(await _store.GetAsync(_itemId, id), Is.EqualTo(new AttachmentInfo
        {
            Id = id,
            ItemId = _itemId,
            FileName = "Bus timetable.pdf",
            ContentType = "application/pdf",
            Length = 48_213,
            StoredName = "3f9c2a.pdf",
        }));
    }

    [Test]
    public async Task GetAsync_WithAnotherItemsId_ReturnsNull()
    {
        var id = await _store.AddAsync(_itemId, "Bus timetable.pdf", "application/pdf", 48_213, "3f9c2a.pdf");

        Assert.That(await _store.GetAsync(_otherItemId, id), Is.Null);
    }

    [Test]
    public async Task ForItemAsync_OnlyThatItemsFiles_InTheOrderAdded()
    {
        var first = await _store.AddAsync(_itemId, "timetable.pdf", "application/pdf", 100, "a1.pdf");
        await _store.AddAsync(_otherItemId, "park.png", "image/png", 100, "b1.png");
        var second = await _store.AddAsync(_itemId, "bus stop.jpg", "image/jpeg", 100, "a2.jpg");

        var attachments = await _store.ForItemAsync(_itemId);

        Assert.That(attachments.Select(a => a.Id), Is.EqualTo(new[] { first, second }));
    }

    [Test]
    public async Task AddAsync_SameStoredNameTwice_IsRefused()
    {
        await _store.AddAsync(_itemId, "timetable.pdf", "application/pdf", 100, "a1.pdf");

        Assert.CatchAsync<System.Data.Common.DbException>(() => _store.AddAsync(_otherItemId, "other.pdf", "application/pdf", 100, "a1.pdf"));
    }

    [Test]
    public void AddAsync_ForAnItemThatDoesNotExist_IsRefused()
    {
        Assert.CatchAsync<System.Data.Common.DbException>(() => _store.AddAsync(9999, "timetable.pdf", "application/pdf", 100, "a1.pdf"));
    }
}

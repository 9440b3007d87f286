using System.Text;
using Board.Core.Meetings;
using Board.Data.Documents;
using Board.Tests.Data.Meetings;

namespace Board.Tests.Data.Documents;

/// <summary>The parts of long easy read minutes (ADR-022), against a real database with the real migrations.</summary>
public sealed class DocumentPartStoreTests
{
    private TestDatabase _db = null!;
    private DocumentPartStore _store = null!;
    private long _boardId;
    private long _otherBoardId;
    private long _december;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new DocumentPartStore(_db.Database);
        _boardId = await TestData.BoardAsync(_db.Database, "Riverside");
        _otherBoardId = await TestData.BoardAsync(_db.Database, "Hillside");
        _december = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December, MeetingState.Closed);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    private static NewDocumentPart Part(int number, int of, int first, int last) =>
        new(number, of, first, last, Encoding.UTF8.GetBytes($"%PDF-1.7\npart {number}\n%%EOF"), 10 + number);

    [Test]
    public async Task ReplaceAsync_ThenListAndGet_GiveEachPartInOrder_WithItsBytes()
    {
        await _store.ReplaceAsync(_boardId, _december, [Part(2, 2, 16, 30), Part(1, 2, 1, 15)], TestData.Now);

        var listed = await _store.ListAsync(_boardId, _december);
        Assert.That(listed.Select(p => (p.Part, p.Of, p.FirstItem, p.LastItem, p.Pages)), Is.EqualTo(new[] { (1, 2, 1, 15, 11), (2, 2, 16, 30, 12) }));
        Assert.That(listed.Select(p => p.Bytes), Is.All.GreaterThan(0));
        Assert.That(listed.Select(p => p.Content), Is.All.Empty, "a list carries no bytes");
        var second = await _store.GetAsync(_boardId, _december, 2);
        Assert.That(Encoding.UTF8.GetString(second!.Content), Does.Contain("part 2"));
        Assert.That(second.Sha256, Does.Match("^[0-9a-f]{64}$"));
        Assert.That(second.RenderedAt, Is.EqualTo(TestData.Now));
    }

    [Test]
    public async Task ReplaceAsync_AgainWithFewerOrNone_LeavesNoOldPart()
    {
        await _store.ReplaceAsync(_boardId, _december, [Part(1, 3, 1, 10), Part(2, 3, 11, 20), Part(3, 3, 21, 30)], TestData.Now);
        await _store.ReplaceAsync(_boardId, _december, [Part(1, 2, 1, 15), Part(2, 2, 16, 30)], TestData.Now.AddHours(1));

        Assert.That((await _store.ListAsync(_boardId, _december)).Select(p => p.Part), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(await _store.GetAsync(_boardId, _december, 3), Is.Null);

        await _store.ReplaceAsync(_boardId, _december, [], TestData.Now.AddHours(2));
        Assert.That(await _store.ListAsync(_boardId, _december), Is.Empty, "minutes that now fit in one document have no parts");
    }

    [Test]
    public async Task EveryMethod_ForAnotherBoardsMeeting_StoresAndFindsNothing()
    {
        await _store.ReplaceAsync(_otherBoardId, _december, [Part(1, 1, 1, 15)], TestData.Now);
        Assert.That(await _store.ListAsync(_boardId, _december), Is.Empty, "nothing was stored under the other board");

        await _store.ReplaceAsync(_boardId, _december, [Part(1, 1, 1, 15)], TestData.Now);
        Assert.That(await _store.GetAsync(_otherBoardId, _december, 1), Is.Null);
        Assert.That(await _store.ListAsync(_otherBoardId, _december), Is.Empty);
        Assert.That(await _store.ListForBoardAsync(_otherBoardId), Is.Empty);
        Assert.That((await _store.ListForBoardAsync(_boardId)).Select(p => (p.MeetingId, p.Part)), Is.EqualTo(new[] { (_december, 1) }));
        await _store.ReplaceAsync(_otherBoardId, _december, [], TestData.Now);
        Assert.That(await _store.ListAsync(_boardId, _december), Has.Count.EqualTo(1), "the other board cannot remove this board's parts");
    }
}

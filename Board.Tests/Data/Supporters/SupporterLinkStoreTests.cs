using Board.Data.Database;
using Board.Core.Composition;
using Board.Data.Supporters;

namespace Board.Tests.Data.Supporters;

public sealed class SupporterLinkStoreTests
{
    private TestDatabase _db = null!;
    private SupporterLinkStore _store = null!;
    private long _boardId;
    private long _supporterId;
    private long _repId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new SupporterLinkStore(_db.Database);
        _boardId = await TestData.BoardAsync(_db.Database);
        _supporterId = await TestData.PersonAsync(_db.Database, _boardId, "Sue Supporter", Role.Supporter);
        _repId = await TestData.PersonAsync(_db.Database, _boardId, "Sam Rep", Role.Rep);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task AddAsync_ThenExistsAsync_FindsLinkOneWayOnly()
    {
        await _store.AddAsync(_supporterId, _repId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.ExistsAsync(_supporterId, _repId), Is.True);
            Assert.That(await _store.ExistsAsync(_repId, _supporterId), Is.False);
        }
    }

    [Test]
    public async Task AddAsync_SameLinkTwice_IsRefusedByUniqueConstraint()
    {
        await _store.AddAsync(_supporterId, _repId);

        var thrown = Assert.CatchAsync<System.Data.Common.DbException>(() => _store.AddAsync(_supporterId, _repId));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(DatabaseErrors.IsConstraintViolation(thrown!), Is.True, thrown!.Message);
            Assert.That(await _store.ListAsync(_boardId), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task ListAsync_TwoBoards_ListsOnlyThisBoardsLinksWithNames()
    {
        var linkId = await _store.AddAsync(_supporterId, _repId);
        var otherBoardId = await TestData.BoardAsync(_db.Database, "Hillside");
        var otherSupporter = await TestData.PersonAsync(_db.Database, otherBoardId, "Other Supporter", Role.Supporter);
        var otherRep = await TestData.PersonAsync(_db.Database, otherBoardId, "Other Rep", Role.Rep);
        await _store.AddAsync(otherSupporter, otherRep);

        var links = await _store.ListAsync(_boardId);

        Assert.That(links, Is.EqualTo(new[]
        {
            new SupporterLinkListing { Id = linkId, SupporterId = _supporterId, SupporterName = "Sue Supporter", RepId = _repId, RepName = "Sam Rep" },
        }));
    }

    [Test]
    public async Task RemoveAsync_WithAnotherBoardId_KeepsLink()
    {
        var linkId = await _store.AddAsync(_supporterId, _repId);
        var otherBoardId = await TestData.BoardAsync(_db.Database, "Hillside");

        var removed = await _store.RemoveAsync(otherBoardId, linkId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(removed, Is.False);
            Assert.That(await _store.ExistsAsync(_supporterId, _repId), Is.True);
        }
    }

    [Test]
    public async Task RemoveAsync_WithOwnBoardId_RemovesLink()
    {
        var linkId = await _store.AddAsync(_supporterId, _repId);

        var removed = await _store.RemoveAsync(_boardId, linkId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(removed, Is.True);
            Assert.That(await _store.ExistsAsync(_supporterId, _repId), Is.False);
        }
    }
}

using Board.Core.Composition;
using Board.Data.Groups;

namespace Board.Tests.Data.Groups;

public sealed class GroupSupportersTests
{
    private TestDatabase _db = null!;
    private GroupStore _store = null!;
    private long _boardId;
    private long _otherBoardId;
    private long _groupId;
    private long _otherGroupId;
    private long _sueId;
    private long _samId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new GroupStore(_db.Database);
        _boardId = await TestData.BoardAsync(_db.Database, "Riverside");
        _otherBoardId = await TestData.BoardAsync(_db.Database, "Hillside");
        _groupId = await TestData.GroupAsync(_db.Database, _boardId, "Speak Up North");
        _otherGroupId = await TestData.GroupAsync(_db.Database, _boardId, "Voices South");
        _sueId = await TestData.PersonAsync(_db.Database, _boardId, "Sue Supporter", Role.Supporter);
        _samId = await TestData.PersonAsync(_db.Database, _boardId, "Sam Supporter", Role.Supporter);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task SetSupportersAsync_SupportersOfTheBoard_AreLinkedToTheGroup()
    {
        await _store.SetSupportersAsync(_boardId, _groupId, [_sueId, _samId]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.SupportersAsync(_boardId), Is.EquivalentTo(new[] { (_groupId, _sueId), (_groupId, _samId) }));
            Assert.That(await _store.GroupsSupportedByAsync(_sueId), Is.EqualTo(new[] { _groupId }));
        }
    }

    [Test]
    public async Task SetSupportersAsync_Again_ReplacesTheList()
    {
        await _store.SetSupportersAsync(_boardId, _groupId, [_sueId, _samId]);

        await _store.SetSupportersAsync(_boardId, _groupId, [_samId]);

        Assert.That(await _store.SupportersAsync(_boardId), Is.EqualTo(new[] { (_groupId, _samId) }));
    }

    [Test]
    public async Task SetSupportersAsync_EmptyList_ClearsOnlyThatGroup()
    {
        await _store.SetSupportersAsync(_boardId, _groupId, [_sueId]);
        await _store.SetSupportersAsync(_boardId, _otherGroupId, [_sueId]);

        await _store.SetSupportersAsync(_boardId, _groupId, []);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.SupportersAsync(_boardId), Is.EqualTo(new[] { (_otherGroupId, _sueId) }));
            Assert.That(await _store.GroupsSupportedByAsync(_sueId), Is.EqualTo(new[] { _otherGroupId }));
        }
    }

    // Only a supporter of the same board may work with the group: the ids come from a form and can be anything.
    [Test]
    public async Task SetSupportersAsync_PeopleWhoAreNotSupportersOfThisBoard_AreIgnored()
    {
        var rep = await TestData.PersonAsync(_db.Database, _boardId, "Riley Rep", Role.Rep);
        var coordinator = await TestData.PersonAsync(_db.Database, _boardId, "Cora Coordinator", Role.Coordinator);
        var otherBoardsSupporter = await TestData.PersonAsync(_db.Database, _otherBoardId, "Hilda Supporter", Role.Supporter);
        var admin = await TestData.PersonAsync(_db.Database, boardId: null, "Ada Admin", Role.Admin);

        await _store.SetSupportersAsync(_boardId, _groupId, [rep, coordinator, otherBoardsSupporter, admin, 9999, _sueId]);

        Assert.That(await _store.SupportersAsync(_boardId), Is.EqualTo(new[] { (_groupId, _sueId) }));
    }

    [Test]
    public async Task SetSupportersAsync_GroupOfAnotherBoard_LinksNobody()
    {
        var hillsideGroup = await TestData.GroupAsync(_db.Database, _otherBoardId, "Hillside Voices");

        await _store.SetSupportersAsync(_boardId, hillsideGroup, [_sueId]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.SupportersAsync(_otherBoardId), Is.Empty);
            Assert.That(await _store.GroupsSupportedByAsync(_sueId), Is.Empty);
        }
    }

    [Test]
    public async Task SupportersAsync_OnlyThisBoardsGroups()
    {
        var hillsideGroup = await TestData.GroupAsync(_db.Database, _otherBoardId, "Hillside Voices");
        var hilda = await TestData.PersonAsync(_db.Database, _otherBoardId, "Hilda Supporter", Role.Supporter);
        await _store.SetSupportersAsync(_otherBoardId, hillsideGroup, [hilda]);
        await _store.SetSupportersAsync(_boardId, _groupId, [_sueId]);

        Assert.That(await _store.SupportersAsync(_boardId), Is.EqualTo(new[] { (_groupId, _sueId) }));
    }

    [Test]
    public async Task GroupsSupportedByAsync_SupporterOfSeveralGroups_ListsEach()
    {
        await _store.SetSupportersAsync(_boardId, _groupId, [_sueId]);
        await _store.SetSupportersAsync(_boardId, _otherGroupId, [_sueId, _samId]);

        Assert.That(await _store.GroupsSupportedByAsync(_sueId), Is.EquivalentTo(new[] { _groupId, _otherGroupId }));
    }

    [Test]
    public async Task SetSupportersAsync_GroupOfAnotherBoard_LeavesItsSupportersAlone()
    {
        var hillside = await TestData.BoardAsync(_db.Database, "Hillside");
        var hillsideGroup = await TestData.GroupAsync(_db.Database, hillside, "Hillside Voices");
        var hilda = await TestData.PersonAsync(_db.Database, hillside, "Hilda Supporter", Role.Supporter);
        await _store.SetSupportersAsync(hillside, hillsideGroup, [hilda]);

        await _store.SetSupportersAsync(_boardId, hillsideGroup, []);

        Assert.That(await _store.SupportersAsync(hillside), Is.EqualTo(new[] { (hillsideGroup, hilda) }));
    }

    [Test]
    public async Task SetSupportersAsync_SameSupporterTwice_LinksThemOnce()
    {
        var groupId = await TestData.GroupAsync(_db.Database, _boardId, "Third Group");

        await _store.SetSupportersAsync(_boardId, groupId, [_sueId, _sueId]);

        Assert.That((await _store.SupportersAsync(_boardId)).Where(s => s.GroupId == groupId), Is.EqualTo(new[] { (groupId, _sueId) }));
    }
}

using Board.Core.Composition;
using Board.Data.Groups;

namespace Board.Tests.Data.Groups;

public sealed class GroupStoreTests
{
    private TestDatabase _db = null!;
    private GroupStore _store = null!;
    private long _boardId;
    private long _otherBoardId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new GroupStore(_db.Database);
        _boardId = await TestData.BoardAsync(_db.Database, "Riverside");
        _otherBoardId = await TestData.BoardAsync(_db.Database, "Hillside");
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task CreateAsync_ThenGetAsync_ReturnsGroup()
    {
        var id = await _store.CreateAsync(_boardId, "Speak Up North", "North");

        Assert.That(await _store.GetAsync(_boardId, id), Is.EqualTo(new SelfAdvocacyGroup(id, _boardId, "Speak Up North", "North")));
    }

    [Test]
    public async Task GetAsync_WithAnotherBoardId_ReturnsNull()
    {
        var id = await _store.CreateAsync(_boardId, "Speak Up North", "North");

        Assert.That(await _store.GetAsync(_otherBoardId, id), Is.Null);
    }

    [Test]
    public async Task UpdateAsync_WithAnotherBoardId_ChangesNothing()
    {
        var id = await _store.CreateAsync(_boardId, "Speak Up North", "North");

        var changed = await _store.UpdateAsync(_otherBoardId, id, "Taken Over", null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed, Is.False);
            Assert.That((await _store.GetAsync(_boardId, id))!.Name, Is.EqualTo("Speak Up North"));
        }
    }

    [Test]
    public async Task NameTakenAsync_SameNameOtherCase_IsTakenOnSameBoardOnly()
    {
        var id = await _store.CreateAsync(_boardId, "Speak Up North", "North");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.NameTakenAsync(_boardId, "speak up north", exceptGroupId: null), Is.True);
            Assert.That(await _store.NameTakenAsync(_boardId, "speak up north", exceptGroupId: id), Is.False, "renaming a group to its own name");
            Assert.That(await _store.NameTakenAsync(_otherBoardId, "Speak Up North", exceptGroupId: null), Is.False);
        }
    }
}

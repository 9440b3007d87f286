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

/// <summary>Only a seat held today makes a Rep one of the group that elected them (papers not yet public, issue L6).</summary>
public sealed class GroupsOfPersonTests
{
    [TestCase("2025-04-01", null, "2026-06-01", true)]
    [TestCase("2025-04-01", "2026-06-01", "2026-06-01", true)]
    [TestCase("2025-04-01", "2026-05-31", "2026-06-01", false)]
    [TestCase("2026-06-02", null, "2026-06-01", false)]
    public async Task AGroupThatElectedThePerson_CountsOnlyWhileTheTermIsInForce(string from, string? to, string today, bool counts)
    {
        using var db = TestDatabase.Create();
        var boardId = await TestData.BoardWithRulesAsync(db.Database);
        var repId = await TestData.PersonAsync(db.Database, boardId, "Sam Rep");
        var groupId = await TestData.GroupAsync(db.Database, boardId);
        await new Board.Data.Memberships.MembershipStore(db.Database).CreateAsync(new Membership(0, boardId, repId, Board.Tests.Core.Seats.Rep,
            DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), false, groupId));

        var groups = await new GroupStore(db.Database).GroupsOfPersonAsync(boardId, repId, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(groups.Contains(groupId), Is.EqualTo(counts));
    }
}

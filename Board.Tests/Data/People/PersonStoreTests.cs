using Board.Core.Composition;
using Board.Data.People;

namespace Board.Tests.Data.People;

public sealed class PersonStoreTests
{
    private TestDatabase _db = null!;
    private PersonStore _store = null!;
    private long _boardId;
    private long _otherBoardId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new PersonStore(_db.Database);
        _boardId = await TestData.BoardAsync(_db.Database, "Riverside");
        _otherBoardId = await TestData.BoardAsync(_db.Database, "Hillside");
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task CreateAsync_ThenGetAsync_ReturnsPerson()
    {
        var id = await _store.CreateAsync(_boardId, "Pat Partner", Role.Partner, "Riverside NHS", "pat@example.org", TestData.Now);

        var person = await _store.GetAsync(_boardId, id);

        Assert.That(person, Is.EqualTo(new Person(id, _boardId, "Pat Partner", Role.Partner, "Riverside NHS", "pat@example.org",
            CommunicationProfile.Default)));
    }

    [Test]
    public async Task GetAsync_WithAnotherBoardId_ReturnsNull()
    {
        var id = await _store.CreateAsync(_boardId, "Sam Rep", Role.Rep, null, null, TestData.Now);

        var person = await _store.GetAsync(_otherBoardId, id);

        Assert.That(person, Is.Null);
    }

    [Test]
    public async Task UpdateAsync_WithOwnBoardId_ChangesPerson()
    {
        var id = await _store.CreateAsync(_boardId, "Sam Rep", Role.Rep, null, null, TestData.Now);

        var changed = await _store.UpdateAsync(_boardId, id, "Samira Rep", Role.Rep, "People First", "sam@example.org");

        var person = await _store.GetAsync(_boardId, id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed, Is.True);
            Assert.That(person!.Name, Is.EqualTo("Samira Rep"));
            Assert.That(person.Organisation, Is.EqualTo("People First"));
            Assert.That(person.Email, Is.EqualTo("sam@example.org"));
        }
    }

    [Test]
    public async Task UpdateAsync_WithAnotherBoardId_ChangesNothing()
    {
        var id = await _store.CreateAsync(_boardId, "Sam Rep", Role.Rep, null, null, TestData.Now);
        var before = await _store.GetAsync(_boardId, id);

        var changed = await _store.UpdateAsync(_otherBoardId, id, "Someone Else", Role.Admin, "Elsewhere", "x@example.org");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed, Is.False);
            Assert.That(await _store.GetAsync(_boardId, id), Is.EqualTo(before));
        }
    }

    [Test]
    public async Task ListAsync_TwoBoards_ListsOnlyThisBoardsPeopleByName()
    {
        await _store.CreateAsync(_boardId, "Zoe", Role.Rep, null, null, TestData.Now);
        await _store.CreateAsync(_boardId, "Adam", Role.FamilyCarer, null, null, TestData.Now);
        await _store.CreateAsync(_otherBoardId, "Bella", Role.Rep, null, null, TestData.Now);

        var people = await _store.ListAsync(_boardId);

        Assert.That(people.Select(p => p.Name), Is.EqualTo(new[] { "Adam", "Zoe" }));
    }

    [Test]
    public async Task UpdateProfileAsync_ThenGetSelfAsync_RoundTripsProfile()
    {
        var id = await _store.CreateAsync(_boardId, "Sam Rep", Role.Rep, null, null, TestData.Now);
        var profile = new CommunicationProfile(LargeText: true, ReadAloud: false, NeedsSupporter: true, PictureFirst: true, VoteAlert: true);

        await _store.UpdateProfileAsync(id, profile);

        Assert.That((await _store.GetSelfAsync(id))!.Profile, Is.EqualTo(profile));
    }

    [Test]
    public async Task CreateAsync_AdministratorWithoutBoard_IsFoundOnlyAsSelf()
    {
        var id = await _store.CreateAsync(null, "Ada Admin", Role.Admin, null, null, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await _store.GetSelfAsync(id))!.BoardId, Is.Null);
            Assert.That(await _store.GetAsync(_boardId, id), Is.Null);
        }
    }
}

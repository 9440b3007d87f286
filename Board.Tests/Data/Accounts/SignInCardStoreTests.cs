using Board.Core.Composition;
using Board.Data.Accounts;

namespace Board.Tests.Data.Accounts;

public sealed class SignInCardStoreTests
{
    private TestDatabase _db = null!;
    private SignInCardStore _store = null!;
    private long _repId;
    private long _otherRepId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new SignInCardStore(_db.Database);
        var boardId = await TestData.BoardAsync(_db.Database);
        _repId = await TestData.PersonAsync(_db.Database, boardId, "Sam Rep", Role.Rep);
        _otherRepId = await TestData.PersonAsync(_db.Database, boardId, "Ravi Rep", Role.Rep);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task IssueAsync_ThenFindHolderAsync_FindsPerson()
    {
        await _store.IssueAsync(_repId, "hash-a", TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.FindHolderAsync("hash-a"), Is.EqualTo(_repId));
            Assert.That(await _store.FindHolderAsync("hash-unknown"), Is.Null);
        }
    }

    [Test]
    public async Task IssueAsync_SecondCard_RevokesOlderCard()
    {
        await _store.IssueAsync(_repId, "hash-old", TestData.Now);

        await _store.IssueAsync(_repId, "hash-new", TestData.Now.AddDays(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.FindHolderAsync("hash-old"), Is.Null);
            Assert.That(await _store.FindHolderAsync("hash-new"), Is.EqualTo(_repId));
            Assert.That(await _store.ActiveCardIssuedAtAsync(_repId), Is.EqualTo(TestData.Now.AddDays(1)));
        }
    }

    [Test]
    public async Task IssueAsync_ForAnotherPerson_LeavesFirstPersonsCard()
    {
        await _store.IssueAsync(_repId, "hash-sam", TestData.Now);

        await _store.IssueAsync(_otherRepId, "hash-ravi", TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.FindHolderAsync("hash-sam"), Is.EqualTo(_repId));
            Assert.That(await _store.FindHolderAsync("hash-ravi"), Is.EqualTo(_otherRepId));
        }
    }

    [Test]
    public async Task RevokeAsync_LiveCard_StopsItWorking()
    {
        await _store.IssueAsync(_repId, "hash-a", TestData.Now);

        var revoked = await _store.RevokeAsync(_repId, TestData.Now.AddHours(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(revoked, Is.EqualTo(1));
            Assert.That(await _store.FindHolderAsync("hash-a"), Is.Null);
            Assert.That(await _store.ActiveCardIssuedAtAsync(_repId), Is.Null);
        }
    }
}

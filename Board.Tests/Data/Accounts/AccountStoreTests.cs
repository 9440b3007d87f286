using Board.Core.Access;
using Board.Core.Composition;
using Board.Data.Accounts;

namespace Board.Tests.Data.Accounts;

public sealed class AccountStoreTests
{
    private TestDatabase _db = null!;
    private AccountStore _store = null!;
    private long _personId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new AccountStore(_db.Database);
        var boardId = await TestData.BoardAsync(_db.Database);
        _personId = await TestData.PersonAsync(_db.Database, boardId, "Cara Carer", Role.FamilyCarer);
        await _store.SetPasswordAsync(_personId, "cara@example.org", "hash-1");
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task SetPasswordAsync_ThenFindAsync_FindsAccountIgnoringCase()
    {
        var account = await _store.FindAsync("CARA@example.org");

        Assert.That(account, Is.EqualTo(new Account
        {
            PersonId = _personId,
            UserName = "cara@example.org",
            PasswordHash = "hash-1",
            FailedAttempts = 0,
            LockedUntil = null,
        }));
    }

    // Five tries, then locked (LockoutPolicy.Default); the lock is set by the failure that reaches the threshold.
    [TestCase(1, false)]
    [TestCase(4, false)]
    [TestCase(5, true)]
    [TestCase(6, true)]
    public async Task RecordFailureAsync_Failures_CountsAndLocksAtThreshold(int failures, bool expectedLocked)
    {
        var policy = LockoutPolicy.Default;
        var lockUntil = Lockout.LockUntil(policy, TestData.Now);

        var counts = new List<int>();
        for (var i = 0; i < failures; i++)
            counts.Add(await _store.RecordFailureAsync(_personId, policy.MaxFailedAttempts, lockUntil));

        var account = await _store.FindAsync("cara@example.org");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(counts, Is.EqualTo(Enumerable.Range(1, failures)));
            Assert.That(account!.FailedAttempts, Is.EqualTo(failures));
            Assert.That(account.LockedUntil, expectedLocked ? Is.EqualTo(lockUntil) : Is.Null);
        }
    }

    [Test]
    public async Task RecordFailureAsync_PastThreshold_MovesLockToNewestTime()
    {
        var firstLock = TestData.Now.AddMinutes(15);
        await _store.RecordFailureAsync(_personId, lockAfter: 1, firstLock);

        var count = await _store.RecordFailureAsync(_personId, lockAfter: 1, firstLock.AddMinutes(5));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(count, Is.EqualTo(2));
            Assert.That((await _store.FindAsync("cara@example.org"))!.LockedUntil, Is.EqualTo(firstLock.AddMinutes(5)));
        }
    }

    [Test]
    public async Task RecordFailureAsync_UnknownPerson_ReturnsZero()
    {
        var count = await _store.RecordFailureAsync(personId: 9999, lockAfter: 5, TestData.Now);

        Assert.That(count, Is.Zero);
    }

    [Test]
    public async Task RecordSuccessAsync_AfterLock_ClearsCountAndLock()
    {
        await _store.RecordFailureAsync(_personId, lockAfter: 1, TestData.Now.AddMinutes(15));

        await _store.RecordSuccessAsync(_personId);

        var account = await _store.FindAsync("cara@example.org");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(account!.FailedAttempts, Is.Zero);
            Assert.That(account.LockedUntil, Is.Null);
        }
    }

    [Test]
    public async Task SetPasswordAsync_Again_ReplacesHashAndClearsLock()
    {
        await _store.RecordFailureAsync(_personId, lockAfter: 1, TestData.Now.AddMinutes(15));

        await _store.SetPasswordAsync(_personId, "cara.carer@example.org", "hash-2");

        var account = await _store.FindAsync("cara.carer@example.org");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(account!.PasswordHash, Is.EqualTo("hash-2"));
            Assert.That(account.FailedAttempts, Is.Zero);
            Assert.That(account.LockedUntil, Is.Null);
            Assert.That(await _store.FindAsync("cara@example.org"), Is.Null);
            Assert.That(await _store.UserNameOfAsync(_personId), Is.EqualTo("cara.carer@example.org"));
        }
    }

    [Test]
    public async Task UserNameTakenAsync_ByOtherPersonOnly_IsTaken()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.UserNameTakenAsync("Cara@Example.org", exceptPersonId: _personId + 1), Is.True);
            Assert.That(await _store.UserNameTakenAsync("cara@example.org", exceptPersonId: _personId), Is.False);
        }
    }
}

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

    // Five tries, then locked (LockoutPolicy.Default); the try that reaches the limit sets the lock, and a locked
    // account has no tries left.
    [TestCase(1, 1, false)]
    [TestCase(4, 4, false)]
    [TestCase(5, 5, true)]
    [TestCase(8, 5, true)]
    public async Task TryTakeAttemptAsync_Tries_CountsAndLocksAtTheLimit(int tries, int expectedTaken, bool expectedLocked)
    {
        var policy = LockoutPolicy.Default;
        var lockUntil = Lockout.LockUntil(policy, TestData.Now);

        var taken = 0;
        for (var i = 0; i < tries; i++)
            taken += await _store.TryTakeAttemptAsync(_personId, policy.MaxFailedAttempts, TestData.Now, lockUntil) ? 1 : 0;

        var account = await _store.FindAsync("cara@example.org");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(taken, Is.EqualTo(expectedTaken));
            Assert.That(account!.FailedAttempts, Is.EqualTo(expectedTaken));
            Assert.That(account.LockedUntil, expectedLocked ? Is.EqualTo(lockUntil) : Is.Null);
        }
    }

    [Test]
    public async Task TryTakeAttemptAsync_FortyAtOnce_TakesOnlyTheLimit()
    {
        var lockUntil = TestData.Now.AddMinutes(15);

        var taken = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => _store.TryTakeAttemptAsync(_personId, 5, TestData.Now, lockUntil))));

        Assert.That(taken.Count(t => t), Is.EqualTo(5));
    }

    [Test]
    public async Task TryTakeAttemptAsync_AfterTheLockRunsOut_StartsCountingAgain()
    {
        var lockUntil = TestData.Now.AddMinutes(15);
        for (var i = 0; i < 5; i++)
            await _store.TryTakeAttemptAsync(_personId, 5, TestData.Now, lockUntil);

        var later = lockUntil.AddMinutes(1);
        var taken = await _store.TryTakeAttemptAsync(_personId, 5, later, later.AddMinutes(15));

        var account = await _store.FindAsync("cara@example.org");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(taken, Is.True);
            Assert.That(account!.FailedAttempts, Is.EqualTo(1));
            Assert.That(account.LockedUntil, Is.Null);
        }
    }

    [Test]
    public async Task TryTakeAttemptAsync_UnknownPerson_TakesNothing()
    {
        Assert.That(await _store.TryTakeAttemptAsync(personId: 9999, limit: 5, TestData.Now, TestData.Now), Is.False);
    }

    [Test]
    public async Task RecordSuccessAsync_AfterLock_ClearsCountAndLock()
    {
        await _store.TryTakeAttemptAsync(_personId, limit: 1, TestData.Now, TestData.Now.AddMinutes(15));

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
        await _store.TryTakeAttemptAsync(_personId, limit: 1, TestData.Now, TestData.Now.AddMinutes(15));

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

using Board.Core.Composition;
using Board.Data.Accounts;
using Board.Data.People;
using Board.Tests.Data;
using Board.Web.Security;
using Microsoft.Extensions.Time.Testing;

namespace Board.Tests.Web.Security;

/// <summary>The lockout over time, against a real store and a clock the test moves on.</summary>
public sealed class PasswordSignInTests
{
    private const string RightPassword = "a-good-long-password";
    private TestDatabase _db = null!;
    private FakeTimeProvider _clock = null!;
    private PasswordSignIn _signIn = null!;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _clock = new FakeTimeProvider(TestData.Now);
        var accounts = new AccountStore(_db.Database);
        _signIn = new PasswordSignIn(accounts, new PersonStore(_db.Database), _clock);
        var boardId = await TestData.BoardAsync(_db.Database);
        var personId = await TestData.PersonAsync(_db.Database, boardId, "Cara Carer", Role.FamilyCarer);
        await accounts.SetPasswordAsync(personId, "cara@example.org", PasswordSignIn.HashPassword(RightPassword));
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task AfterTheLockRunsOut_OneSlipDoesNotLockAgain_AndTheRightPasswordWorks()
    {
        for (var i = 0; i < 5; i++)
            await _signIn.CheckAsync("cara@example.org", "wrong");
        Assert.That((await _signIn.CheckAsync("cara@example.org", RightPassword)).Error, Does.StartWith("This account is locked"));

        _clock.Advance(TimeSpan.FromMinutes(16));
        var slip = await _signIn.CheckAsync("cara@example.org", "wrong");
        var right = await _signIn.CheckAsync("cara@example.org", RightPassword);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(slip.Error, Does.StartWith("The email or password is not right"));
            Assert.That(right.Error, Is.Null);
            Assert.That(right.Person!.Name, Is.EqualTo("Cara Carer"));
        }
    }

    [Test]
    public async Task WhileLocked_TheMessageSaysHowLongToWait()
    {
        for (var i = 0; i < 5; i++)
            await _signIn.CheckAsync("cara@example.org", "wrong");
        _clock.Advance(TimeSpan.FromMinutes(14));

        var outcome = await _signIn.CheckAsync("cara@example.org", RightPassword);

        Assert.That(outcome.Error, Does.Contain("Try again in 1 minute,"));
    }
}

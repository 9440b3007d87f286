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
        Assert.That((await _signIn.CheckAsync("cara@example.org", RightPassword)).Error, Is.EqualTo(PasswordSignIn.Refused));

        _clock.Advance(TimeSpan.FromMinutes(16));
        var slip = await _signIn.CheckAsync("cara@example.org", "wrong");
        var right = await _signIn.CheckAsync("cara@example.org", RightPassword);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(slip.Error, Is.EqualTo(PasswordSignIn.Refused));
            Assert.That(right.Error, Is.Null);
            Assert.That(right.Person!.Name, Is.EqualTo("Cara Carer"));
        }
    }

    [Test]
    public async Task WhileOutOfTries_TheAnswerIsTheSameAsForAnUnknownAddress_AndNeverSaysLocked()
    {
        for (var i = 0; i < 5; i++)
            await _signIn.CheckAsync("cara@example.org", "wrong");

        var known = await _signIn.CheckAsync("cara@example.org", RightPassword);
        var unknown = await _signIn.CheckAsync("nobody@example.org", RightPassword);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(known.Error, Is.EqualTo(unknown.Error));
            Assert.That(known.Error, Does.Not.Contain("lock"));
        }
    }

    [Test]
    public async Task FortyWrongGuessesAtOnce_CheckNoMoreThanTheLimit_AndTheRightPasswordThenWaits()
    {
        var guesses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => _signIn.CheckAsync("cara@example.org", $"wrong-{i}"))));
        var right = await _signIn.CheckAsync("cara@example.org", RightPassword);

        var account = await new AccountStore(_db.Database).FindAsync("cara@example.org");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(guesses.Select(g => g.Error), Is.All.EqualTo(PasswordSignIn.Refused));
            // Each check takes a try first, in one statement: 40 guesses took exactly the 5 tries there are.
            Assert.That(account!.FailedAttempts, Is.EqualTo(5));
            Assert.That(right.Person, Is.Null);
        }
    }

    [Test]
    public async Task OnATrustedDevice_GuessesAreStillLimited()
    {
        var personId = (await new AccountStore(_db.Database).FindAsync("cara@example.org"))!.PersonId;
        for (var i = 0; i < TrustedDeviceTries.PerQuarterHour; i++)
            await _signIn.CheckAsync("cara@example.org", "guess-on-a-shared-tablet", trustedDeviceOf: personId);

        var right = await _signIn.CheckAsync("cara@example.org", RightPassword, trustedDeviceOf: personId);

        Assert.That(right.Person, Is.Null, "a shared tablet a person once used is no way round the limit");
        Assert.That(right.Error, Is.EqualTo(PasswordSignIn.Refused));
    }

    [Test]
    public async Task OnADeviceTheOwnerUsedBefore_AStrangersGuessesDoNotStopTheOwner()
    {
        var personId = (await new AccountStore(_db.Database).FindAsync("cara@example.org"))!.PersonId;
        for (var i = 0; i < 10; i++)
            await _signIn.CheckAsync("cara@example.org", "stranger-guess");

        var someoneElsesDevice = await _signIn.CheckAsync("cara@example.org", RightPassword, trustedDeviceOf: personId + 1);
        var owner = await _signIn.CheckAsync("cara@example.org", RightPassword, trustedDeviceOf: personId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(owner.Person?.Name, Is.EqualTo("Cara Carer"));
            Assert.That(someoneElsesDevice.Person, Is.Null, "a device trusted for someone else does not help");
        }
    }

    [Test]
    public async Task UnknownKnownAndOutOfTries_TakeAboutTheSameTime()
    {
        await _signIn.CheckAsync("cara@example.org", "warm-up");
        var wrong = await MedianAsync(() => _signIn.CheckAsync("cara@example.org", "wrong"));
        var outOfTries = await MedianAsync(() => _signIn.CheckAsync("cara@example.org", "wrong"));
        var unknown = await MedianAsync(() => _signIn.CheckAsync("nobody@example.org", "wrong"));

        // One hash check each; the database work is a small part. Generous bounds: the machine is shared.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(unknown / wrong, Is.InRange(0.5, 2.0), $"unknown {unknown:0.0} ms, wrong {wrong:0.0} ms");
            Assert.That(outOfTries / wrong, Is.InRange(0.5, 2.0), $"out of tries {outOfTries:0.0} ms, wrong {wrong:0.0} ms");
        }
    }

    private static async Task<double> MedianAsync(Func<Task> attempt)
    {
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await attempt();
            times.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return times.Order().ElementAt(2);
    }
}

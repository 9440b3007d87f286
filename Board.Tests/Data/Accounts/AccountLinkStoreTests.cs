using Board.Core.Accounts;
using Board.Data.Accounts;

namespace Board.Tests.Data.Accounts;

public sealed class AccountLinkStoreTests
{
    private TestDatabase _db = null!;
    private AccountLinkStore _links = null!;
    private SessionStore _sessions = null!;
    private long _personId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _links = new AccountLinkStore(_db.Database);
        _sessions = new SessionStore(_db.Database);
        _personId = await TestData.PersonAsync(_db.Database, await TestData.BoardAsync(_db.Database), "Sam Carer", Board.Core.Composition.Role.FamilyCarer);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task UseAsync_Twice_OnlyTheFirstSetsThePassword()
    {
        await _links.IssueAsync(_personId, LinkPurpose.Invitation, "HASH1", TestData.Now, TestData.Now.AddDays(7));

        var first = await _links.UseAsync("HASH1", _personId, "sam@example.org", "first-hash", TestData.Now);
        var second = await _links.UseAsync("HASH1", _personId, "sam@example.org", "second-hash", TestData.Now);

        Assert.That(first, Is.True);
        Assert.That(second, Is.False);
        Assert.That((await new AccountStore(_db.Database).FindAsync("sam@example.org"))!.PasswordHash, Is.EqualTo("first-hash"));
        Assert.That((await _links.FindAsync("HASH1"))!.UsedAt, Is.EqualTo(TestData.Now));
    }

    [Test]
    public async Task IssueAsync_NewLink_StopsTheOlderOne()
    {
        await _links.IssueAsync(_personId, LinkPurpose.Invitation, "OLD", TestData.Now, TestData.Now.AddDays(7));
        await _links.IssueAsync(_personId, LinkPurpose.Reset, "NEW", TestData.Now, TestData.Now.AddHours(2));

        Assert.That((await _links.FindAsync("OLD"))!.RevokedAt, Is.Not.Null);
        Assert.That(await _links.UseAsync("OLD", _personId, "sam@example.org", "h", TestData.Now), Is.False);
        Assert.That(await _links.UseAsync("NEW", _personId, "sam@example.org", "h", TestData.Now), Is.True);
    }

    [Test]
    public async Task UseAsync_EndsEverySessionThePersonHad()
    {
        await _sessions.StartAsync("S1", _personId, TestData.Now);
        await _sessions.StartAsync("S2", _personId, TestData.Now);
        await _links.IssueAsync(_personId, LinkPurpose.Reset, "HASH", TestData.Now, TestData.Now.AddHours(2));

        await _links.UseAsync("HASH", _personId, "sam@example.org", "h", TestData.Now);

        Assert.That(await _sessions.OpenCountAsync(_personId), Is.Zero);
    }

    [Test]
    public async Task EndAllAsync_KeepingOne_EndsTheOthers()
    {
        await _sessions.StartAsync("HERE", _personId, TestData.Now);
        await _sessions.StartAsync("THERE", _personId, TestData.Now);

        await _sessions.EndAllAsync(_personId, TestData.Now, keepSessionId: "HERE");

        Assert.That(await _sessions.IsOpenAsync("HERE", _personId), Is.True);
        Assert.That(await _sessions.IsOpenAsync("THERE", _personId), Is.False);
        Assert.That(await _sessions.IsOpenAsync("HERE", _personId + 1), Is.False, "a session is only its own person's");
    }

    [Test]
    public async Task UseAsync_AfterTheLinkRanOut_IsRefused()
    {
        await _links.IssueAsync(_personId, LinkPurpose.Reset, "HASH", TestData.Now, TestData.Now.AddHours(2));

        Assert.That(await _links.UseAsync("HASH", _personId, "sam@example.org", "h", TestData.Now.AddHours(2)), Is.False);
        Assert.That(await new AccountStore(_db.Database).FindAsync("sam@example.org"), Is.Null);
    }

    /// <summary>Every way a person's sign-in changes hands stops the links already sent, so an old email cannot get back in.</summary>
    [TestCase("sign out everywhere")]
    [TestCase("change password")]
    [TestCase("change email")]
    public async Task SignInChanges_StopUnusedLinks(string change)
    {
        var accounts = new AccountStore(_db.Database);
        await _links.IssueAsync(_personId, LinkPurpose.Invitation, "FIRST", TestData.Now, TestData.Now.AddDays(7));
        Assert.That(await _links.UseAsync("FIRST", _personId, "sam@example.org", "h", TestData.Now), Is.True);
        await _sessions.StartAsync("HERE", _personId, TestData.Now);
        await _links.IssueAsync(_personId, LinkPurpose.Reset, "PENDING", TestData.Now, TestData.Now.AddHours(2));

        switch (change)
        {
            case "sign out everywhere":
                await _sessions.EndAllAsync(_personId, TestData.Now);
                break;
            case "change password":
                await accounts.ChangePasswordAsync(_personId, "new-hash", "HERE", TestData.Now);
                break;
            default:
                Assert.That(await accounts.ChangeUserNameAsync(_personId, "sam.new@example.org", TestData.Now), Is.True);
                break;
        }

        Assert.That((await _links.FindAsync("PENDING"))!.RevokedAt, Is.EqualTo(TestData.Now));
        Assert.That(await _links.UseAsync("PENDING", _personId, "sam@example.org", "attacker-hash", TestData.Now), Is.False);
    }
}

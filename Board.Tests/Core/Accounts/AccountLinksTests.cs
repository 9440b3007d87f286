using Board.Core.Accounts;

namespace Board.Tests.Core.Accounts;

public sealed class AccountLinksTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Check_UnknownLink_IsRefusedInPlainWords()
    {
        var check = AccountLinks.Check(null, Now);

        Assert.That(check.IsUsable, Is.False);
        Assert.That(check.Problem, Does.Contain("does not work"));
    }

    [TestCase(-1, false, false, true, null)]
    [TestCase(0, false, false, false, "too old")]
    [TestCase(-1, true, false, false, "used already")]
    [TestCase(-1, false, true, false, "replaced by a newer one")]
    [TestCase(5, true, false, false, "used already")]
    public void Check_StoredLink_ExplainsWhyItCannotBeUsed(int minutesAgoItExpired, bool used, bool revoked, bool usable, string? problem)
    {
        var link = new StoredLink(1, LinkPurpose.Reset, Now.AddMinutes(-minutesAgoItExpired), used ? Now.AddHours(-1) : null, revoked ? Now.AddHours(-1) : null);

        var check = AccountLinks.Check(link, Now);

        Assert.That(check.IsUsable, Is.EqualTo(usable));
        if (problem is null)
            Assert.That(check.Problem, Is.Null);
        else
            Assert.That(check.Problem, Does.Contain(problem));
    }

    [Test]
    public void Lifetime_InvitationWaitsLongerThanAReset()
    {
        Assert.That(AccountLinks.Lifetime(LinkPurpose.Invitation), Is.EqualTo(TimeSpan.FromDays(7)));
        Assert.That(AccountLinks.Lifetime(LinkPurpose.Reset), Is.EqualTo(TimeSpan.FromHours(2)));
    }
}

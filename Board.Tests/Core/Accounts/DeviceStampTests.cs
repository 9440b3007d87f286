using Board.Core.Accounts;

namespace Board.Tests.Core.Accounts;

[TestFixture]
public sealed class DeviceStampTests
{
    private static readonly DateTimeOffset Reset = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void SameHashAndReset_SameStamp()
    {
        var first = DeviceStamp.Of("hash-1", Reset);
        var again = DeviceStamp.Of("hash-1", new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        Assert.That(again, Is.EqualTo(first));
    }

    [Test]
    public void ANewPassword_ChangesIt() =>
        Assert.That(DeviceStamp.Of("hash-2", null), Is.Not.EqualTo(DeviceStamp.Of("hash-1", null)));

    [Test]
    public void SigningOutEverywhere_ChangesIt() =>
        Assert.That(DeviceStamp.Of("hash-1", Reset), Is.Not.EqualTo(DeviceStamp.Of("hash-1", null)));

    [Test]
    public void ItDoesNotContainTheHash() =>
        Assert.That(DeviceStamp.Of("AQAAAAIAAYagAAAAEsecret", null), Does.Not.Contain("secret").And.Length.EqualTo(32));
}

using Board.Core.Accounts;

namespace Board.Tests.Core.Accounts;

public sealed class BoardZonesTests
{
    private static readonly HashSet<string> Known = ["Europe/London", "Pacific/Auckland"];

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Choose_NoZoneOfItsOwn_UsesTheSite(string? boardZone) =>
        Assert.That(BoardZones.Choose(boardZone, "Europe/London", Known.Contains), Is.EqualTo(("Europe/London", false)));

    [Test]
    public void Choose_KnownZone_UsesTheBoards() =>
        Assert.That(BoardZones.Choose(" Pacific/Auckland ", "Europe/London", Known.Contains), Is.EqualTo(("Pacific/Auckland", false)));

    [Test]
    public void Choose_UnknownZone_FallsBackToTheSiteAndSaysSo() =>
        Assert.That(BoardZones.Choose("Mars/Olympus_Mons", "Europe/London", Known.Contains), Is.EqualTo(("Europe/London", true)));
}

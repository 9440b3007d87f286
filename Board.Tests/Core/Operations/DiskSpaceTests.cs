using Board.Core.Operations;

namespace Board.Tests.Core.Operations;

[TestFixture]
public sealed class DiskSpaceTests
{
    private const long Gb = 1L << 30;

    [TestCase(5 * Gb, 20 * Gb, false, TestName = "Plenty: 5 GB of 20 GB")]
    [TestCase(Gb - 1, 2 * Gb, true, TestName = "Under 1 GB is low, whatever the disk")]
    [TestCase(9 * Gb, 100 * Gb, true, TestName = "Under a tenth of a big disk is low")]
    [TestCase(10 * Gb, 100 * Gb, false, TestName = "Exactly a tenth is not low")]
    [TestCase(2 * Gb, 0, false, TestName = "An unknown total: only the 1 GB rule")]
    public void IsLow(long free, long total, bool low) => Assert.That(DiskSpace.IsLow(free, total), Is.EqualTo(low));

    [TestCase(0, "1 KB")]
    [TestCase(500 * 1024, "500 KB")]
    [TestCase(37L * 1024 * 1024, "37 MB")]
    [TestCase((long)(4.2 * Gb), "4.2 GB")]
    public void Plain(long bytes, string said) => Assert.That(DiskSpace.Plain(bytes), Is.EqualTo(said));
}

using Board.Core.Files;

namespace Board.Tests.Core.Files;

public sealed class PaperLabelsTests
{
    [TestCase(0L, "1 KB")]
    [TestCase(100L, "1 KB")]
    [TestCase(1024L, "1 KB")]
    [TestCase(245_760L, "240 KB")]
    [TestCase(1_048_575L, "1.0 MB")]
    [TestCase(1_048_576L, "1.0 MB")]
    [TestCase(1_258_291L, "1.2 MB")]
    [TestCase(5_242_880L, "5.0 MB")]
    public void Size_InPlainUnits(long bytes, string expected) => Assert.That(PaperLabels.Size(bytes), Is.EqualTo(expected));

    [TestCase("application/pdf", "PDF document")]
    [TestCase("image/png", "Picture")]
    [TestCase("image/jpeg", "Picture")]
    [TestCase("image/gif", "Picture")]
    [TestCase("image/webp", "Picture")]
    [TestCase("application/octet-stream", "File")]
    public void Kind_InPlainWords(string contentType, string expected) =>
        Assert.That(PaperLabels.Kind(PaperLabels.KindOf(contentType)), Is.EqualTo(expected));

    [Test]
    public void Describe_KindThenSize() => Assert.That(PaperLabels.Describe("application/pdf", 245_760), Is.EqualTo("PDF document, 240 KB"));
}

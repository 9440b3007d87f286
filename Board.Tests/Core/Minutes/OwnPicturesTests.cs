using Board.Core.Minutes;

namespace Board.Tests.Core.Minutes;

public sealed class OwnPicturesTests
{
    private static byte[] PngHeader(uint width, uint height)
    {
        var header = new byte[24];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.CopyTo(header, 0);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(20), height);
        return header;
    }

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1];

    [Test]
    public void APngOrJpegWithWords_IsAccepted()
    {
        Assert.That(OwnPictures.Check(50_000, PngHeader(800, 600), "The leisure centre"), Is.Empty);
        Assert.That(OwnPictures.Check(50_000, Jpeg, "The leisure centre"), Is.Empty);
    }

    [TestCase("MZ\u0090\0\u0003\0\0\0\u0004\0\0\0", TestName = "A program renamed as a picture")]
    [TestCase("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3", TestName = "A PDF")]
    [TestCase("GIF89a\u0001\0\u0001\0\0\0", TestName = "A GIF, which the PDF cannot carry")]
    [TestCase("hello, world", TestName = "Plain text")]
    public void AFileThatIsNotAPngOrJpeg_IsRefused(string start)
    {
        var bytes = start.Select(c => (byte)c).ToArray();
        Assert.That(OwnPictures.Check(bytes.Length, bytes, "A photo"),
            Is.EqualTo(new[] { ("OwnPicture", "The picture must be a photo or picture saved as PNG or JPEG.") }));
    }

    [TestCase(0, "The picture file is empty. Choose a photo or picture.")]
    [TestCase(OwnPictures.MaxBytes + 1, "The picture must be 2 MB or smaller.")]
    public void AnEmptyOrTooLargeFile_IsRefused(long length, string message) =>
        Assert.That(OwnPictures.Check(length, Jpeg, "A photo"), Is.EqualTo(new[] { ("OwnPicture", message) }));

    [Test]
    public void APictureOfExactlyTheLimit_IsAccepted() => Assert.That(OwnPictures.Check(OwnPictures.MaxBytes, PngHeader(3000, 3000), "A photo"), Is.Empty);

    [TestCase(3001u, 10u)]
    [TestCase(10u, 3001u)]
    public void APngWiderOrHigherThanTheLimit_IsRefused(uint width, uint height) =>
        Assert.That(OwnPictures.Check(1000, PngHeader(width, height), "A photo").Single().Item2, Does.StartWith("The picture is too big."));

    [Test]
    public void APngWithNoHeaderChunk_IsRefusedAsDamaged()
    {
        var header = PngHeader(10, 10);
        header[12] = (byte)'X';
        Assert.That(OwnPictures.Check(1000, header, "A photo").Single().Item2, Does.StartWith("The picture file is damaged."));
    }

    [TestCase(null)]
    [TestCase("   ")]
    public void APictureWithNoWords_IsRefused(string? alt) =>
        Assert.That(OwnPictures.Check(1000, Jpeg, alt), Is.EqualTo(new[] { ("OwnPictureAlt", "Say what the picture shows, for people who cannot see it.") }));

    [Test]
    public void WordsLongerThanTheLimit_AreRefused()
    {
        Assert.That(OwnPictures.Check(1000, Jpeg, new string('a', OwnPictures.AltMaxLength)), Is.Empty);
        Assert.That(OwnPictures.Check(1000, Jpeg, new string('a', OwnPictures.AltMaxLength + 1)).Single().Item1, Is.EqualTo("OwnPictureAlt"));
    }

    [Test]
    public void PngSize_ReadsTheHeaderChunk() => Assert.That(OwnPictures.PngSize(PngHeader(640, 480)), Is.EqualTo((640, 480)));
}

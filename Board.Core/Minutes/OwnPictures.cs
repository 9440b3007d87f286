using System.Buffers.Binary;
using Board.Core.Files;

namespace Board.Core.Minutes;

/// <summary>
/// A board's own picture for a row of the minutes, such as a photo of the place or the people: a PNG or JPEG (the
/// two kinds the PDF can carry), small enough to keep in the database, and always with words for people who cannot see it.
/// </summary>
public static class OwnPictures
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const int MaxPngSide = 3000;
    public const int AltMaxLength = 150;

    /// <summary>The problems with an upload, as (field, message); empty when it can be used.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(long length, ReadOnlySpan<byte> start, string? alt)
    {
        var problems = new List<(string, string)>();
        var kind = FileKinds.Detect(start);
        if (length == 0)
            problems.Add(("OwnPicture", "The picture file is empty. Choose a photo or picture."));
        else if (length > MaxBytes)
            problems.Add(("OwnPicture", "The picture must be 2 MB or smaller."));
        else if (kind is not (FileKind.Png or FileKind.Jpeg))
            problems.Add(("OwnPicture", "The picture must be a photo or picture saved as PNG or JPEG."));
        else if (kind == FileKind.Png && PngSize(start) is not { } size)
            problems.Add(("OwnPicture", "The picture file is damaged. Save it again and choose it again."));
        else if (kind == FileKind.Png && PngSize(start) is { } big && (big.Width > MaxPngSide || big.Height > MaxPngSide))
            problems.Add(("OwnPicture", $"The picture is too big. Make it {MaxPngSide} pixels wide and high or smaller."));
        if (string.IsNullOrWhiteSpace(alt))
            problems.Add(("OwnPictureAlt", "Say what the picture shows, for people who cannot see it."));
        else if (alt.Length > AltMaxLength)
            problems.Add(("OwnPictureAlt", $"Say what the picture shows in {AltMaxLength} characters or fewer."));
        return problems;
    }

    /// <summary>Width and height from a PNG's header chunk (bytes 16 to 23), or null if it is not there.</summary>
    public static (int Width, int Height)? PngSize(ReadOnlySpan<byte> start) =>
        start.Length >= 24 && start[12..16].SequenceEqual("IHDR"u8)
            ? ((int)BinaryPrimitives.ReadUInt32BigEndian(start[16..20]), (int)BinaryPrimitives.ReadUInt32BigEndian(start[20..24]))
            : null;

    public const int HeaderBytesNeeded = 24;
}

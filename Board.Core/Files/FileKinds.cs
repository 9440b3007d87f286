namespace Board.Core.Files;

public enum FileKind
{
    Unknown,
    Pdf,
    Png,
    Jpeg,
    Gif,
    WebP,
}

public sealed record FileCheck(bool Accepted, FileKind Kind, string ContentType, string? Problem);

/// <summary>
/// What a file really is, read from its first bytes, never from its name: a renamed program stays refused.
/// Only PDFs and pictures may be attached to agenda items.
/// </summary>
public static class FileKinds
{
    public const long MaxAttachmentBytes = 5 * 1024 * 1024;
    public const int HeaderBytesNeeded = 12;

    public static FileKind Detect(ReadOnlySpan<byte> header) => header switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => FileKind.Pdf,                                   // %PDF-
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => FileKind.Png,
        [0xFF, 0xD8, 0xFF, ..] => FileKind.Jpeg,
        [0x47, 0x49, 0x46, 0x38, 0x37 or 0x39, 0x61, ..] => FileKind.Gif,                     // GIF87a, GIF89a
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => FileKind.WebP,   // RIFF....WEBP
        _ => FileKind.Unknown,
    };

    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Png => "image/png",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Gif => "image/gif",
        FileKind.WebP => "image/webp",
        FileKind.Unknown => "application/octet-stream",
    };

    /// <summary>Checks an attachment: its size, that it is a PDF or a picture, and that its name does not claim otherwise.</summary>
    public static FileCheck CheckAttachment(string fileName, long length, ReadOnlySpan<byte> header)
    {
        if (length == 0)
            return Refuse(FileKind.Unknown, $"\"{fileName}\" is empty.");
        if (length > MaxAttachmentBytes)
            return Refuse(FileKind.Unknown, $"\"{fileName}\" is too big. Files must be 5 MB or smaller.");
        var kind = Detect(header);
        if (kind == FileKind.Unknown)
            return Refuse(kind, $"\"{fileName}\" is not a PDF or a picture. Attach a PDF, or a PNG, JPEG, GIF or WebP picture.");
        if (!NameFits(fileName, kind))
            return Refuse(kind, $"\"{fileName}\" is named like one kind of file but is really a {Describe(kind)}. Rename it and try again.");
        return new(true, kind, ContentType(kind), null);
    }

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Pdf => "PDF",
        FileKind.Png or FileKind.Jpeg or FileKind.Gif or FileKind.WebP => "picture",
        FileKind.Unknown => "file of unknown kind",
    };

    private static bool NameFits(string fileName, FileKind kind)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return kind switch
        {
            FileKind.Pdf => extension == ".pdf",
            FileKind.Png or FileKind.Jpeg or FileKind.Gif or FileKind.WebP => extension is ".png" or ".jpg" or ".jpeg" or ".gif" or ".webp",
            FileKind.Unknown => false,
        };
    }

    private static FileCheck Refuse(FileKind kind, string problem) => new(false, kind, ContentType(kind), problem);
}

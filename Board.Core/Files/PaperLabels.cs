namespace Board.Core.Files;

/// <summary>How a paper is described beside its link, in plain words: "PDF document, 240 KB".</summary>
public static class PaperLabels
{
    /// <summary>The kind from the content type found when the file was checked (never from its name).</summary>
    public static FileKind KindOf(string contentType) => contentType switch
    {
        "application/pdf" => FileKind.Pdf,
        "image/png" => FileKind.Png,
        "image/jpeg" => FileKind.Jpeg,
        "image/gif" => FileKind.Gif,
        "image/webp" => FileKind.WebP,
        _ => FileKind.Unknown,
    };

    public static string Kind(FileKind kind) => kind switch
    {
        FileKind.Pdf => "PDF document",
        FileKind.Png or FileKind.Jpeg or FileKind.Gif or FileKind.WebP => "Picture",
        FileKind.Unknown => "File",
    };

    /// <summary>Whole kilobytes below a megabyte (never "0 KB"), then megabytes to one place: "240 KB", "1.2 MB".</summary>
    public static string Size(long bytes)
    {
        var kilobytes = Math.Max(1, (bytes + 512) / 1024);
        return kilobytes < 1024
            ? $"{kilobytes} KB"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB");
    }

    /// <summary>"PDF document, 240 KB": what a person needs before choosing to download it on a phone.</summary>
    public static string Describe(string contentType, long bytes) => $"{Kind(KindOf(contentType))}, {Size(bytes)}";
}

using System.Globalization;

namespace Board.Core.Operations;

/// <summary>
/// When the data folder's disk is running out: under 1 GB free, or under a tenth of the disk. SQLite needs room to
/// grow the database and its journal, and a backup needs as much again; a full disk stops every vote being saved.
/// </summary>
public static class DiskSpace
{
    public const long LowBytes = 1L << 30;

    public static bool IsLow(long freeBytes, long totalBytes) =>
        freeBytes < LowBytes || (totalBytes > 0 && freeBytes * 10 < totalBytes);

    /// <summary>A size in plain words: "512 KB", "37 MB", "4.2 GB".</summary>
    public static string Plain(long bytes) => bytes switch
    {
        < 1L << 20 => $"{Math.Max(1, (bytes + 1023) >> 10)} KB",
        < 1L << 30 => $"{(bytes + (1L << 19)) >> 20} MB",
        _ => (bytes / (double)(1L << 30)).ToString("0.0", CultureInfo.InvariantCulture) + " GB",
    };
}

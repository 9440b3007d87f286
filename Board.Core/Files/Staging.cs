namespace Board.Core.Files;

/// <summary>What to keep of the files chosen on a form that went back to the person (to check the words or fix a problem).</summary>
public sealed record StagingPlan(IReadOnlyList<string> Keep, string? Problem);

/// <summary>
/// Files chosen on a form are kept for a short while between post-backs, so nobody chooses them twice. Kept files
/// belong to the person who chose them; after <see cref="Lifetime"/> they run out and are removed, so a half-written
/// item on a shared computer does not leave its papers behind for long.
/// </summary>
public static class Staging
{
    /// <summary>Long enough to write an item with a supporter; short enough not to keep papers nobody sent.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    public static bool HasRunOut(DateTimeOffset stagedAt, DateTimeOffset now) => now - stagedAt >= Lifetime;

    /// <summary>
    /// The most one person may have kept at once, on every form of every board: an item's 3 files of 5 MB. Each
    /// post-back replaces the form's earlier files, so this bounds what one person can leave on the disk.
    /// </summary>
    public const long MaxBytesPerPerson = 15L * 1024 * 1024;

    /// <summary>The plain message when keeping <paramref name="addedBytes"/> more would go over the person's limit, or null.</summary>
    public static string? TooMuchKept(long keptBytes, long addedBytes) =>
        keptBytes + addedBytes > MaxBytesPerPerson
            ? $"These files are too big together. You can attach up to {MaxBytesPerPerson >> 20} MB of files at once. Remove a file or choose a smaller one."
            : null;

    /// <summary>Why no new file is kept when the disk is short of space: the votes and minutes need the room more.</summary>
    public const string DiskLow = "Files cannot be added just now because the server is short of space. Send the item without them, or try again later.";

    /// <summary>
    /// Which kept files stay, after the person asked to remove some, and whether new files would go over the limit.
    /// New files are counted with the kept ones: the limit is per item, however many times the form went back.
    /// </summary>
    public static StagingPlan Plan(IReadOnlyList<string> kept, IReadOnlyCollection<string> removed, int added, int maxFiles)
    {
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(removed);
        var keep = kept.Distinct(StringComparer.Ordinal).Where(k => !removed.Contains(k)).ToList();
        var problem = keep.Count + added > maxFiles
            ? keep.Count == 0
                ? $"You can attach up to {maxFiles} files."
                : $"You can attach up to {maxFiles} files. {Files(keep.Count)} kept already: remove one first."
            : null;
        return new StagingPlan(keep, problem);
    }

    private static string Files(int count) => count == 1 ? "1 file is" : $"{count} files are";
}

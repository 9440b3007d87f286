using System.Runtime.InteropServices;

namespace Board.Web.Infrastructure;

/// <summary>
/// The data folder holds people's details, password hashes and the keys that sign cookies: only the app's own user
/// may read it. Folders are made 0700 and files 0600 (the process's umask is set to 077 at start, so the database's
/// -wal and -shm files, the keys, attachments and backups are all made private, whoever creates them).
/// </summary>
public static class PrivateDataFolder
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Prepare(StorageOptions storage)
    {
        if (OperatingSystem.IsWindows())
            return;
        SetUmask(0b000_111_111);
        foreach (var folder in new[] { storage.DataFolder, Path.GetDirectoryName(storage.DatabasePath)!, storage.KeysFolder, storage.AttachmentsFolder })
            MakeFolder(folder);
        foreach (var file in new[] { storage.DatabasePath, storage.DatabasePath + "-wal", storage.DatabasePath + "-shm" })
            if (File.Exists(file))
                File.SetUnixFileMode(file, FileMode);
    }

    /// <summary>A private folder (0700), made or tightened.</summary>
    public static void MakeFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }
        Directory.CreateDirectory(folder, FolderMode);
        File.SetUnixFileMode(folder, FolderMode);
    }

    private static void SetUmask(int mask) => _ = umask(mask);

    [DllImport("libc", SetLastError = false)]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for the whole project
    private static extern int umask(int mask);
#pragma warning restore SYSLIB1054
}

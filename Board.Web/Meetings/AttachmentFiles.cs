using Board.Core.Files;
using Board.Data.Meetings;
using Board.Web.Infrastructure;

namespace Board.Web.Meetings;

/// <summary>
/// Checks and keeps agenda attachments. The kind is read from the file's first bytes (never trusted from its name
/// or the browser), and the file is stored under a random name, so an upload can never choose where it lands.
/// </summary>
public sealed class AttachmentFiles(StorageOptions storage, AttachmentStore attachments)
{
    public const int MaxFilesPerItem = 3;

    /// <summary>Checks every file and returns the problems in plain words; an empty list means all may be kept.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(IReadOnlyCollection<IFormFile> files)
    {
        var problems = new List<string>();
        if (files.Count > MaxFilesPerItem)
            problems.Add($"You can attach up to {MaxFilesPerItem} files.");
        foreach (var file in files)
        {
            var check = FileKinds.CheckAttachment(Path.GetFileName(file.FileName), file.Length, await HeaderAsync(file));
            if (!check.Accepted)
                problems.Add(check.Problem!);
        }
        return problems;
    }

    public async Task SaveAsync(long itemId, IEnumerable<IFormFile> files)
    {
        Directory.CreateDirectory(storage.AttachmentsFolder);
        foreach (var file in files)
        {
            var kind = FileKinds.Detect(await HeaderAsync(file));
            var storedName = $"{Guid.NewGuid():N}";
            await using (var target = File.Create(Path.Combine(storage.AttachmentsFolder, storedName)))
                await file.CopyToAsync(target);
            await attachments.AddAsync(itemId, SafeName(file.FileName), FileKinds.ContentType(kind), file.Length, storedName);
        }
    }

    public string PathOf(AttachmentInfo attachment) => Path.Combine(storage.AttachmentsFolder, attachment.StoredName);

    /// <summary>Stores one checked file under a random name and returns (stored name, content type).</summary>
    public async Task<(string StoredName, string ContentType)> StoreAsync(IFormFile file)
    {
        Directory.CreateDirectory(storage.AttachmentsFolder);
        var kind = FileKinds.Detect(await HeaderAsync(file));
        var storedName = $"{Guid.NewGuid():N}";
        await using (var target = File.Create(Path.Combine(storage.AttachmentsFolder, storedName)))
            await file.CopyToAsync(target);
        return (storedName, FileKinds.ContentType(kind));
    }

    /// <summary>The name shown to people for an uploaded file.</summary>
    public static string DisplayName(IFormFile file) => SafeName(file.FileName);

    private static async Task<byte[]> HeaderAsync(IFormFile file)
    {
        var header = new byte[FileKinds.HeaderBytesNeeded];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false);
        return header[..read];
    }

    /// <summary>The name shown to people: no folders, no control characters, not too long.</summary>
    private static string SafeName(string fileName)
    {
        var name = new string(Path.GetFileName(fileName).Where(c => !char.IsControl(c)).ToArray()).Trim();
        return name.Length switch
        {
            0 => "attachment",
            > 120 => name[..120],
            _ => name,
        };
    }
}

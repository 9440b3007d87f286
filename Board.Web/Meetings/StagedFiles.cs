using System.Security.Cryptography;
using Board.Core.Files;
using Board.Data.Meetings;
using Board.Web.Infrastructure;

namespace Board.Web.Meetings;

/// <summary>The files kept for a form after this post-back, and the problem with the files, if any.</summary>
public sealed record KeptFiles(IReadOnlyList<StagedUpload> Files, IReadOnlyList<string> Problems);

/// <summary>
/// Keeps the files chosen on the "Send an item" form between post-backs (issue 13: "chosen files must be chosen
/// again"). Each file is checked by its content as an attachment is, stored under a random name in the attachments
/// folder, and found again only by its unguessable token with the same person and board; see Board.Core Staging for
/// how long it is kept.
/// </summary>
public sealed class StagedFiles(StorageOptions storage, StagedUploadStore staged, AttachmentStore attachments, AttachmentFiles files,
    BoardClock clock)
{
    /// <summary>
    /// The files the form had kept (<paramref name="tokens"/>), less those the person removed, plus the new ones if
    /// they pass the checks. A new file that fails is not kept, and its problem is returned for the field.
    /// </summary>
    public async Task<KeptFiles> KeepAsync(long boardId, long personId, IReadOnlyList<string> tokens, IReadOnlyCollection<string> removed,
        IReadOnlyList<IFormFile> added)
    {
        await ForgetRunOutAsync();
        var now = clock.UtcNow;
        var found = (await staged.FindAsync(boardId, personId, tokens.Distinct(StringComparer.Ordinal).ToList()))
            .Where(f => !Staging.HasRunOut(f.StagedAt, now)).ToList();
        var plan = Staging.Plan(found.Select(f => f.Token).ToList(), removed, added.Count, AttachmentFiles.MaxFilesPerItem);
        await ForgetAsync(boardId, personId, found.Where(f => !plan.Keep.Contains(f.Token)).ToList());
        var kept = found.Where(f => plan.Keep.Contains(f.Token)).ToList();
        if (plan.Problem is { } tooMany)
            return new KeptFiles(kept, [tooMany]);
        var problems = await AttachmentFiles.CheckAsync(added);
        if (problems.Count > 0)
            return new KeptFiles(kept, problems);
        foreach (var file in added)
            kept.Add(await StageAsync(boardId, personId, file, now));
        return new KeptFiles(kept, []);
    }

    /// <summary>The kept files become the item's attachments; the stored files stay where they are.</summary>
    public async Task AttachAsync(long boardId, long personId, long itemId, IReadOnlyList<StagedUpload> kept)
    {
        foreach (var file in kept)
            await attachments.AddAsync(itemId, file.FileName, file.ContentType, file.Length, file.StoredName);
        await staged.DeleteAsync(boardId, personId, kept.Select(f => f.Token).ToList());
    }

    private async Task<StagedUpload> StageAsync(long boardId, long personId, IFormFile file, DateTimeOffset now)
    {
        var (storedName, contentType) = await files.StoreAsync(file);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var name = AttachmentFiles.DisplayName(file);
        await staged.AddAsync(boardId, personId, token, name, contentType, file.Length, storedName, now);
        return new StagedUpload { Token = token, FileName = name, ContentType = contentType, Length = file.Length, StoredName = storedName, StagedAt = now };
    }

    private async Task ForgetAsync(long boardId, long personId, IReadOnlyList<StagedUpload> forgotten)
    {
        await staged.DeleteAsync(boardId, personId, forgotten.Select(f => f.Token).ToList());
        foreach (var file in forgotten)
            DeleteStored(file.StoredName);
    }

    /// <summary>Files nobody sent in time are removed as the next person keeps a file, so no job is needed for them.</summary>
    private async Task ForgetRunOutAsync()
    {
        foreach (var storedName in await staged.RemoveStagedBeforeAsync(clock.UtcNow - Staging.Lifetime))
            DeleteStored(storedName);
    }

    private void DeleteStored(string storedName)
    {
        // Stored names are ours (random hex), never the uploader's, so they cannot point outside the folder.
        var path = Path.Combine(storage.AttachmentsFolder, Path.GetFileName(storedName));
        if (File.Exists(path))
            File.Delete(path);
    }
}

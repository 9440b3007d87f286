using System.Security.Cryptography;
using Board.Core.Files;
using Board.Core.Operations;
using Board.Data.Meetings;
using Board.Web.Infrastructure;
using Board.Web.Operations;

namespace Board.Web.Meetings;

/// <summary>The files kept for a form after this post-back, and the problem with the files, if any.</summary>
public sealed record KeptFiles(IReadOnlyList<StagedUpload> Files, IReadOnlyList<string> Problems);

/// <summary>
/// Keeps the files chosen on the "Send an item" form between post-backs (issue 13: "chosen files must be chosen
/// again"). Each file is checked by its content as an attachment is, stored under a random name in the attachments
/// folder, and found again only by its unguessable token with the same person, board and meeting; see Board.Core
/// Staging for how long it is kept, and ADR-014 for what bounds the disk they can take.
/// </summary>
public sealed class StagedFiles(StorageOptions storage, StagedUploadStore staged, AttachmentStore attachments, AttachmentFiles files,
    TimeProvider time, IDiskSpace disk)
{
    /// <summary>
    /// The files the form had kept (<paramref name="tokens"/>), less those the person removed, plus the new ones if
    /// they pass the checks. Every other file the person kept for this form is forgotten: one set per form, so
    /// posting back again and again cannot fill the disk. A new file that fails is not kept, and its problem is
    /// returned for the field; so are new files when <paramref name="refusal"/> says items cannot be sent now.
    /// </summary>
    public async Task<KeptFiles> KeepAsync(long boardId, long meetingId, long personId, IReadOnlyList<string> tokens,
        IReadOnlyCollection<string> removed, IReadOnlyList<IFormFile> added, string? refusal = null)
    {
        await SweepAsync();
        var now = time.GetUtcNow();
        var found = (await staged.FindAsync(boardId, meetingId, personId, tokens.Distinct(StringComparer.Ordinal).ToList()))
            .Where(f => !Staging.HasRunOut(f.StagedAt, now)).ToList();
        var plan = Staging.Plan(found.Select(f => f.Token).ToList(), removed, added.Count, AttachmentFiles.MaxFilesPerItem);
        foreach (var storedName in await staged.ForgetAllButAsync(boardId, meetingId, personId, plan.Keep))
            DeleteStored(storedName);
        var kept = found.Where(f => plan.Keep.Contains(f.Token)).ToList();
        if (added.Count == 0)
            return new KeptFiles(kept, []);
        if (refusal is not null)
            return new KeptFiles(kept, [refusal]);
        if (plan.Problem is { } tooMany)
            return new KeptFiles(kept, [tooMany]);
        var problems = await AttachmentFiles.CheckAsync(added);
        if (problems.Count > 0)
            return new KeptFiles(kept, problems);
        var addedBytes = added.Sum(f => f.Length);
        if (Staging.TooMuchKept(await staged.BytesKeptByAsync(personId), addedBytes) is { } tooBig)
            return new KeptFiles(kept, [tooBig]);
        if (disk.Measure(storage.AttachmentsFolder) is { } space && DiskSpace.IsLow(space.Free - addedBytes, space.Total))
            return new KeptFiles(kept, [Staging.DiskLow]);
        foreach (var file in added)
            kept.Add(await StageAsync(boardId, meetingId, personId, file, now));
        return new KeptFiles(kept, []);
    }

    /// <summary>
    /// The kept files become the item's attachments; the stored files stay where they are. Only the files this
    /// request claims are attached (see <see cref="StagedUploadStore.ClaimAsync"/>); returns how many were not
    /// (they ran out, or another send took them).
    /// </summary>
    public async Task<int> AttachAsync(long boardId, long meetingId, long personId, long itemId, IReadOnlyList<StagedUpload> kept)
    {
        var claimed = await staged.ClaimAsync(boardId, meetingId, personId, kept.Select(f => f.Token).ToList(), time.GetUtcNow() - Staging.Lifetime);
        foreach (var file in claimed)
            await attachments.AddAsync(itemId, file.FileName, file.ContentType, file.Length, file.StoredName);
        return kept.Count - claimed.Count;
    }

    /// <summary>
    /// Removes the files nobody sent in time: as anyone keeps a file, and from a recurring job
    /// (<see cref="Jobs.StagedFilesSweepJob"/>), so they go even when nobody sends an item for days.
    /// </summary>
    public async Task<int> SweepAsync()
    {
        var removed = await staged.RemoveStagedBeforeAsync(time.GetUtcNow() - Staging.Lifetime);
        foreach (var storedName in removed)
            DeleteStored(storedName);
        return removed.Count;
    }

    private async Task<StagedUpload> StageAsync(long boardId, long meetingId, long personId, IFormFile file, DateTimeOffset now)
    {
        var (storedName, contentType) = await files.StoreAsync(file);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var name = AttachmentFiles.DisplayName(file);
        await staged.AddAsync(boardId, meetingId, personId, token, name, contentType, file.Length, storedName, now);
        return new StagedUpload { Token = token, FileName = name, ContentType = contentType, Length = file.Length, StoredName = storedName, StagedAt = now };
    }

    private void DeleteStored(string storedName)
    {
        // Stored names are ours (random hex), never the uploader's, so they cannot point outside the folder.
        var path = Path.Combine(storage.AttachmentsFolder, Path.GetFileName(storedName));
        if (File.Exists(path))
            File.Delete(path);
    }
}

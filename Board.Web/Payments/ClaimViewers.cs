using System.Security.Claims;
using Board.Core.Composition;
using Board.Core.Files;
using Board.Core.Payments;
using Board.Data.Payments;
using Board.Data.People;
using Board.Data.Supporters;
using Board.Web.Infrastructure;
using Board.Web.Security;

namespace Board.Web.Payments;

/// <summary>
/// Who is asking about claims, read fresh from the stores on every request (a supporter link or an approver named a
/// minute ago counts now), so every payments page decides with the same Core rule, <see cref="ClaimAccess"/>.
/// </summary>
public sealed class ClaimViewers(SupporterLinkStore links, InvolvementStore involvement, PersonStore people)
{
    public async Task<ClaimViewer?> ForAsync(ClaimsPrincipal user, long boardId)
    {
        if (user.PersonId() is not { } personId || !Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var role))
            return null;
        var supports = (await links.ForPersonAsync(personId)).Where(l => l.SupporterId == personId).Select(l => l.RepId).ToList();
        return new ClaimViewer(personId, role, user.BoardIdOf(), await involvement.IsApproverAsync(boardId, personId), supports);
    }

    /// <summary>The person whose payments these are, if they belong to this board.</summary>
    public Task<Person?> PayeeAsync(long boardId, long personId) => people.GetAsync(boardId, personId);
}

/// <summary>Receipts: checked by content like agenda papers (a renamed program is refused), stored under a random name.</summary>
public sealed class ReceiptFiles(StorageOptions storage)
{
    public const int MaxReceipts = 3;

    private string Folder => Path.Combine(storage.AttachmentsFolder, "receipts");

    public static async Task<IReadOnlyList<string>> CheckAsync(IReadOnlyCollection<IFormFile> files)
    {
        var problems = new List<string>();
        if (files.Count > MaxReceipts)
            problems.Add($"You can add up to {MaxReceipts} receipts.");
        foreach (var file in files)
        {
            var check = FileKinds.CheckAttachment(Path.GetFileName(file.FileName), file.Length, await HeaderAsync(file));
            if (!check.Accepted)
                problems.Add(check.Problem!.Replace("Attach a PDF", "Add a photo or a PDF of the receipt", StringComparison.Ordinal));
        }
        return problems;
    }

    /// <summary>Writes checked files under random names; the caller records them, or deletes them if the claim is refused.</summary>
    public async Task<IReadOnlyList<NewReceipt>> StoreAsync(IEnumerable<IFormFile> files)
    {
        PrivateDataFolder.MakeFolder(Folder);
        var stored = new List<NewReceipt>();
        foreach (var file in files)
        {
            var kind = FileKinds.Detect(await HeaderAsync(file));
            var storedName = $"{Guid.NewGuid():N}";
            await using (var target = File.Create(Path.Combine(Folder, storedName)))
                await file.CopyToAsync(target);
            stored.Add(new NewReceipt(Meetings.AttachmentFiles.DisplayName(file), FileKinds.ContentType(kind), file.Length, storedName));
        }
        return stored;
    }

    public void Delete(IEnumerable<NewReceipt> receipts)
    {
        foreach (var receipt in receipts)
            File.Delete(Path.Combine(Folder, receipt.StoredName));
    }

    public string PathOf(ClaimReceipt receipt) => Path.Combine(Folder, receipt.StoredName);

    private static async Task<byte[]> HeaderAsync(IFormFile file)
    {
        var header = new byte[FileKinds.HeaderBytesNeeded];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false);
        return header[..read];
    }
}

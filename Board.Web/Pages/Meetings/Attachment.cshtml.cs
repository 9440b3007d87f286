using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Data.Groups;
using Board.Data.Meetings;
using Board.Web.Meetings;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// An item's paper. Who may read it follows the agenda (Core <see cref="PaperAccess"/>): public once the item is on a
/// published agenda, before that the coordinator's and the owning group's only. A file of another item or board is
/// "not found", exactly like one that does not exist. Served with the content type found when it was checked, and
/// never run by the browser.
/// </summary>
[AllowAnonymous]
public sealed class AttachmentModel(AgendaItemStore items, MeetingStore meetings, AttachmentStore attachments, AttachmentFiles files, GroupStore groups,
    Board.Web.Infrastructure.BoardClock clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long ItemId { get; set; }
    [FromRoute] public long FileId { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await items.GetAsync(BoardId, ItemId) is not { } item
            || await attachments.GetAsync(ItemId, FileId) is not { } file
            || await meetings.GetAsync(BoardId, item.MeetingId) is not { } meeting
            || !System.IO.File.Exists(files.PathOf(file)))
            return NotFound();
        if (!PaperAccess.Decide(item, meeting.State, await ReaderAsync()).MayRead)
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentSecurityPolicy = "sandbox";
        // Papers not yet public must not sit in a shared cache.
        Response.Headers.CacheControl = "private, no-cache";
        return PhysicalFile(files.PathOf(file), file.ContentType, file.FileName);
    }

    private async Task<PaperReader> ReaderAsync()
    {
        if (User.PersonId() is not { } personId || !Enum.TryParse<Role>(User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value, out var role))
            return PaperReader.Anonymous;
        var boardId = User.BoardIdOf();
        var groupIds = boardId is { } board ? await groups.GroupsOfPersonAsync(board, personId, clock.Today) : [];
        return new PaperReader(personId, boardId, role, groupIds);
    }
}

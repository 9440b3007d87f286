using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Web.Meetings;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// An item's attached file. Public once the item is on a published agenda; before that only people of the board
/// may read it. Served with the content type found when it was checked, and never run by the browser.
/// </summary>
[AllowAnonymous]
public sealed class AttachmentModel(AgendaItemStore items, MeetingStore meetings, AttachmentStore attachments, AttachmentFiles files) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long ItemId { get; set; }
    [FromRoute] public long FileId { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await items.GetAsync(BoardId, ItemId) is not { } item
            || await attachments.GetAsync(ItemId, FileId) is not { } file
            || await meetings.GetAsync(BoardId, item.MeetingId) is not { } meeting)
            return NotFound();
        var isPublic = item.State == AgendaItemState.Accepted && AgendaModel.IsPublished(meeting.State);
        if (!isPublic && User.BoardIdOf() != BoardId && !User.IsInRole(Core.Composition.Roles.Admin))
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentSecurityPolicy = "sandbox";
        return PhysicalFile(files.PathOf(file), file.ContentType, file.FileName);
    }
}

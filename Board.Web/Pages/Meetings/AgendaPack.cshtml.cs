using Board.Data.Boards;
using Board.Data.Meetings;
using Board.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// The agenda pack of a published agenda: the agenda and every paper in one PDF. Only accepted items of a published
/// agenda are in it, and their papers are public then (Core PaperAccess), so the pack is public too; before
/// publication there is no pack ("not found").
/// </summary>
[AllowAnonymous]
public sealed class AgendaPackModel(AgendaPacks packs, BoardStore boards, MeetingStore meetings) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await packs.GetAsync(BoardId, MeetingId) is not { } pack
            || await boards.GetAsync(BoardId) is not { } board || await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return NotFound();
        var etag = new EntityTagHeaderValue($"\"{pack.Version}\"");
        Response.Headers.CacheControl = "public, max-age=300";
        Response.Headers.ETag = etag.ToString();
        if (EntityTagHeaderValue.TryParseList(Request.Headers.IfNoneMatch, out var sent)
            && sent.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            return StatusCode(StatusCodes.Status304NotModified);
        PdfResponses.Name(Response, PdfResponses.FileName(board.Name, DateOnly.FromDateTime(meeting.StartsAt), "agenda-pack.pdf"));
        return File(pack.Content, "application/pdf");
    }
}

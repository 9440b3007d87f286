using Board.Data.Boards;
using Board.Data.Meetings;
using Board.Web.Documents;
using Board.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// The agenda pack of a published agenda: the agenda and every paper in one PDF. Only accepted items of a published
/// agenda are in it, and their papers are public then (Core PaperAccess), so the pack is public too; before
/// publication there is no pack ("not found"). The ETag is the agenda's version, worked out before any build, so an
/// unchanged pack costs a 304; "no-cache" makes every cache ask again, so a withdrawn paper is never served from one.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.AgendaPacks)]
public sealed class AgendaPackModel(AgendaPacks packs, BoardStore boards, MeetingStore meetings, ILogger<AgendaPackModel> log) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await packs.VersionAsync(BoardId, MeetingId) is not { } version
            || await boards.GetAsync(BoardId) is not { } board || await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return NotFound();
        var etag = new EntityTagHeaderValue($"\"{version}\"");
        Response.Headers.CacheControl = "no-cache";
        Response.Headers.ETag = etag.ToString();
        if (EntityTagHeaderValue.TryParseList(Request.Headers.IfNoneMatch, out var sent)
            && sent.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            return StatusCode(StatusCodes.Status304NotModified);
        AgendaPack? pack;
        try
        {
            pack = await packs.GetAsync(BoardId, MeetingId);
        }
        // Bad papers are left out inside the build; this is the whole pack failing: a plain page, never a stack trace.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "The agenda pack of meeting {MeetingId} could not be built", MeetingId);
            Response.Headers.Remove(HeaderNames.ETag);
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        if (pack is null)
            return NotFound();
        // The agenda may have changed while the pack was built: name the version sent.
        Response.Headers.ETag = new EntityTagHeaderValue($"\"{pack.Version}\"").ToString();
        PdfResponses.Name(Response, PdfResponses.FileName(board.Name, DateOnly.FromDateTime(meeting.StartsAt), "agenda-pack.pdf"));
        return File(pack.Content, "application/pdf");
    }
}

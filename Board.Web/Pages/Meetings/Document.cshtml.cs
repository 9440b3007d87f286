using Board.Data.Boards;
using Board.Data.Documents;
using Board.Data.Meetings;
using Board.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// A published agenda's or minutes' PDF, as rendered by the job. Served with its fingerprint as the ETag, so a
/// browser or proxy that has it already gets "not modified", and a download name that says what it is.
/// </summary>
[AllowAnonymous]
public sealed class DocumentModel(DocumentStore documents, BoardStore boards, MeetingStore meetings) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    [FromRoute] public string FileName { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!DocumentLinks.TryParse(FileName, out var kind, out var style)
            || await documents.GetAsync(BoardId, MeetingId, kind, style) is not { } document
            || await boards.GetAsync(BoardId) is not { } board || await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return NotFound();

        var etag = new EntityTagHeaderValue($"\"{document.Sha256}\"");
        // Published documents rarely change, but can be rendered again: a short lifetime, then a cheap revalidation.
        Response.Headers.CacheControl = "public, max-age=300";
        Response.Headers.ETag = etag.ToString();
        // A list, a weak tag or "*" all count, as HTTP says for If-None-Match.
        if (EntityTagHeaderValue.TryParseList(Request.Headers.IfNoneMatch, out var sent)
            && sent.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            return StatusCode(StatusCodes.Status304NotModified);

        PdfResponses.Name(Response, PdfResponses.FileName(board.Name, DateOnly.FromDateTime(meeting.StartsAt), FileName));
        return File(document.Content, "application/pdf");
    }
}

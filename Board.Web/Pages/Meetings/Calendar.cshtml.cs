using Board.Data.Boards;
using Board.Data.Meetings;
using Board.Web.Infrastructure;
using Board.Web.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>The board's meetings as an iCalendar feed. Public, like the published agendas it links to.</summary>
[AllowAnonymous]
public sealed class CalendarModel(BoardStore boards, MeetingStore meetings, BoardClock clock, PublicAddress address) : PageModel
{
    [FromRoute] public long BoardId { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await boards.GetAsync(BoardId) is not { } board)
            return NotFound();
        var feed = CalendarFeed.Build(board.Name, BoardId, await meetings.ListAsync(BoardId), clock.ToUtc, clock.UtcNow,
            address.Link("/").TrimEnd('/'));
        // Public caching is safe because the links come from the configured address, never the request's Host header.
        Response.Headers.CacheControl = "public, max-age=900";
        Response.Headers.ContentDisposition = "inline; filename=\"meetings.ics\"";
        return Content(feed, "text/calendar; charset=utf-8");
    }
}

using Board.Core.Composition;
using Board.Core.Minutes;
using Board.Data.Minutes;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// A board's own picture for an item of the minutes. Everyone sees it once the minutes are published; before that,
/// only people of the board (the Reps check the draft with it). Anyone else is told it is not there.
/// </summary>
[AllowAnonymous]
public sealed class MinutesPictureModel(MinutesStore minutes) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    [FromRoute] public long ItemId { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await minutes.GetAsync(BoardId, MeetingId) is not { } draft)
            return NotFound();
        var ofThisBoard = User.BoardIdOf() == BoardId || User.IsInRole(Roles.Admin);
        if (draft.State != MinutesState.Published && !ofThisBoard)
            return NotFound();
        if (await minutes.OwnPictureAsync(BoardId, MeetingId, ItemId) is not { } picture)
            return NotFound();
        Response.Headers.CacheControl = draft.State == MinutesState.Published ? "public, max-age=300" : "private, no-store";
        // An upload: the browser must take it as the picture type we checked, never guess another.
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(picture.Content, picture.ContentType);
    }
}

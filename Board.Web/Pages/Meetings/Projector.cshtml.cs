using System.Security.Cryptography;
using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Web.Infrastructure;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// The screen for the room: the question, how many have voted, and the result, large, with symbols and counts; the
/// item the meeting is on and whether it can decide; and, while the meeting is live and only when the coordinator
/// opened it (their device drives the room's screen), the square code Reps scan to check themselves in (ADR-012).
/// Anyone else who opens this screen, from home or anywhere, gets no code in the page at all.
/// </summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class ProjectorModel(MeetingStore meetings, MeetingDayStore day, PublicAddress address, BoardClock clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    public string MeetingTitle { get; private set; } = "";

    /// <summary>True when this screen shows the check-in code (the coordinator's device, meeting live).</summary>
    public bool ShowsCheckIn { get; private set; }

    /// <summary>Seconds until the code changes: the screen fetches the next one then.</summary>
    public int SecondsToNextCode { get; private set; }

    public static int WindowSeconds => (int)CheckIn.Window.TotalSeconds;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return NotFound();
        MeetingTitle = $"{meeting.Title}, {Core.Text.PlainDates.Date(meeting.StartsAt)}";
        ShowsCheckIn = meeting.State == MeetingState.Live && RunsTheRoom;
        SecondsToNextCode = (int)Math.Ceiling((CheckIn.WindowEnds(clock.UtcNow) - clock.UtcNow).TotalSeconds);
        return Page();
    }

    /// <summary>The board's coordinator, or an administrator (who may do whatever a coordinator may, on every board).</summary>
    private bool RunsTheRoom => User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Admin);

    /// <summary>The square code for the current window, as an SVG picture. Only the coordinator, only while live.</summary>
    public async Task<IActionResult> OnGetCheckInCodeAsync()
    {
        if (!RunsTheRoom)
            return Forbid();
        if (await meetings.GetAsync(BoardId, MeetingId) is not { State: MeetingState.Live }
            || await day.CheckInSecretAsync(BoardId, MeetingId, Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant()) is not { } secret)
            return NotFound();
        var code = CheckIn.CodeFor(secret, MeetingId, CheckIn.WindowOf(clock.UtcNow));
        // The configured public address, never the request's Host header, which anyone can set.
        using var data = QRCodeGenerator.GenerateQrCode(address.Link($"/boards/{BoardId}/meetings/{MeetingId}/check-in/{code}"), QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        // A code is good for minutes: never kept by a browser or a proxy.
        Response.Headers.CacheControl = "no-store";
        return Content(svg, "image/svg+xml");
    }
}

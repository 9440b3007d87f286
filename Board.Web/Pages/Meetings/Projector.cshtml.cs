using System.Security.Cryptography;
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
/// item the meeting is on and whether it can decide; and, while the meeting is live, the square code Reps scan to
/// check themselves in (ADR-012).
/// </summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class ProjectorModel(MeetingStore meetings, MeetingDayStore day, PublicAddress address) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    public string MeetingTitle { get; private set; } = "";
    public string? CheckInQrSvg { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return NotFound();
        MeetingTitle = $"{meeting.Title}, {Core.Text.PlainDates.Date(meeting.StartsAt)}";
        if (meeting.State == MeetingState.Live
            && await day.CheckInCodeAsync(BoardId, MeetingId, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant()) is { } code)
        {
            // The configured public address, never the request's Host header, which anyone can set.
            using var data = QRCodeGenerator.GenerateQrCode(address.Link($"/boards/{BoardId}/meetings/{MeetingId}/check-in/{code}"), QRCodeGenerator.ECCLevel.M);
            CheckInQrSvg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        }
        return Page();
    }
}

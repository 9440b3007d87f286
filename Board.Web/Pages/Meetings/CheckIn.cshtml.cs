using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Web.Infrastructure;
using Board.Web.Meetings;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// Self check-in: a member scans the code on the room's screen, taps "I am here", and is marked in the room; the
/// console and quorum update at once. Someone not signed in signs in first and comes back here (ADR-012). The code in
/// the link changes every few minutes; checking in never overrides a mark the coordinator made.
/// </summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class CheckInModel(
    MeetingStore meetings, MeetingDayStore day, AttendanceStore attendance, MemberQueries members, MeetingDayNews news, BoardClock clock)
    : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    [FromRoute] public string Code { get; set; } = "";
    public string MeetingName { get; private set; } = "";
    public string? Problem { get; private set; }
    public bool CheckedIn { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (Problem is not null)
            return Page();
        var me = User.PersonIdOrThrow();
        // Only someone not marked yet: the store refuses over any existing mark, in the same statement.
        if (!CheckedIn && await attendance.SelfCheckInAsync(MeetingId, me, clock.LocalNow))
            await news.AttendanceChangedAsync(BoardId, MeetingId, me, _memberIds);
        return Redirect($"/boards/{BoardId}/meetings/{MeetingId}/check-in/{Uri.EscapeDataString(Code)}");
    }

    private IReadOnlyList<long> _memberIds = [];

    private async Task<bool> LoadAsync()
    {
        if (await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return false;
        MeetingName = $"{meeting.Title}, {Core.Text.PlainDates.Date(meeting.StartsAt)}";
        var me = User.PersonIdOrThrow();
        _memberIds = (await members.CurrentAsync(BoardId, DateOnly.FromDateTime(meeting.StartsAt))).Select(m => m.PersonId).Distinct().ToList();
        Problem = CheckIn.Problem(await day.StoredCheckInSecretAsync(BoardId, MeetingId), MeetingId, Code, clock.UtcNow, meeting.State, _memberIds.Contains(me));
        if (Problem is not null)
            return true;
        var mine = (await attendance.ForMeetingAsync(MeetingId)).FirstOrDefault(a => a.PersonId == me);
        Problem = CheckIn.CoordinatorMarked(mine);
        CheckedIn = Problem is null && mine is { IsPresent: true };
        return true;
    }
}

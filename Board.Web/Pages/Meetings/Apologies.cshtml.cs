using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Web.Infrastructure;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>A member says, before the meeting, that they cannot come. Always for themselves: the person comes from the sign-in.</summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class ApologiesModel(MeetingStore meetings, AttendanceStore attendance, MemberQueries members, Voting.VotingRoll rolls, BoardClock clock)
    : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    public Meeting Meeting { get; private set; } = null!;
    public bool IsMember { get; private set; }
    public bool AlreadySent { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (!IsMember)
            Problem = "Only members of the board send apologies.";
        else if (Meeting.State is MeetingState.Live or MeetingState.Closed)
            Problem = "The meeting has already started. Tell the coordinator instead.";
        if (Problem is not null)
            return Page();
        await attendance.MarkAsync(MeetingId, User.PersonIdOrThrow(), AttendanceMark.Apologies, clock.LocalNow);
        rolls.Forget(MeetingId);
        TempData["Sent"] = "Thank you. We know you cannot come.";
        return Redirect($"/boards/{BoardId}/meetings/{MeetingId}/apologies");
    }

    private async Task<bool> LoadAsync()
    {
        if (await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return false;
        Meeting = meeting;
        var me = User.PersonIdOrThrow();
        IsMember = (await members.CurrentAsync(BoardId, DateOnly.FromDateTime(meeting.StartsAt))).Any(m => m.PersonId == me);
        AlreadySent = (await attendance.ForMeetingAsync(MeetingId)).Any(a => a.PersonId == me && a.Mark == AttendanceMark.Apologies);
        return true;
    }
}

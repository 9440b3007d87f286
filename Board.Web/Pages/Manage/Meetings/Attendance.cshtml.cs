using Board.Core.Meetings;
using Board.Data.Boards;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.Meetings;

/// <summary>On the day: who is in the room, online, away or gone, and whether the meeting can decide (quorum, live).</summary>
public sealed class AttendanceModel(
    MeetingStore meetings, AttendanceStore attendance, MemberQueries members, MembershipStore memberships,
    ConstitutionStore constitutions, Voting.VotingRoll rolls, BoardClock boardClock, Web.Meetings.MeetingDayNews news, TimeProvider clock) : ManagePageModel(clock)
{
    [FromRoute] public long MeetingId { get; set; }
    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyList<MemberListing> Members { get; private set; } = [];
    public IReadOnlyDictionary<long, Attendance> Marks { get; private set; } = new Dictionary<long, Attendance>();
    public QuorumResult Quorum { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    /// <summary>Who is here can be marked once the agenda is out and while the meeting runs; after that it is the record.</summary>
    public string? Problem { get; private set; }

    private bool CanMark => Meeting.State is MeetingState.AgendaPublished or MeetingState.Live;

    public async Task<IActionResult> OnPostMarkAsync(long personId, AttendanceMark mark)
    {
        if (!await LoadAsync())
            return NotFound();
        if (!CanMark)
        {
            Problem = "Who is here can only be marked on the day, once the agenda is published and until the meeting closes.";
            return Page();
        }
        if (Members.All(m => m.PersonId != personId))
            return BadRequest();
        await attendance.MarkAsync(MeetingId, personId, mark, boardClock.LocalNow);
        rolls.Forget(MeetingId);
        await news.AttendanceChangedAsync(BoardId, MeetingId, personId, Members.Select(m => m.PersonId).ToList());
        return Redirect(ManagePath($"/meetings/{MeetingId}/attendance#person-{personId}"));
    }

    public async Task<IActionResult> OnPostLeaveAsync(long personId)
    {
        if (!await LoadAsync())
            return NotFound();
        if (!CanMark)
        {
            Problem = "Who is here can only be marked on the day, once the agenda is published and until the meeting closes.";
            return Page();
        }
        if (Members.All(m => m.PersonId != personId))
            return BadRequest();
        await attendance.LeaveAsync(MeetingId, personId, boardClock.LocalNow);
        rolls.Forget(MeetingId);
        await news.AttendanceChangedAsync(BoardId, MeetingId, personId, Members.Select(m => m.PersonId).ToList());
        return Redirect(ManagePath($"/meetings/{MeetingId}/attendance#person-{personId}"));
    }

    private async Task<bool> LoadAsync()
    {
        if (await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return false;
        Meeting = meeting;
        var meetingDate = DateOnly.FromDateTime(meeting.StartsAt);
        Members = (await members.CurrentAsync(BoardId, meetingDate)).DistinctBy(m => m.PersonId).ToList();
        var marks = await attendance.ForMeetingAsync(MeetingId);
        Marks = marks.ToDictionary(a => a.PersonId);
        var constitution = await constitutions.LoadAsync(BoardId) ?? throw new InvalidOperationException($"Board {BoardId} has no constitution.");
        Quorum = Core.Meetings.Quorum.Evaluate(constitution, await memberships.ListAsync(BoardId), marks, meetingDate);
        return true;
    }
}

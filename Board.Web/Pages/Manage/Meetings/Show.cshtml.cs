using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Web.Infrastructure;
using Board.Web.Meetings;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.Meetings;

/// <summary>The coordinator's view of one meeting: the items to decide, the agenda, the co-chairs' approval and the next step.</summary>
public sealed class ShowModel(AgendaViews views, MeetingStore meetings, MemberQueries members, BoardClock boardClock, TimeProvider clock)
    : ManagePageModel(clock)
{
    [FromRoute] public long MeetingId { get; set; }
    public AgendaView View { get; private set; } = null!;
    public IReadOnlyList<string> CoChairs { get; private set; } = [];
    public IReadOnlyList<string> Approved { get; private set; } = [];
    public string? StepProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostStepAsync(MeetingStep step)
    {
        if (!await LoadAsync())
            return NotFound();
        var result = MeetingLifecycle.Apply(View.Meeting.State, step, await ReadinessAsync());
        if (!result.Allowed)
        {
            StepProblem = result.Message;
            return Page();
        }
        if (!await meetings.MoveAsync(BoardId, MeetingId, View.Meeting.State, result.Next, Now))
        {
            StepProblem = "Someone else changed this meeting just now. Check it and try again.";
            await LoadAsync();
            return Page();
        }
        Saved = result.Message;
        return Redirect(ManagePath($"/meetings/{MeetingId}"));
    }

    private async Task<AgendaReadiness> ReadinessAsync()
    {
        var coChairIds = (await members.CurrentAsync(BoardId, boardClock.Today)).Where(m => m.IsCoChair).Select(m => m.PersonId).ToList();
        var approvers = await meetings.ApproversAsync(MeetingId);
        return new AgendaReadiness(View.ToDecide.Count(), View.Accepted.Count(),
            coChairIds.Count > 0 && coChairIds.All(approvers.Contains));
    }

    private async Task<bool> LoadAsync()
    {
        if (await views.LoadAsync(BoardId, MeetingId) is not { } view)
            return false;
        View = view;
        var coChairs = (await members.CurrentAsync(BoardId, boardClock.Today)).Where(m => m.IsCoChair).ToList();
        var approvers = await meetings.ApproversAsync(MeetingId);
        CoChairs = coChairs.Select(c => c.PersonName).ToList();
        Approved = coChairs.Where(c => approvers.Contains(c.PersonId)).Select(c => c.PersonName).ToList();
        return true;
    }
}

using Board.Core.Meetings;
using Board.Core.Plans;
using Board.Data.Meetings;
using Board.Data.Plans;
using Board.Web.Infrastructure;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Plan;

/// <summary>The plan dashboard: progress per chapter, what is late, what changed since the last meeting, with filters.</summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class IndexModel(PlanStore plans, FollowStore follows, MeetingStore meetings, BoardClock clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromQuery] public string? Owner { get; set; }
    [FromQuery] public ActionStatus? Status { get; set; }
    [FromQuery] public long? Chapter { get; set; }

    public Core.Plans.Plan? Plan { get; private set; }
    public IReadOnlyList<Chapter> Chapters { get; private set; } = [];
    public IReadOnlyList<(Chapter Chapter, ChapterProgress Progress)> Progress { get; private set; } = [];
    public IReadOnlyList<PlanAction> Shown { get; private set; } = [];
    public IReadOnlyList<PlanAction> Overdue { get; private set; } = [];
    public IReadOnlyList<PlanAction> Changed { get; private set; } = [];
    public IReadOnlyList<string> Owners { get; private set; } = [];
    public IReadOnlySet<long> Following { get; private set; } = new HashSet<long>();
    public IReadOnlySet<long> FollowingChapters { get; private set; } = new HashSet<long>();

    /// <summary>Follow (or stop following) a whole chapter: news of every action in it.</summary>
    public async Task<IActionResult> OnPostChapterAsync(long chapterId, bool follow)
    {
        if (await plans.CurrentPlanAsync(BoardId) is not { } plan || (await plans.ChaptersAsync(plan.Id)).All(c => c.Id != chapterId))
            return NotFound();
        if (follow)
            await follows.FollowAsync(User.PersonIdOrThrow(), null, chapterId);
        else
            await follows.UnfollowAsync(User.PersonIdOrThrow(), null, chapterId);
        return Redirect($"/boards/{BoardId}/plan#chapters");
    }
    public DateTime? LastMeeting { get; private set; }
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync()
    {
        Plan = await plans.CurrentPlanAsync(BoardId);
        if (Plan is null)
            return Page();
        Chapters = await plans.ChaptersAsync(Plan.Id);
        var actions = await plans.ActionsAsync(BoardId);
        var byChapter = PlanProgress.ByChapter(Chapters, actions, Today).ToDictionary(p => p.ChapterId);
        Progress = Chapters.Select(c => (c, byChapter[c.Id])).ToList();
        Shown = PlanProgress.Filter(actions, Owner, Status, Chapter);
        Overdue = actions.Where(a => ActionRules.IsOverdue(a, Today)).OrderBy(a => a.DueDate).ToList();
        LastMeeting = (await meetings.ListAsync(BoardId)).Where(m => m.State == MeetingState.Closed).Select(m => (DateTime?)m.StartsAt).LastOrDefault();
        var since = LastMeeting is { } last ? new DateTimeOffset(clock.ToUtc(last), TimeSpan.Zero) : DateTimeOffset.MinValue;
        Changed = PlanProgress.ChangedSince(actions, await plans.UpdatesAsync(BoardId), since);
        Owners = actions.Select(a => a.Owner).Distinct(StringComparer.OrdinalIgnoreCase).Order().ToList();
        var followed = await follows.FollowedByAsync(User.PersonIdOrThrow());
        Following = followed.Actions.ToHashSet();
        FollowingChapters = followed.Chapters.ToHashSet();
        return Page();
    }
}

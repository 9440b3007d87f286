using Board.Core.Plans;
using Board.Data.Notifications;
using Board.Data.People;
using Board.Data.Plans;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Plan;

/// <summary>
/// One action of the plan: what will happen, who, by when, and every update. Members follow it; the owner
/// organisation's partners (and the coordinator) post updates, the only way its status changes. Questions and
/// comments on the action are in ActionModel.Questions.cs.
/// </summary>
[Authorize(Policy = Policies.BoardMember)]
[RequestSizeLimit(8 * 1024 * 1024)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Board.Web.Infrastructure.RateLimits.Uploads)]
public sealed partial class ActionModel(PlanStore plans, FollowStore follows, PersonStore people, NotificationStore notifications,
    ActionQuestionStore questions, Board.Web.Meetings.AttachmentFiles files, Board.Web.Infrastructure.BoardClock clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long ActionId { get; set; }
    [BindProperty] public UpdateInput Input { get; set; } = new();
    [TempData] public string? Saved { get; set; }
    [BindProperty] public IFormFile? EvidenceFile { get; set; }
    public IReadOnlySet<long> WithEvidence { get; private set; } = new HashSet<long>();

    public PlanAction Action { get; private set; } = null!;
    public Chapter? Chapter { get; private set; }
    public IReadOnlyList<ActionUpdate> Updates { get; private set; } = [];
    public IReadOnlyDictionary<long, string> Names { get; private set; } = new Dictionary<long, string>();
    public bool Following { get; private set; }
    public bool CanPost { get; private set; }
    public DateOnly Today => clock.Today;

    /// <summary>The status the poster saw: if it changed since, their update is refused rather than undo someone else's.</summary>
    [BindProperty] public ActionStatus? SeenStatus { get; set; }

    public DateOnly LocalDate(DateTimeOffset moment) => DateOnly.FromDateTime(clock.Local(moment));

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        Input.NewStatus = Action.Status;
        return Page();
    }

    public async Task<IActionResult> OnPostFollowAsync() => await FollowAsync(follow: true);

    public async Task<IActionResult> OnPostUnfollowAsync() => await FollowAsync(follow: false);

    public async Task<IActionResult> OnPostUpdateAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (!CanPost)
            return Forbid();
        foreach (var error in ActionRules.ValidateUpdate(Action, Input.NewStatus ?? Action.Status, Input.WhatHappened, Input.WhatHappenedEasyRead, Input.EvidenceLink))
            ModelState.AddModelError($"Input.{error.Field}", error.Message);
        if (EvidenceFile is not null)
            foreach (var problem in await Board.Web.Meetings.AttachmentFiles.CheckAsync([EvidenceFile]))
                ModelState.AddModelError(nameof(EvidenceFile), problem);
        if (!ModelState.IsValid)
            return Page();
        var status = Input.NewStatus ?? Action.Status;
        if (SeenStatus is { } seen && seen != Action.Status)
        {
            ModelState.AddModelError("Input.NewStatus", $"Someone posted an update just now. It is now: {ActionRules.Describe(Action.Status)}. Read it, then post yours.");
            Input.NewStatus = Action.Status;
            return Page();
        }
        var updateId = await plans.PostUpdateAsync(Action, User.PersonIdOrThrow(), Input.WhatHappened!.Trim(), Input.WhatHappenedEasyRead!.Trim(),
            string.IsNullOrWhiteSpace(Input.EvidenceLink) ? null : Input.EvidenceLink.Trim(), status, clock.UtcNow);
        if (updateId == 0)
        {
            await LoadAsync();
            ModelState.AddModelError("Input.NewStatus", $"Someone posted an update just now. It is now: {ActionRules.Describe(Action.Status)}. Read it, then post yours.");
            return Page();
        }
        if (EvidenceFile is not null)
        {
            var (storedName, contentType) = await files.StoreAsync(EvidenceFile);
            await plans.AddEvidenceFileAsync(updateId, Board.Web.Meetings.AttachmentFiles.DisplayName(EvidenceFile), contentType, EvidenceFile.Length, storedName);
        }
        foreach (var follower in await follows.FollowersOfActionAsync(ActionId))
            await notifications.SendAsync(follower, $"plan-update:{updateId}", $"News about an action: {Action.WhatEasyRead}",
                $"{Input.WhatHappenedEasyRead!.Trim()} It is now: {ActionRules.Describe(status)}.", $"/boards/{BoardId}/plan/actions/{ActionId}", clock.UtcNow);
        Saved = "Your update is posted. Everyone following this action has been told.";
        return Redirect($"/boards/{BoardId}/plan/actions/{ActionId}");
    }

    private async Task<IActionResult> FollowAsync(bool follow)
    {
        if (!await LoadAsync())
            return NotFound();
        if (follow)
            await follows.FollowAsync(User.PersonIdOrThrow(), ActionId, null);
        else
            await follows.UnfollowAsync(User.PersonIdOrThrow(), ActionId, null);
        Saved = follow ? "You are following this action. We will tell you when there is news." : "You are no longer following this action.";
        return Redirect($"/boards/{BoardId}/plan/actions/{ActionId}");
    }

    private async Task<bool> LoadAsync()
    {
        if (await plans.ActionAsync(BoardId, ActionId) is not { } action || await plans.CurrentPlanAsync(BoardId) is not { } plan)
            return false;
        Action = action;
        Chapter = (await plans.ChaptersAsync(plan.Id)).FirstOrDefault(c => c.Id == action.ChapterId);
        Updates = (await plans.UpdatesAsync(BoardId)).Where(u => u.ActionId == ActionId).ToList();
        WithEvidence = await plans.UpdatesWithEvidenceAsync(ActionId);
        var me = await people.GetSelfAsync(User.PersonIdOrThrow());
        BoardPeople = (await people.ListAsync(BoardId)).ToDictionary(p => p.Id);
        Names = BoardPeople.ToDictionary(p => p.Key, p => p.Value.Name);
        Following = (await follows.FollowedByAsync(User.PersonIdOrThrow())).Actions.Contains(ActionId);
        CanPost = me is not null && Ownership.CanPostUpdate(me.Role, me.Organisation, action);
        Me = me;
        Questions = await questions.ForActionAsync(BoardId, ActionId);
        return true;
    }

    public sealed class UpdateInput
    {
        public string? WhatHappened { get; set; }
        public string? WhatHappenedEasyRead { get; set; }
        public string? EvidenceLink { get; set; }
        public ActionStatus? NewStatus { get; set; }
    }
}

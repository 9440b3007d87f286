using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Data.Groups;
using Board.Data.Meetings;
using Board.Web.Infrastructure;
using Board.Web.Meetings;
using Board.Web.Pictures;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// A supporter raises an item on behalf of a self-advocacy group they work with (the coordinator may raise items for
/// any group, or the board's own). "Check the words" shows the easy-read advice without saving: in place with
/// JavaScript (the Advice handler), or as a post-back that keeps everything typed, chosen and attached.
/// </summary>
[Authorize(Policy = Policies.BoardSupporter)]
[RequestSizeLimit(20 * 1024 * 1024)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Board.Web.Infrastructure.RateLimits.Uploads)]
public sealed class RaiseItemModel(
    MeetingStore meetings, AgendaItemStore items, GroupStore groups, StagedFiles staged, PictureSet pictures, BoardClock clock)
    : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    [BindProperty] public ItemInput Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    /// <summary>Tokens of the files kept from the last post-back.</summary>
    [BindProperty] public List<string> Kept { get; set; } = [];

    /// <summary>A kept file the person asked to remove (the "Remove" button beside it).</summary>
    [BindProperty] public string? Remove { get; set; }

    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyList<SelfAdvocacyGroup> Groups { get; private set; } = [];
    public bool IsCoordinator => User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Admin);
    public IReadOnlyList<Picture> Pictures => pictures.All;
    public bool Checked { get; private set; }
    public IReadOnlyList<StagedUpload> KeptFiles { get; private set; } = [];

    /// <summary>Why items cannot be sent for this meeting now (past the deadline, agenda published), if so.</summary>
    public string? RaisingProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        RaisingProblem = AgendaRules.ProblemRaising(Meeting, clock.LocalNow, IsCoordinator);
        if (Groups.Count == 1)
            Input.GroupId = Groups[0].Id;
        return Page();
    }

    /// <summary>The post-back without JavaScript: nothing is saved, everything comes back, files included.</summary>
    public async Task<IActionResult> OnPostCheckAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        ModelState.Clear();
        Checked = true;
        if (Board.Core.EasyRead.EasyReadChecker.TooLongToCheck(Input.EasyReadSummary, AgendaRules.MaxSummaryLength) is { } tooLong)
            ModelState.AddModelError("Input.EasyReadSummary", tooLong);
        await KeepFilesAsync();
        return Page();
    }

    /// <summary>With JavaScript, "Check the words" asks only for the advice, shown beside the text; nothing reloads.</summary>
    public async Task<IActionResult> OnPostAdviceAsync()
    {
        if (await meetings.GetAsync(BoardId, MeetingId) is null)
            return NotFound();
        // Checked only up to what the field saves: the request may be 20 MB (files), the summary never needs to be.
        if (Board.Core.EasyRead.EasyReadChecker.TooLongToCheck(Input.EasyReadSummary, AgendaRules.MaxSummaryLength) is { } tooLong)
            return Partial("_EasyReadTooLong", tooLong);
        return Partial("_EasyReadAdvice", Input.EasyReadSummary);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (AgendaRules.ProblemRaising(Meeting, clock.LocalNow, IsCoordinator) is { } problem)
            ModelState.AddModelError("Meeting", problem);
        if (Input.GroupId is { } groupId ? Groups.All(g => g.Id != groupId) : !IsCoordinator)
            ModelState.AddModelError("Input.GroupId", "Choose a group you support. Ask the coordinator if your group is not in the list.");
        if (Input.Picture is not null && !pictures.Contains(Input.Picture))
            ModelState.AddModelError("Input.Picture", "Choose a picture from the list");
        await KeepFilesAsync();
        if (!ModelState.IsValid)
            return Page();

        var id = await items.RaiseAsync(BoardId, User.PersonIdOrThrow(), new NewAgendaItem(MeetingId, Input.GroupId,
            Input.Title.Trim(), Input.EasyReadSummary.Trim(), Input.Details.Trim(), Input.Ask!.Value, Input.Picture!), clock.UtcNow);
        if (id == 0)
        {
            ModelState.AddModelError("Meeting", "This meeting's agenda was published just now. Choose a later meeting.");
            return Page();
        }
        var notAttached = await staged.AttachAsync(BoardId, MeetingId, User.PersonIdOrThrow(), id, KeptFiles);
        TempData["Saved"] = $"\"{Input.Title.Trim()}\" has been sent. The coordinator will decide about it and tell the group."
            + (notAttached == 0 ? "" : notAttached == 1
                ? " 1 file was not attached: it was kept too long. Send it to the coordinator."
                : $" {notAttached} files were not attached: they were kept too long. Send them to the coordinator.");
        return Redirect(Input.GroupId is { } group ? $"/boards/{BoardId}/groups/{group}" : $"/boards/{BoardId}/manage/meetings/{MeetingId}");
    }

    /// <summary>Keeps the files from before and the newly chosen ones, so a post-back never asks for them again.</summary>
    private async Task KeepFilesAsync()
    {
        // No new files are kept for a meeting that takes no items now (past the deadline, agenda published).
        var refusal = AgendaRules.ProblemRaising(Meeting, clock.LocalNow, IsCoordinator);
        var kept = await staged.KeepAsync(BoardId, MeetingId, User.PersonIdOrThrow(), Kept, Remove is null ? [] : [Remove], Files, refusal);
        KeptFiles = kept.Files;
        foreach (var fileProblem in kept.Problems)
            ModelState.AddModelError(nameof(Files), fileProblem);
    }

    /// <summary>A supporter sees only the groups they work with; the coordinator sees every group of the board.</summary>
    private async Task<bool> LoadAsync()
    {
        if (await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return false;
        Meeting = meeting;
        var boardGroups = await groups.ListAsync(BoardId);
        var mine = IsCoordinator ? null : (await groups.GroupsSupportedByAsync(User.PersonIdOrThrow())).ToHashSet();
        Groups = boardGroups.Where(g => mine is null || mine.Contains(g.Id)).ToList();
        return true;
    }
}

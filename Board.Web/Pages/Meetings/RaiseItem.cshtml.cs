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
/// any group, or the board's own). "Check the words" shows the easy-read advice without saving.
/// </summary>
[Authorize(Policy = Policies.BoardSupporter)]
[RequestSizeLimit(20 * 1024 * 1024)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Board.Web.Infrastructure.RateLimits.Uploads)]
public sealed class RaiseItemModel(
    MeetingStore meetings, AgendaItemStore items, GroupStore groups, AttachmentFiles files, PictureSet pictures, BoardClock clock)
    : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    [BindProperty] public ItemInput Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyList<SelfAdvocacyGroup> Groups { get; private set; } = [];
    public bool IsCoordinator => User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Admin);
    public IReadOnlyList<Picture> Pictures => pictures.All;
    public bool Checked { get; private set; }

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

    public async Task<IActionResult> OnPostCheckAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        ModelState.Clear();
        Checked = true;
        return Page();
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
        foreach (var fileProblem in await AttachmentFiles.CheckAsync(Files))
            ModelState.AddModelError(nameof(Files), fileProblem);
        if (!ModelState.IsValid)
            return Page();

        var id = await items.RaiseAsync(BoardId, User.PersonIdOrThrow(), new NewAgendaItem(MeetingId, Input.GroupId,
            Input.Title.Trim(), Input.EasyReadSummary.Trim(), Input.Details.Trim(), Input.Ask!.Value, Input.Picture!), clock.UtcNow);
        if (id == 0)
        {
            ModelState.AddModelError("Meeting", "This meeting's agenda was published just now. Choose a later meeting.");
            return Page();
        }
        await files.SaveAsync(id, Files);
        TempData["Saved"] = $"\"{Input.Title.Trim()}\" has been sent. The coordinator will decide about it and tell the group.";
        return Redirect(Input.GroupId is { } group ? $"/boards/{BoardId}/groups/{group}" : $"/boards/{BoardId}/manage/meetings/{MeetingId}");
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

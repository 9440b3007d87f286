using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Data.Groups;
using Board.Data.Meetings;
using Board.Web.Infrastructure;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Groups;

public sealed record GroupItemRow(AgendaItem Item, ItemProgress Progress, Meeting Meeting);

/// <summary>"You said, we did": everything a group raised, where it stands, and what the board did about it.</summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class ShowModel(GroupStore groups, AgendaItemStore items, MeetingStore meetings, BoardClock clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long GroupId { get; set; }
    [TempData] public string? Saved { get; set; }

    public SelfAdvocacyGroup Group { get; private set; } = null!;
    public IReadOnlyList<GroupItemRow> Rows { get; private set; } = [];

    /// <summary>Whether the signed-in person answers for this group (its supporter); the coordinator answers through them.</summary>
    public bool CanAnswer { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await groups.GetAsync(BoardId, GroupId) is not { } group)
            return NotFound();
        Group = group;
        Rows = await LoadRowsAsync(items, meetings, GroupId, BoardId, clock);
        CanAnswer = User.IsInRole(Roles.Supporter) && (await groups.GroupsSupportedByAsync(User.PersonIdOrThrow())).Contains(GroupId);
        return Page();
    }

    public static async Task<IReadOnlyList<GroupItemRow>> LoadRowsAsync(
        AgendaItemStore items, MeetingStore meetings, long groupId, long boardId, BoardClock clock)
    {
        var boardMeetings = (await meetings.ListAsync(boardId)).ToDictionary(m => m.Id);
        // "Days since raised" counts days on the board's calendar, both ends (issue 13: it used the UTC date).
        var today = clock.Today;
        return (await items.ForGroupAsync(groupId))
            .Select(item => new GroupItemRow(item, GroupItemStatus.Evaluate(item, boardMeetings[item.MeetingId].State, today,
                DateOnly.FromDateTime(clock.Local(new DateTimeOffset(DateTime.SpecifyKind(item.RaisedAt, DateTimeKind.Utc))))), boardMeetings[item.MeetingId]))
            .ToList();
    }
}

using System.Globalization;
using Board.Core.Interests;
using Board.Core.Meetings;
using Board.Data.Interests;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Web.Pages.Interests;
using Board.Web.Pictures;
using Board.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Board.Web.Pages.Manage.Meetings;

/// <summary>
/// The meeting's declarations of interest, for the coordinator: everyone's, in agenda order, and a form to record one
/// said in the room (a member says it aloud at the declarations item). Recorded as such in the audit log.
/// </summary>
public sealed class DeclarationsModel(MeetingStore meetings, AgendaItemStore items, DeclarationStore declarations, MemberQueries members,
    PictureSet pictures, TimeProvider clock) : ManagePageModel(clock)
{
    [FromRoute] public long MeetingId { get; set; }
    [BindProperty] public DeclarationInput Input { get; set; } = new();
    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyList<AgendaItem> Items { get; private set; } = [];
    public IReadOnlyList<MemberListing> Members { get; private set; } = [];
    public IReadOnlyList<Declaration> Declared { get; private set; } = [];
    public string? Problem { get; private set; }
    public PictureSet Pictures => pictures;

    public IEnumerable<SelectListItem> ItemChoices => Items.Select(i => new SelectListItem($"Item {i.Position}: {i.Title}", i.Id.ToString(CultureInfo.InvariantCulture)));
    public IEnumerable<SelectListItem> MemberChoices => Members.Select(m => new SelectListItem(m.PersonName, m.PersonId.ToString(CultureInfo.InvariantCulture)));

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (Members.All(m => m.PersonId != Input.PersonId))
            ModelState.AddModelError("Input.PersonId", "Choose a member of the board.");
        if (Items.All(i => i.Id != Input.ItemId))
            ModelState.AddModelError("Input.ItemId", "Choose an item on this meeting's agenda.");
        AddErrors(InterestRules.ValidateDeclaration(Input.Kind, Input.Action, Input.Description));
        if (!ModelState.IsValid)
            return Page();
        Problem = await declarations.DeclareAsync(BoardId, new NewDeclaration(Input.ItemId!.Value, Input.PersonId!.Value,
            InterestRules.Parse<InterestKind>(Input.Kind)!.Value, Input.Description!, InterestRules.Parse<InterestAction>(Input.Action)!.Value,
            User.PersonIdOrThrow(), InRoom: true), Now);
        if (Problem is not null)
            return Page();
        Saved = "The declaration is recorded.";
        return Redirect(ManagePath($"/meetings/{MeetingId}/declarations"));
    }

    private async Task<bool> LoadAsync()
    {
        if (await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return false;
        Meeting = meeting;
        Items = [.. (await items.ForMeetingAsync(MeetingId)).Where(i => i.BoardId == BoardId && i.State == AgendaItemState.Accepted).OrderBy(i => i.Position)];
        Members = [.. (await members.CurrentAsync(BoardId, DateOnly.FromDateTime(meeting.StartsAt))).DistinctBy(m => m.PersonId).OrderBy(m => m.PersonName)];
        Declared = await declarations.ForMeetingAsync(BoardId, MeetingId);
        return true;
    }
}

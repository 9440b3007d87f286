using Board.Core.Composition;
using Board.Data.Groups;
using Board.Data.People;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.Groups;

public sealed class EditModel(GroupStore groups, PersonStore people, TimeProvider clock) : ManagePageModel(clock)
{
    [FromRoute] public long GroupId { get; set; }
    [BindProperty] public GroupInput Input { get; set; } = new();

    /// <summary>The supporters who work with this group: they raise its items and answer for it.</summary>
    [BindProperty] public List<long> SupporterIds { get; set; } = [];

    public IReadOnlyList<Person> Supporters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await groups.GetAsync(BoardId, GroupId) is not { } group)
            return NotFound();
        Input = new GroupInput { Name = group.Name, Area = group.Area };
        SupporterIds = (await groups.SupportersAsync(BoardId)).Where(s => s.GroupId == GroupId).Select(s => s.SupporterId).ToList();
        await LoadSupportersAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await groups.GetAsync(BoardId, GroupId) is null)
            return NotFound();
        await LoadSupportersAsync();
        if (ModelState.IsValid && await groups.NameTakenAsync(BoardId, Input.Name.Trim(), GroupId))
            ModelState.AddModelError("Input.Name", "There is already a group with this name on the board");
        if (SupporterIds.Any(id => Supporters.All(s => s.Id != id)))
            ModelState.AddModelError(nameof(SupporterIds), "Choose supporters from this board");
        if (!ModelState.IsValid)
            return Page();
        await groups.UpdateAsync(BoardId, GroupId, Input.Name.Trim(), string.IsNullOrWhiteSpace(Input.Area) ? null : Input.Area.Trim());
        await groups.SetSupportersAsync(BoardId, GroupId, SupporterIds);
        Saved = $"{Input.Name.Trim()} has been saved.";
        return Redirect(ManagePath("/groups"));
    }

    private async Task LoadSupportersAsync() =>
        Supporters = (await people.ListAsync(BoardId)).Where(p => p.Role == Role.Supporter).ToList();
}

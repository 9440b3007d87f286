using Board.Data.Groups;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.Groups;

public sealed class EditModel(GroupStore groups, TimeProvider clock) : ManagePageModel(clock)
{
    [FromRoute] public long GroupId { get; set; }
    [BindProperty] public GroupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await groups.GetAsync(BoardId, GroupId) is not { } group)
            return NotFound();
        Input = new GroupInput { Name = group.Name, Area = group.Area };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await groups.GetAsync(BoardId, GroupId) is null)
            return NotFound();
        if (ModelState.IsValid && await groups.NameTakenAsync(BoardId, Input.Name.Trim(), GroupId))
            ModelState.AddModelError("Input.Name", "There is already a group with this name on the board");
        if (!ModelState.IsValid)
            return Page();
        await groups.UpdateAsync(BoardId, GroupId, Input.Name.Trim(), string.IsNullOrWhiteSpace(Input.Area) ? null : Input.Area.Trim());
        Saved = $"{Input.Name.Trim()} has been saved.";
        return Redirect(ManagePath("/groups"));
    }
}

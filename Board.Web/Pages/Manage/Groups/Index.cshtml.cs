using Board.Core.Composition;
using Board.Data.Groups;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.Groups;

public sealed class IndexModel(GroupStore groups, TimeProvider clock) : ManagePageModel(clock)
{
    [BindProperty] public GroupInput Input { get; set; } = new();
    public IReadOnlyList<SelfAdvocacyGroup> Groups { get; private set; } = [];

    public async Task OnGetAsync() => Groups = await groups.ListAsync(BoardId);

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid && await groups.NameTakenAsync(BoardId, Input.Name.Trim(), null))
            ModelState.AddModelError("Input.Name", "There is already a group with this name on the board");
        if (!ModelState.IsValid)
        {
            Groups = await groups.ListAsync(BoardId);
            return Page();
        }
        await groups.CreateAsync(BoardId, Input.Name.Trim(), string.IsNullOrWhiteSpace(Input.Area) ? null : Input.Area.Trim());
        Saved = $"{Input.Name.Trim()} has been added.";
        return Redirect(ManagePath("/groups"));
    }
}

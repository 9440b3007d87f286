using Board.Data.People;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.People;

public sealed class CreateModel(PersonStore people, TimeProvider clock) : ManagePageModel(clock)
{
    [BindProperty] public PersonInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var id = await people.CreateAsync(BoardId, Input.Name.Trim(), Input.Role!.Value, Blank(Input.Organisation), Blank(Input.Email), Now);
        Saved = $"{Input.Name.Trim()} has been added. Now give them a seat, if they have one.";
        return Redirect(ManagePath($"/memberships/new?personId={id}"));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

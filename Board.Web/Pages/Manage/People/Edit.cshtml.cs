using Board.Data.People;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.People;

public sealed class EditModel(PersonStore people, TimeProvider clock) : ManagePageModel(clock)
{
    [FromRoute] public long PersonId { get; set; }
    [BindProperty] public PersonInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var person = await people.GetAsync(BoardId, PersonId);
        if (person is null)
            return NotFound();
        Input = PersonInput.From(person);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await people.GetAsync(BoardId, PersonId) is null)
            return NotFound();
        if (!ModelState.IsValid)
            return Page();
        await people.UpdateAsync(BoardId, PersonId, Input.Name.Trim(), Input.Role!.Value,
            string.IsNullOrWhiteSpace(Input.Organisation) ? null : Input.Organisation.Trim(),
            string.IsNullOrWhiteSpace(Input.Email) ? null : Input.Email.Trim());
        Saved = $"The details of {Input.Name.Trim()} have been saved.";
        return Redirect(ManagePath("/people"));
    }
}

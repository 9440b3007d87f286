using Board.Core.Composition;
using Board.Data.Boards;
using Board.Data.Memberships;
using Board.Data.People;
using Board.Data.Supporters;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.People;

public sealed class EditModel(
    PersonStore people,
    MembershipStore memberships,
    SupporterLinkStore links,
    ConstitutionStore constitutions,
    TimeProvider clock) : ManagePageModel(clock)
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
        if (await people.GetAsync(BoardId, PersonId) is not { } person)
            return NotFound();
        if (ModelState.IsValid && await RoleChangeProblemAsync(person, Input.Role!.Value) is { } problem)
            ModelState.AddModelError("Input.Role", problem);
        if (!ModelState.IsValid)
            return Page();
        await people.UpdateAsync(BoardId, PersonId, Input.Name.Trim(), Input.Role!.Value,
            string.IsNullOrWhiteSpace(Input.Organisation) ? null : Input.Organisation.Trim(),
            string.IsNullOrWhiteSpace(Input.Email) ? null : Input.Email.Trim());
        Saved = $"The details of {Input.Name.Trim()} have been saved.";
        return Redirect(ManagePath("/people"));
    }

    private async Task<string?> RoleChangeProblemAsync(Person person, Role newRole)
    {
        if (newRole == person.Role)
            return null;
        var constitution = await constitutions.LoadAsync(BoardId) ?? throw new InvalidOperationException($"Board {BoardId} has no constitution.");
        var held = (await memberships.ListAsync(BoardId)).Where(m => m.PersonId == person.Id).ToList();
        return RoleChangeRules.Problem(person, newRole, constitution, held, await links.ForPersonAsync(person.Id), Today);
    }
}

using Board.Core.Composition;
using Board.Data.People;
using Board.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.People;

/// <summary>The coordinator records a person's communication profile, for example after asking them at a meeting.</summary>
public sealed class ProfileModel(PersonStore people, TimeProvider clock) : ManagePageModel(clock)
{
    [FromRoute] public long PersonId { get; set; }
    [BindProperty] public ProfileInput Input { get; set; } = new();
    public Person Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await people.GetAsync(BoardId, PersonId) is not { } person)
            return NotFound();
        Person = person;
        Input = ProfileInput.From(person.Profile);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await people.GetAsync(BoardId, PersonId) is not { } person)
            return NotFound();
        if (!ModelState.IsValid)
        {
            Person = person;
            return Page();
        }
        await people.UpdateProfileAsync(person.Id, Input.ToProfile());
        Saved = $"How {person.Name} likes information has been saved.";
        return Redirect(ManagePath("/people"));
    }
}

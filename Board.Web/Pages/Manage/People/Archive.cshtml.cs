using Board.Core.Accounts;
using Board.Core.Composition;
using Board.Data.People;
using Board.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.People;

/// <summary>
/// Archive a person who has left: what they did stays on record (minutes, votes, the audit log still name them), but
/// their seats end, their card and links stop, their password goes and every device they are signed in on is signed out.
/// </summary>
public sealed class ArchiveModel(PersonStore people, PersonArchiveStore archive, Infrastructure.BoardClock boardClock, TimeProvider clock) : ManagePageModel(clock)
{
    [FromRoute] public long PersonId { get; set; }
    [BindProperty] public bool Confirm { get; set; }
    public Person Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), $"Tick the box to say that {Person.Name} has left the board");
            return Page();
        }
        if (SignInAuthority.ProblemManaging(Person.Role, User.IsInRole(Roles.Admin)) is { } notYours)
        {
            ModelState.AddModelError(nameof(Confirm), notYours);
            return Page();
        }
        if (PersonId == User.PersonId())
        {
            ModelState.AddModelError(nameof(Confirm), "You cannot archive yourself. Ask the site's administrator");
            return Page();
        }
        await archive.ArchiveAsync(BoardId, PersonId, Now, boardClock.Today);
        Saved = $"{Person.Name} is archived. They cannot sign in any more; what they did stays on record.";
        return Redirect(ManagePath("/people"));
    }

    private async Task<bool> LoadAsync()
    {
        if (await people.GetAsync(BoardId, PersonId) is not { } person || await archive.IsArchivedAsync(PersonId))
            return false;
        Person = person;
        return true;
    }
}

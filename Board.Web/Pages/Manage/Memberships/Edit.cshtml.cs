using Board.Data.Memberships;
using Board.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.Memberships;

/// <summary>Change a membership: the seat, the term (ending a term is how someone leaves), co-chair, electing group.</summary>
public sealed class EditModel(MembershipForm form, MembershipStore memberships, TimeProvider clock) : ManagePageModel(clock)
{
    [FromRoute] public long MembershipId { get; set; }
    [BindProperty] public MembershipInput Input { get; set; } = new();
    public MembershipForm Form => form;
    public string PersonName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        Input = MembershipInput.From((await memberships.GetAsync(BoardId, MembershipId))!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        var existing = (await memberships.GetAsync(BoardId, MembershipId))!;
        // The person is fixed: a seat moves to someone else by ending this term and adding theirs.
        Input.PersonId = existing.PersonId;
        if (!ModelState.IsValid)
            return Page();
        var membership = form.Check(BoardId, MembershipId, Input, (field, message) => ModelState.AddModelError($"Input.{field}", message));
        if (membership is null)
            return Page();
        await memberships.UpdateAsync(membership, User.PersonId(), Now);
        Saved = $"The seat of {PersonName} has been saved.";
        return Redirect(ManagePath("/people"));
    }

    private async Task<bool> LoadAsync()
    {
        if (await memberships.GetAsync(BoardId, MembershipId) is not { } existing || !await form.LoadAsync(BoardId))
            return false;
        PersonName = form.People.FirstOrDefault(p => p.Id == existing.PersonId)?.Name ?? "";
        return true;
    }
}

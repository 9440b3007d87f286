using Board.Data.Memberships;
using Board.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.Memberships;

public sealed class CreateModel(MembershipForm form, MembershipStore memberships, TimeProvider clock) : ManagePageModel(clock)
{
    [BindProperty] public MembershipInput Input { get; set; } = new();
    public MembershipForm Form => form;

    public async Task<IActionResult> OnGetAsync(long? personId)
    {
        if (!await form.LoadAsync(BoardId))
            return NotFound();
        Input.PersonId = personId;
        Input.TermFrom = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await form.LoadAsync(BoardId))
            return NotFound();
        if (!ModelState.IsValid)
            return Page();
        var membership = form.Check(BoardId, null, Input, (field, message) => ModelState.AddModelError($"Input.{field}", message));
        if (membership is null)
            return Page();
        await memberships.CreateAsync(membership, User.PersonId(), Now);
        Saved = "The seat has been added.";
        return Redirect(ManagePath("/people"));
    }
}

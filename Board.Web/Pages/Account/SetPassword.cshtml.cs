using System.ComponentModel.DataAnnotations;
using Board.Core.Accounts;
using Board.Core.Composition;
using Board.Data.Accounts;
using Board.Data.People;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Account;

/// <summary>
/// Where an invitation or a reset link leads: the person chooses their own password (nobody else ever knows it).
/// Opening the link changes nothing, so a link preview cannot use it up; the POST uses it, once.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.RateLimits.PasswordReset)]
public sealed class SetPasswordModel(AccountLinkStore links, AccountStore accounts, PersonStore people, PasswordRules rules, TimeProvider clock) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public Person? Holder { get; private set; }
    public LinkPurpose Purpose { get; private set; }
    public string? Problem { get; private set; }

    /// <summary>What they will sign in with: the sign-in they have, or (invited) their email address.</summary>
    public string UserName { get; private set; } = "";

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a new password")]
        [StringLength(200, ErrorMessage = "The password must be 200 characters or fewer")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Enter the same password again")]
        public string Confirm { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        await LoadAsync(token);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await LoadAsync(token) is not { } link || Holder is null)
            return Page();
        if (ModelState.IsValid && Input.Password != Input.Confirm)
            ModelState.AddModelError("Input.Confirm", "The two passwords are not the same. Type the same password in both boxes");
        if (ModelState.IsValid && await rules.ProblemAsync(Input.Password, UserName) is { } weak)
            ModelState.AddModelError("Input.Password", weak);
        if (!ModelState.IsValid)
            return Page();
        // A taken address was refused when the link was made; the unique index refuses it again if someone took it since.
        if (!await links.UseAsync(CardTokens.Hash(token), link.PersonId, UserName, PasswordSignIn.HashPassword(Input.Password), clock.GetUtcNow()))
        {
            Problem = AccountLinks.Check(link with { UsedAt = clock.GetUtcNow() }, clock.GetUtcNow()).Problem;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return RedirectToPage("/Account/PasswordSaved");
    }

    /// <summary>The link, if it can still be used; otherwise sets <see cref="Problem"/> (shown instead of the form).</summary>
    private async Task<StoredLink?> LoadAsync(string token)
    {
        var link = CardTokens.LooksValid(token) ? await links.FindAsync(CardTokens.Hash(token)) : null;
        var check = AccountLinks.Check(link, clock.GetUtcNow());
        var person = link is null ? null : await people.GetSelfAsync(link.PersonId);
        var userName = link is null ? null : await accounts.UserNameOfAsync(link.PersonId) ?? person?.Email;
        if (check.IsUsable && userName is not { Length: > 0 })
            check = AccountLinks.Check(null, clock.GetUtcNow());
        if (!check.IsUsable)
        {
            Problem = check.Problem;
            Response.StatusCode = link is null ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
            return null;
        }
        Holder = person;
        UserName = userName!;
        Purpose = link!.Purpose;
        return link;
    }
}

using System.ComponentModel.DataAnnotations;
using Board.Core.Composition;
using Board.Data.Accounts;
using Board.Data.People;
using Board.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.People;

/// <summary>How a person signs in: a printed QR card (for Reps above all) and/or a password.</summary>
public sealed class SignInModel(PersonStore people, SignInCardStore cards, AccountStore accounts, TimeProvider clock) : ManagePageModel(clock)
{
    [FromRoute] public long PersonId { get; set; }
    [BindProperty] public PasswordInput Input { get; set; } = new();
    public Person Person { get; private set; } = null!;
    public DateTimeOffset? CardIssuedAt { get; private set; }
    public string? UserName { get; private set; }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Enter the email address they will sign in with")]
        [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@example.org")]
        [StringLength(200, ErrorMessage = "The email address must be 200 characters or fewer")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Enter a password")]
        [StringLength(200, MinimumLength = 10, ErrorMessage = "The password must be between 10 and 200 characters long")]
        public string Password { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostIssueCardAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        var token = CardTokens.NewToken();
        await cards.IssueAsync(PersonId, CardTokens.Hash(token), Now);
        // The token is shown once, on the print page; only its hash is kept.
        // Tied to the person, so the new card is shown only on that person's card page.
        TempData["CardToken"] = $"{PersonId}:{token}";
        return Redirect(ManagePath($"/people/{PersonId}/card"));
    }

    public async Task<IActionResult> OnPostRevokeCardAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        var stopped = await cards.RevokeAsync(PersonId, Now);
        Saved = stopped > 0 ? $"{Person.Name}'s sign-in card has been stopped. It will not work any more." : $"{Person.Name} had no card that works.";
        return Redirect(ManagePath($"/people/{PersonId}/sign-in"));
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (ModelState.IsValid && await accounts.UserNameTakenAsync(Input.UserName.Trim(), PersonId))
            ModelState.AddModelError("Input.UserName", "Someone else already signs in with this email address");
        if (!ModelState.IsValid)
            return Page();
        await accounts.SetPasswordAsync(PersonId, Input.UserName.Trim(), PasswordSignIn.HashPassword(Input.Password));
        Saved = $"{Person.Name} can now sign in with a password.";
        return Redirect(ManagePath($"/people/{PersonId}/sign-in"));
    }

    private async Task<bool> LoadAsync()
    {
        if (await people.GetAsync(BoardId, PersonId) is not { } person)
            return false;
        Person = person;
        CardIssuedAt = await cards.ActiveCardIssuedAtAsync(PersonId);
        UserName = await accounts.UserNameOfAsync(PersonId);
        return true;
    }
}

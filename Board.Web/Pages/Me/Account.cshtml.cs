using System.ComponentModel.DataAnnotations;
using Board.Data.Accounts;
using Board.Data.People;
using Board.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Me;

/// <summary>
/// My sign-in: change my password, change my email, sign out of every device. The person comes from the sign-in,
/// never the address; changing either needs the current password, so a borrowed unlocked device cannot take over.
/// </summary>
public sealed class AccountModel(AccountStore accounts, SessionStore sessions, PersonArchiveStore archive, PasswordRules rules,
    PasswordSignIn passwordSignIn, TimeProvider clock) : PageModel
{
    [BindProperty] public PasswordInput Password { get; set; } = new();
    [BindProperty] public EmailInput Email { get; set; } = new();
    [TempData] public string? Saved { get; set; }
    public string? UserName { get; private set; }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Enter the password you use now")]
        [StringLength(200, ErrorMessage = "The password must be 200 characters or fewer")]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password")]
        [StringLength(200, ErrorMessage = "The password must be 200 characters or fewer")]
        public string New { get; set; } = "";
    }

    public sealed class EmailInput
    {
        [Required(ErrorMessage = "Enter your new email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@example.org")]
        [StringLength(200, ErrorMessage = "The email address must be 200 characters or fewer")]
        public string NewEmail { get; set; } = "";

        [Required(ErrorMessage = "Enter the password you use now")]
        [StringLength(200, ErrorMessage = "The password must be 200 characters or fewer")]
        public string Current { get; set; } = "";
    }

    private long Me => User.PersonIdOrThrow();

    public async Task<IActionResult> OnGetAsync()
    {
        UserName = await accounts.UserNameOfAsync(Me);
        return Page();
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        ModelState.Clear();
        if (!TryValidateModel(Password, nameof(Password)) || await CheckCurrentAsync(Password.Current, "Password.Current") is not { } account)
            return await ShowAgainAsync();
        if (await rules.ProblemAsync(Password.New, account.UserName) is { } weak)
        {
            ModelState.AddModelError("Password.New", weak);
            return await ShowAgainAsync();
        }
        await accounts.ChangePasswordAsync(Me, PasswordSignIn.HashPassword(Password.New), User.SessionIdOf()!, clock.GetUtcNow());
        Saved = "Your new password is saved. You are still signed in here; everywhere else you must sign in again.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEmailAsync()
    {
        ModelState.Clear();
        if (!TryValidateModel(Email, nameof(Email)) || await CheckCurrentAsync(Email.Current, "Email.Current") is null)
            return await ShowAgainAsync();
        var newEmail = Email.NewEmail.Trim();
        if (await archive.EmailInUseAsync(newEmail, Me) || !await accounts.ChangeUserNameAsync(Me, newEmail, clock.GetUtcNow()))
        {
            ModelState.AddModelError("Email.NewEmail", "Someone else already uses this email address. Choose another one");
            return await ShowAgainAsync();
        }
        Saved = $"Your email address is now {newEmail}. Use it next time you sign in.";
        return RedirectToPage();
    }

    /// <summary>Ends every session of mine, this one too, then shows the signed-out page.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        await sessions.EndAllAsync(Me, clock.GetUtcNow());
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage("/Account/SignedOut");
    }

    private async Task<Board.Data.Accounts.Account?> CheckCurrentAsync(string password, string field)
    {
        var userName = await accounts.UserNameOfAsync(Me);
        var outcome = userName is null ? null : await passwordSignIn.CheckAsync(userName, password);
        if (outcome?.Person?.Id == Me)
            return await accounts.FindAsync(userName!);
        ModelState.AddModelError(field, outcome?.Error ?? "You sign in with a card, so you have no password to change. Ask your coordinator if you want one");
        return null;
    }

    private async Task<PageResult> ShowAgainAsync()
    {
        UserName = await accounts.UserNameOfAsync(Me);
        return Page();
    }
}

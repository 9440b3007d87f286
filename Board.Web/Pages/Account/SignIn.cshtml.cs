using System.ComponentModel.DataAnnotations;
using Board.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Board.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(Infrastructure.RateLimits.SignIn)]
public sealed class SignInModel(PasswordSignIn passwordSignIn, TrustedDevices devices) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address")]
        [StringLength(200, ErrorMessage = "The email address must be 200 characters or fewer")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password")]
        [StringLength(200, ErrorMessage = "The password must be 200 characters or fewer")]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var outcome = await passwordSignIn.CheckAsync(Input.Email, Input.Password, await devices.PersonOfAsync(Request));
        if (outcome.Person is null)
        {
            ModelState.AddModelError("Input.Email", outcome.Error!);
            return Page();
        }
        await devices.RememberAsync(Response, outcome.Person.Id);
        var principal = BoardClaims.For(outcome.Person, CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : outcome.Person.BoardId is null ? "/" : "/me/board");
    }
}

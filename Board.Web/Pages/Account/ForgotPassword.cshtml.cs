using System.ComponentModel.DataAnnotations;
using Board.Web.Jobs;
using Board.Web.Security;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Account;

/// <summary>
/// "Forgot your password?". The answer is the same whether or not the address has an account, and takes the same
/// time: the lookup and the email happen in a background job, so nobody can find out who is on a board from here.
/// With email off, the page says who can help instead (the coordinator sends a link or makes a card).
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.RateLimits.PasswordReset)]
public sealed class ForgotPasswordModel(AccountMail mail, IBackgroundJobClient jobs) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public bool EmailIsOn => mail.IsOn;
    public bool Sent { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@example.org")]
        [StringLength(200, ErrorMessage = "The email address must be 200 characters or fewer")]
        public string Email { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (!mail.IsOn)
            return Page();
        if (!ModelState.IsValid)
            return Page();
        jobs.Enqueue<ResetLinkJob>(job => job.RunAsync(Input.Email.Trim()));
        Sent = true;
        return Page();
    }
}

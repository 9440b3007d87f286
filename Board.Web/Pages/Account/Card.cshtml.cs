using Board.Core.Composition;
using Board.Data.Accounts;
using Board.Data.People;
using Board.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Account;

/// <summary>
/// Where a sign-in card's QR code leads. Nothing to remember or type (WCAG 2.2, 3.3.8): one big button.
/// Opening the link does not sign in by itself, so a link preview or a scanner app cannot use it up.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.RateLimits.Card)]
public sealed class CardModel(SignInCardStore cards, PersonStore people) : PageModel
{
    public Person? Holder { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        Holder = await FindHolderAsync(token);
        if (Holder is null)
            Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        Holder = await FindHolderAsync(token);
        if (Holder is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        var principal = BoardClaims.For(Holder, CookieAuthenticationDefaults.AuthenticationScheme, await cards.ActiveCardIdAsync(Holder.Id));
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return Redirect(Holder.BoardId is null ? "/" : "/me/board");
    }

    private async Task<Person?> FindHolderAsync(string token)
    {
        if (!CardTokens.LooksValid(token))
            return null;
        var personId = await cards.FindHolderAsync(CardTokens.Hash(token));
        return personId is { } id ? await people.GetSelfAsync(id) : null;
    }
}

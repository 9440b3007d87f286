using Board.Data.Accounts;
using Board.Data.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Board.Web.Security;

/// <summary>
/// Checks every signed-in request against the store, so a coordinator's change takes effect at once:
/// stopping a card ends the sessions it started, and a person whose role or board changed (or who was
/// removed) must sign in again rather than keep rights they no longer have. One indexed lookup per request.
/// </summary>
public static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } user || user.PersonId() is not { } personId)
            return;
        var services = context.HttpContext.RequestServices;
        var person = await services.GetRequiredService<PersonStore>().GetSelfAsync(personId);
        var stillValid = person is not null
                         && person.Role.ToString() == user.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value
                         && person.BoardId == user.BoardIdOf();
        if (stillValid && user.CardIdOf() is { } cardId)
            stillValid = await services.GetRequiredService<SignInCardStore>().ActiveCardIdAsync(personId) == cardId;
        if (stillValid)
            return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}

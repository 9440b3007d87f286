using System.Security.Claims;
using Board.Data.Accounts;
using Board.Data.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Board.Web.Security;

/// <summary>
/// Checks every signed-in request (and every hub call) against the store, so a coordinator's change takes effect
/// at once: stopping a card ends the sessions it started, and a person whose role or board changed (or who was
/// removed) must sign in again rather than keep rights they no longer have; and a session that was ended (signed
/// out, signed out of every device, password changed, archived) is refused even with a copied cookie. Indexed lookups.
/// </summary>
public static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } user || user.PersonId() is null)
            return;
        var services = context.HttpContext.RequestServices;
        if (await IsStillValidAsync(user, services.GetRequiredService<PersonStore>(), services.GetRequiredService<SignInCardStore>())
            && await IsOpenAsync(user, services.GetRequiredService<SessionStore>()))
            return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>A cookie without a session (made before sessions existed) is refused too: the person signs in again.</summary>
    public static async Task<bool> IsOpenAsync(ClaimsPrincipal user, SessionStore sessions) =>
        user.SessionIdOf() is { } sessionId && user.PersonId() is { } personId && await sessions.IsOpenAsync(sessionId, personId);

    public static async Task<bool> IsStillValidAsync(ClaimsPrincipal user, PersonStore people, SignInCardStore cards)
    {
        if (user.PersonId() is not { } personId)
            return false;
        var person = await people.GetSelfAsync(personId);
        var stillValid = person is not null
                         && person.Role.ToString() == user.FindFirst(ClaimTypes.Role)?.Value
                         && person.BoardId == user.BoardIdOf();
        if (stillValid && user.CardIdOf() is { } cardId)
            stillValid = await cards.ActiveCardIdAsync(personId) == cardId;
        return stillValid;
    }
}

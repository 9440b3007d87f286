using System.Security.Claims;
using System.Security.Cryptography;
using Board.Data.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Board.Web.Security;

/// <summary>
/// Gives every sign-in a session row on the server and ends it on sign-out, so that the cookie alone is not enough:
/// <see cref="SessionCheck"/> refuses a cookie whose session has ended. Done in the cookie handler's events, so every
/// way in (password, card, a refreshed sign-in after a profile change) gets the same treatment.
/// </summary>
public static class Sessions
{
    public static async Task OnSigningInAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || context.Principal.PersonId() is not { } personId)
            return;
        if (context.Principal.SessionIdOf() is not null)
            return;
        // Signing in again in the same session (after changing how I like information) keeps the session.
        var current = context.HttpContext.User;
        if (current.PersonId() == personId && current.SessionIdOf() is { } existing)
        {
            identity.AddClaim(new Claim(BoardClaims.SessionId, existing));
            return;
        }
        var sessionId = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var services = context.HttpContext.RequestServices;
        await services.GetRequiredService<SessionStore>().StartAsync(sessionId, personId, services.GetRequiredService<TimeProvider>().GetUtcNow());
        identity.AddClaim(new Claim(BoardClaims.SessionId, sessionId));
    }

    public static async Task OnSigningOutAsync(CookieSigningOutContext context)
    {
        if (context.HttpContext.User.SessionIdOf() is not { } sessionId)
            return;
        var services = context.HttpContext.RequestServices;
        await services.GetRequiredService<SessionStore>().EndAsync(sessionId, services.GetRequiredService<TimeProvider>().GetUtcNow());
    }
}

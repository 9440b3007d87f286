using System.Globalization;
using Board.Core.Accounts;
using Board.Data.Accounts;
using Microsoft.AspNetCore.DataProtection;

namespace Board.Web.Security;

/// <summary>
/// A browser that has signed in with the right password keeps a signed cookie naming that person (not a session:
/// it signs nobody in). Password sign-in from that browser is not held back by failures elsewhere (ADR-010). The
/// cookie carries the person's <see cref="DeviceStamp"/>: after a password change or "sign out everywhere" it no
/// longer matches, and the browser is a stranger again.
/// </summary>
public sealed class TrustedDevices(IDataProtectionProvider protection, TimeProvider clock, AccountStore accounts)
{
    public const string CookieName = "pb.device";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);
    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("PartnershipBoard.TrustedDevice").ToTimeLimitedDataProtector();

    public async Task<long?> PersonOfAsync(HttpRequest request)
    {
        if (request.Cookies[CookieName] is not { Length: > 0 } value)
            return null;
        string payload;
        try
        {
            payload = _protector.Unprotect(value);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null; // forged, expired, or made with keys that are gone
        }
        var parts = payload.Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var personId))
            return null;
        return await StampAsync(personId) == parts[1] ? personId : null;
    }

    public async Task RememberAsync(HttpResponse response, long personId)
    {
        if (await StampAsync(personId) is not { } stamp)
            return;
        var expires = clock.GetUtcNow() + Lifetime;
        var payload = personId.ToString(CultureInfo.InvariantCulture) + ":" + stamp;
        response.Cookies.Append(CookieName, _protector.Protect(payload, expires), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = response.HttpContext.Request.IsHttps,
            Expires = expires,
            IsEssential = true,
            Path = "/sign-in",
        });
    }

    private async Task<string?> StampAsync(long personId) =>
        await accounts.DeviceStampPartsAsync(personId) is { } parts ? DeviceStamp.Of(parts.PasswordHash, parts.DevicesResetAt) : null;
}

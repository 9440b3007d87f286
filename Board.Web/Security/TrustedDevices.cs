using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Board.Web.Security;

/// <summary>
/// A browser that has signed in with the right password keeps a signed cookie naming that person (not a session:
/// it signs nobody in). Password sign-in from that browser is not held back by failures elsewhere (ADR-010).
/// </summary>
public sealed class TrustedDevices(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string CookieName = "pb.device";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);
    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("PartnershipBoard.TrustedDevice").ToTimeLimitedDataProtector();

    public long? PersonOf(HttpRequest request)
    {
        if (request.Cookies[CookieName] is not { Length: > 0 } value)
            return null;
        try
        {
            return long.TryParse(_protector.Unprotect(value), NumberStyles.None, CultureInfo.InvariantCulture, out var personId) ? personId : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null; // forged, expired, or made with keys that are gone
        }
    }

    public void Remember(HttpResponse response, long personId)
    {
        var expires = clock.GetUtcNow() + Lifetime;
        response.Cookies.Append(CookieName, _protector.Protect(personId.ToString(CultureInfo.InvariantCulture), expires), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = response.HttpContext.Request.IsHttps,
            Expires = expires,
            IsEssential = true,
            Path = "/sign-in",
        });
    }
}

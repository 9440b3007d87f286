using Board.Data.Accounts;
using Board.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Security;

/// <summary>A browser trusted for sign-in (ADR-010) stops being trusted after a password change or "sign out everywhere".</summary>
[TestFixture]
public sealed class TrustedDeviceResetTests
{
    private const string Carer = "carer@riverside.example";

    [Test]
    public async Task SignOutEverywhere_EndsTheTrust_UntilTheNextSignIn()
    {
        using var app = new BoardAppFactory();
        var devices = app.Services.GetRequiredService<TrustedDevices>();
        var cookie = await TrustedCookieAsync(app);
        var personId = (await devices.PersonOfAsync(Request(cookie)))!.Value;

        await app.Services.GetRequiredService<SessionStore>().EndAllAsync(personId, DateTimeOffset.UtcNow);

        Assert.That(await devices.PersonOfAsync(Request(cookie)), Is.Null, "the old cookie is a stranger's now");
        Assert.That(await devices.PersonOfAsync(Request(await TrustedCookieAsync(app))), Is.EqualTo(personId), "signing in again trusts the browser again");
    }

    [Test]
    public async Task PasswordChange_EndsTheTrust()
    {
        using var app = new BoardAppFactory();
        var devices = app.Services.GetRequiredService<TrustedDevices>();
        var cookie = await TrustedCookieAsync(app);
        var personId = (await devices.PersonOfAsync(Request(cookie)))!.Value;

        await app.Services.GetRequiredService<AccountStore>().ChangePasswordAsync(personId, PasswordSignIn.HashPassword("A-new-password-2027"), "no-session", DateTimeOffset.UtcNow);

        Assert.That(await devices.PersonOfAsync(Request(cookie)), Is.Null);
    }

    private static async Task<string> TrustedCookieAsync(BoardAppFactory app)
    {
        using var client = app.NewClient();
        var token = await BoardAppFactory.AntiforgeryTokenAsync(client, "/sign-in");
        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = Carer,
            ["Input.Password"] = BoardAppFactory.Password,
            ["__RequestVerificationToken"] = token,
        }));
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(TrustedDevices.CookieName + "=", StringComparison.Ordinal));
        return setCookie[(TrustedDevices.CookieName.Length + 1)..setCookie.IndexOf(';', StringComparison.Ordinal)];
    }

    private static HttpRequest Request(string cookie)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = $"{TrustedDevices.CookieName}={cookie}";
        return context.Request;
    }
}

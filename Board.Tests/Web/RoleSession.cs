using System.Net;

namespace Board.Tests.Web;

/// <summary>
/// A signed-in user's cookies and antiforgery token, replayed by hand on each request so that one request
/// (signing out, say) cannot change what the next request is sent as.
/// </summary>
public sealed record RoleSession(string Name, string? CookieHeader, string Token)
{
    public static async Task<RoleSession> AnonymousAsync(HttpClient client)
    {
        var page = await client.GetAsync("/sign-in");
        var cookies = CookiesFrom(page);
        return new RoleSession("anonymous", cookies, BoardAppFactory.TokenIn(await page.Content.ReadAsStringAsync()));
    }

    public static async Task<RoleSession> SignInAsync(HttpClient client, string email)
    {
        var anonymous = await AnonymousAsync(client);
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = BoardAppFactory.Password,
                ["__RequestVerificationToken"] = anonymous.Token,
            }),
        };
        signIn.Headers.Add("Cookie", anonymous.CookieHeader);
        var response = await client.SendAsync(signIn);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"sign-in as {email}");
        var cookies = $"{anonymous.CookieHeader}; {CookiesFrom(response)}";

        // The antiforgery token is bound to the signed-in identity, so fetch a fresh one as that user.
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Get, "/sign-out");
        tokenRequest.Headers.Add("Cookie", cookies);
        var tokenPage = await client.SendAsync(tokenRequest);
        return new RoleSession(email, cookies, BoardAppFactory.TokenIn(await tokenPage.Content.ReadAsStringAsync()));
    }

    public HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        if (CookieHeader is not null)
            request.Headers.Add("Cookie", CookieHeader);
        if (method == HttpMethod.Post)
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token });
        return request;
    }

    private static string CookiesFrom(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0])
            : []);
}

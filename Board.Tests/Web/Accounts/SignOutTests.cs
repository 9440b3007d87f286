using System.Net;

namespace Board.Tests.Web.Accounts;

/// <summary>Signing out ends the session on the server: the cookie alone, copied before, no longer works.</summary>
[TestFixture]
public sealed class SignOutTests : BoardWebTest
{
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void NewClient() => _client = Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [Test]
    public async Task CopiedCookie_AfterSignOut_IsRefused()
    {
        var session = await RoleSession.SignInAsync(_client, "carer@riverside.example");
        Assert.That(await StatusAsync(session, "/me/profile"), Is.EqualTo(HttpStatusCode.OK));

        using var signOut = session.Request(HttpMethod.Post, "/sign-out");
        Assert.That((await _client.SendAsync(signOut)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        // The same cookie, sent again as a thief who copied it would.
        Assert.That(await StatusAsync(session, "/me/profile"), Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task SignOutEverywhere_EndsEveryDevicesSession()
    {
        var phone = await RoleSession.SignInAsync(_client, "supporter@riverside.example");
        var laptop = await RoleSession.SignInAsync(_client, "supporter@riverside.example");
        Assert.That(await StatusAsync(laptop, "/me/profile"), Is.EqualTo(HttpStatusCode.OK));

        using var everywhere = phone.Request(HttpMethod.Post, "/me/account?handler=SignOutEverywhere");
        Assert.That((await _client.SendAsync(everywhere)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        Assert.That(await StatusAsync(phone, "/me/profile"), Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await StatusAsync(laptop, "/me/profile"), Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await StatusAsync(await RoleSession.SignInAsync(_client, "supporter@riverside.example"), "/me/profile"), Is.EqualTo(HttpStatusCode.OK),
            "signing in again works");
    }

    [Test]
    public async Task ChangingMyPassword_SignsOutMyOtherDevicesOnly()
    {
        var here = await RoleSession.SignInAsync(_client, "partner@riverside.example");
        var elsewhere = await RoleSession.SignInAsync(_client, "partner@riverside.example");

        var changed = await SendFormAsync(here, "/me/account?handler=Password", new()
        {
            ["Password.Current"] = BoardAppFactory.Password,
            ["Password.New"] = "a much longer new password",
        });

        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await StatusAsync(here, "/me/profile"), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await StatusAsync(elsewhere, "/me/profile"), Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task SessionEndedOnTheServer_RefusesItsCookie()
    {
        // Ended by anything on the server (archiving, a reset link, an administrator), the cookie stops at once.
        var session = await RoleSession.SignInAsync(_client, "councillor@riverside.example");
        await using (var connection = await Factory.Database.OpenAsync())
            await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE sessions SET ended_at = started_at WHERE person_id = (SELECT person_id FROM accounts WHERE user_name = 'councillor@riverside.example')");

        Assert.That(await StatusAsync(session, "/me/profile"), Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task ChangingHowILikeInformation_KeepsTheSameSession()
    {
        using var client = await Factory.SignedInClientAsync("coordinator@hillside.example");

        var saved = await BoardAppFactory.PostFormAsync(client, "/me/profile", new Dictionary<string, string> { ["Input.LargeText"] = "true" });

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await client.GetAsync("/me/profile")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await ScalarAsync<long>(
            "SELECT COUNT(*) FROM sessions WHERE person_id = (SELECT person_id FROM accounts WHERE user_name = 'coordinator@hillside.example')"), Is.EqualTo(1));
    }

    private async Task<HttpStatusCode> StatusAsync(RoleSession session, string path)
    {
        using var request = session.Request(HttpMethod.Get, path);
        using var response = await _client.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<HttpResponseMessage> SendFormAsync(RoleSession session, string path, Dictionary<string, string> fields)
    {
        using var request = session.Request(HttpMethod.Post, path);
        fields["__RequestVerificationToken"] = session.Token;
        request.Content = new FormUrlEncodedContent(fields);
        return await _client.SendAsync(request);
    }
}

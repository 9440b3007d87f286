using System.Net;

namespace Board.Tests.Web;

[TestFixture]
public sealed class SignInLockoutTests
{
    [Test]
    public async Task FiveWrongPasswords_ThenTheRightOne_GetsTheSameAnswer_AndNeverSaysLocked()
    {
        using var factory = new BoardAppFactory();
        using var client = factory.NewClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await SignInAsync(client, "partner@riverside.example", "wrong-password");
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"attempt {attempt} should show the form again");
        }

        var right = await SignInAsync(client, "partner@riverside.example", BoardAppFactory.Password);
        var html = await right.Content.ReadAsStringAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("The email or password is not right"));
            Assert.That(html, Does.Not.Contain("locked"));
        }
    }

    [Test]
    public async Task AStrangerUsesUpTheTries_TheOwnerStillSignsIn_OnTheirOwnDevice()
    {
        using var factory = new BoardAppFactory();
        using var owner = factory.NewClient();
        using var stranger = factory.NewClient();
        Assert.That((await SignInAsync(owner, "carer@riverside.example", BoardAppFactory.Password)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        for (var attempt = 1; attempt <= 6; attempt++)
            await SignInAsync(stranger, "carer@riverside.example", "a-guess");

        var fromStranger = await SignInAsync(stranger, "carer@riverside.example", BoardAppFactory.Password);
        var fromOwner = await SignInAsync(owner, "carer@riverside.example", BoardAppFactory.Password);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fromStranger.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a new device waits while the tries are used up");
            Assert.That(fromOwner.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the owner's device signs in");
        }
    }

    [Test]
    public async Task TooManySignInsFromOneAddress_Get429AndAPlainPage()
    {
        using var factory = new BoardAppFactory();
        factory.Settings["RateLimits:SignInPerMinute"] = "3";
        using var client = factory.NewClient();
        for (var attempt = 1; attempt <= 3; attempt++)
            Assert.That((await SignInAsync(client, "nobody@example.org", "guess")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var refused = await SignInAsync(client, "nobody@example.org", "guess");

        var html = await refused.Content.ReadAsStringAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(html, Does.Contain("Please wait a minute"));
            Assert.That(Security.SecurityHeaderAssert.Problems(refused, "429"), Is.Empty);
        }
    }

    [Test]
    public async Task UnknownEmail_GetsTheSameMessageAsAWrongPassword()
    {
        using var factory = new BoardAppFactory();
        using var client = factory.NewClient();
        var unknown = await (await SignInAsync(client, "nobody@example.org", "whatever-password")).Content.ReadAsStringAsync();
        var wrong = await (await SignInAsync(client, "carer@riverside.example", "whatever-password")).Content.ReadAsStringAsync();
        Assert.That(unknown, Does.Contain("The email or password is not right"));
        Assert.That(wrong, Does.Contain("The email or password is not right"));
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        BoardAppFactory.PostFormAsync(client, "/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
}

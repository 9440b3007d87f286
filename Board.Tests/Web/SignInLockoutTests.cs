using System.Net;

namespace Board.Tests.Web;

[TestFixture]
public sealed class SignInLockoutTests
{
    [Test]
    public async Task FiveWrongPasswords_LockTheAccount_EvenForTheRightPassword()
    {
        using var factory = new BoardAppFactory();
        using var client = factory.NewClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await SignInAsync(client, "partner@riverside.example", "wrong-password");
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"attempt {attempt} should show the form again");
        }

        var right = await SignInAsync(client, "partner@riverside.example", BoardAppFactory.Password);
        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await right.Content.ReadAsStringAsync(), Does.Contain("This account is locked because the password was wrong too many times"));
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

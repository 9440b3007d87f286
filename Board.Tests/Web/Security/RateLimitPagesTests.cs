using System.Net;

namespace Board.Tests.Web.Security;

/// <summary>
/// Card sign-in, password reset and uploads answer 429 with the plain page once one address sends too many forms, like
/// sign-in (SignInLockoutTests). The test factory raises every limit; each case here sets its own back down.
/// </summary>
[TestFixture]
public sealed class RateLimitPagesTests
{
    private const int Limit = 2;

    [TestCase("RateLimits:CardPerMinute", "/card/not-a-real-card", null, TestName = "Card sign-in: 429 after the limit")]
    [TestCase("RateLimits:PasswordResetPer15Minutes", "/forgot-password", null, TestName = "Forgot password: 429 after the limit")]
    [TestCase("RateLimits:UploadsPerMinute", "/admin/boards/1/edit?handler=Logo", "admin@riverside.example", TestName = "Uploads (the board's logo): 429 after the limit")]
    public async Task TooManyFormsFromOneAddress_Get429AndAPlainPage(string setting, string path, string? user)
    {
        using var factory = new BoardAppFactory();
        factory.Settings[setting] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var client = user is null ? factory.NewClient() : await factory.SignedInClientAsync(user);

        for (var attempt = 1; attempt <= Limit; attempt++)
        {
            var allowed = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "nobody@example.org" }));
            Assert.That(allowed.StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests), $"try {attempt} is within the limit");
        }
        var refused = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "nobody@example.org" }));

        var html = await refused.Content.ReadAsStringAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(html, Does.Contain("Please wait a minute"));
            Assert.That(SecurityHeaderAssert.Problems(refused, "429"), Is.Empty);
        }
    }
}

using System.Net;
using Board.Core.Accounts;
using Board.Data.Accounts;
using Board.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Accounts;

/// <summary>Links that are expired, used or forged; weak passwords; taken emails; bad board names: each a plain message, nothing changed.</summary>
[TestFixture]
public sealed class AccountBadInputTests : BoardWebTest
{
    private const string Carer = "carer@riverside.example";

    [Test]
    public async Task SetPassword_ExpiredLink_SaysTooOldAndChangesNothing()
    {
        var token = CardTokens.NewToken();
        var now = DateTimeOffset.UtcNow;
        var personId = await CarerIdAsync();
        await Factory.Services.GetRequiredService<AccountLinkStore>().IssueAsync(personId, LinkPurpose.Reset, CardTokens.Hash(token), now.AddHours(-3), now.AddHours(-1));
        var before = await HashOfAsync(Carer);
        using var client = Factory.NewClient();

        var page = await client.GetAsync($"/set-password/{token}");
        var post = await PostAnonymouslyAsync(client, $"/set-password/{token}", "a good long password");

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("This link is too old"));
        Assert.That(await post.Content.ReadAsStringAsync(), Does.Contain("This link is too old"));
        Assert.That(await HashOfAsync(Carer), Is.EqualTo(before));
    }

    [Test]
    public async Task SetPassword_UsedLink_WorksOnceOnly()
    {
        var link = await IssueAsync(await CarerIdAsync(), LinkPurpose.Reset);
        using var client = Factory.NewClient();

        var first = await ProductionAppFactory.SetPasswordAsync(client, link, "the first new password");
        var hashAfterFirst = await HashOfAsync(Carer);
        var again = await PostAnonymouslyAsync(client, new Uri(link).AbsolutePath, "the second new password");

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await again.Content.ReadAsStringAsync(), Does.Contain("This link has been used already"));
        Assert.That(await HashOfAsync(Carer), Is.EqualTo(hashAfterFirst));
        await RestoreDemoPasswordAsync();
    }

    [Test]
    public async Task SetPassword_ForgedLink_DoesNotWork()
    {
        using var client = Factory.NewClient();

        var forged = await client.GetAsync("/set-password/" + CardTokens.NewToken());
        var junk = await client.GetAsync("/set-password/not-a-token");

        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await forged.Content.ReadAsStringAsync(), Does.Contain("This link does not work"));
        Assert.That(junk.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("short", "", "Your password must be at least 10 characters long", "Input_Password-error")]
    [TestCase("aaaaaaaaaaaa", "", "at least 5 different characters", "Input_Password-error")]
    [TestCase("carer@riverside.example", "", "must not be your email address", "Input_Password-error")]
    [TestCase("a good long password", "a different one here", "The two passwords are not the same", "Input_Confirm-error")]
    public async Task SetPassword_WeakOrMismatched_SaysWhyNextToTheFieldAndKeepsTheLink(string password, string confirm, string message, string fieldError)
    {
        var link = await IssueAsync(await CarerIdAsync(), LinkPurpose.Reset);
        var before = await HashOfAsync(Carer);
        using var client = Factory.NewClient();

        var response = await ProductionAppFactory.SetPasswordAsync(client, link, password, confirm.Length > 0 ? confirm : null);

        var html = await AssertShowsAsync(response, message);
        Assert.That(html, Does.Contain($"id=\"{fieldError}\""));
        Assert.That(await HashOfAsync(Carer), Is.EqualTo(before));
        var tokenHash = CardTokens.Hash(link.Split('/')[^1]);
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM account_links WHERE token_hash = @tokenHash AND used_at IS NULL AND revoked_at IS NULL",
            new { tokenHash }), Is.EqualTo(1), "the link can still be used");
    }

    [Test]
    public async Task MyEmail_TakenBySomeoneElse_IsRefused()
    {
        using var carer = await Factory.SignedInClientAsync(Carer);

        var response = await BoardAppFactory.PostFormAsync(carer, "/me/account", new Dictionary<string, string>
        {
            ["Email.NewEmail"] = "coordinator@riverside.example",
            ["Email.Current"] = BoardAppFactory.Password,
        }, handler: "Email");

        await AssertShowsAsync(response, "Someone else already uses this email address");
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM accounts WHERE user_name = @Carer", new { Carer }), Is.EqualTo(1));
    }

    [Test]
    public async Task MyPassword_WrongCurrentPassword_IsRefused()
    {
        using var carer = await Factory.SignedInClientAsync(Carer);
        var before = await HashOfAsync(Carer);

        var response = await BoardAppFactory.PostFormAsync(carer, "/me/account", new Dictionary<string, string>
        {
            ["Password.Current"] = "not my password",
            ["Password.New"] = "a good long password",
        }, handler: "Password");

        await AssertShowsAsync(response, "The email or password is not right");
        Assert.That(await HashOfAsync(Carer), Is.EqualTo(before));
        await Factory.Services.GetRequiredService<AccountStore>().ClearFailuresAsync(await CarerIdAsync());
    }

    [Test]
    public async Task AppointCoordinator_EmailTaken_IsRefused()
    {
        using var admin = await Factory.SignedInClientAsync("admin@riverside.example");
        var people = await CountAsync("people");

        var response = await BoardAppFactory.PostFormAsync(admin, $"/admin/boards/{Ids.Hillside}/coordinators", new Dictionary<string, string>
        {
            ["Input.Name"] = "Second Coordinator",
            ["Input.Email"] = "carer@riverside.example",
        }, handler: "Appoint");

        var html = await AssertShowsAsync(response, "Someone already uses this email address");
        Assert.That(html, Does.Contain("id=\"Input_Email-error\""));
        Assert.That(await CountAsync("people"), Is.EqualTo(people));
    }

    [TestCase("", "Enter the board&#x27;s name")]
    [TestCase("   ", "Enter the board&#x27;s name")]
    public async Task NewBoard_EmptyName_IsRefused(string name, string message) => await AssertNewBoardRefusedAsync(name, message);

    [Test]
    public async Task NewBoard_NameTooLong_IsRefused() => await AssertNewBoardRefusedAsync(new string('B', 121), "must be 120 characters or fewer");

    [Test]
    public async Task EditBoard_EmptyName_KeepsTheOldName()
    {
        using var admin = await Factory.SignedInClientAsync("admin@riverside.example");

        var response = await BoardAppFactory.PostFormAsync(admin, $"/admin/boards/{Ids.Hillside}/edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "",
            ["Input.Area"] = "Hillside",
        });

        await AssertShowsAsync(response, "Enter the board&#x27;s name");
        Assert.That(await ScalarAsync<string>("SELECT name FROM boards WHERE id = @Hillside", new { Ids.Hillside }), Does.StartWith("Hillside"));
    }

    private async Task AssertNewBoardRefusedAsync(string name, string message)
    {
        using var admin = await Factory.SignedInClientAsync("admin@riverside.example");
        var boards = await CountAsync("boards");

        var response = await BoardAppFactory.PostFormAsync(admin, "/admin/boards/new", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Area"] = "Westfield",
        });

        var html = await AssertShowsAsync(response, message);
        Assert.That(html, Does.Contain("id=\"Input_Name-error\""));
        Assert.That(await CountAsync("boards"), Is.EqualTo(boards));
    }

    private Task<long> CarerIdAsync() => ScalarAsync<long>("SELECT person_id FROM accounts WHERE user_name = @Carer", new { Carer });

    private Task<string> HashOfAsync(string userName) =>
        ScalarAsync<string>("SELECT password_hash FROM accounts WHERE user_name = @userName", new { userName });

    private async Task<string> IssueAsync(long personId, LinkPurpose purpose) =>
        (await Factory.Services.GetRequiredService<AccountLinkIssuer>().IssueAsync(personId, purpose)).Url;

    private async Task RestoreDemoPasswordAsync() =>
        await Factory.Services.GetRequiredService<AccountStore>().SetPasswordAsync(await CarerIdAsync(), Carer, PasswordSignIn.HashPassword(BoardAppFactory.Password));

    /// <summary>A page that shows no form still needs a valid antiforgery token to be posted to; the sign-in page gives one.</summary>
    private static async Task<HttpResponseMessage> PostAnonymouslyAsync(HttpClient client, string path, string password)
    {
        var token = await BoardAppFactory.AntiforgeryTokenAsync(client, "/sign-in");
        return await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Password"] = password,
            ["Input.Confirm"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }
}

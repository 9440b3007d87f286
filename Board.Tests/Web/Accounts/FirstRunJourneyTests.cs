using System.Net;
using System.Text.RegularExpressions;
using Dapper;

namespace Board.Tests.Web.Accounts;

/// <summary>
/// A council's first day, in Production on an empty database: the first-admin command, a board, its coordinator, a
/// Rep with a card and a carer with an email invitation, and the carer's forgotten password. No demo data, and no
/// password anyone published, at any point.
/// </summary>
[TestFixture]
public sealed partial class FirstRunJourneyTests
{
    private const string AdminEmail = "it.admin@council.example";
    private const string CoordinatorEmail = "coordinator@council.example";
    private const string CarerEmail = "carer@family.example";

    [Test]
    public async Task FirstRun_InProduction_FromTheCommandToAForgottenPassword()
    {
        using var smtp = SmtpTestServer.Start();
        var folder = ProductionAppFactory.NewDataFolder();

        // 1. The operator's command: migrates the empty database and prints a one-time link, no password.
        var (exitCode, output) = await BoardWebCommand.RunAsync(folder, "admin", "create", "--email", AdminEmail, "--name", "Alex Admin");
        Assert.That(exitCode, Is.Zero, output);
        var adminLink = SetPasswordLink().Match(output);
        Assert.That(adminLink.Success, Is.True, $"no link printed: {output}");

        using var factory = new ProductionAppFactory(folder, smtp.Port);
        using var anonymous = factory.NewClient();
        var home = await anonymous.GetStringAsync("/");
        Assert.That(home, Does.Contain("There are no boards yet"), "Demo:Seed is true, but Production adds no demo boards");
        Assert.That(await ScalarAsync<long>(factory, "SELECT COUNT(*) FROM accounts"), Is.Zero, "nobody can sign in before choosing a password");

        // 2. The administrator chooses a password from the printed link and signs in.
        using var admin = factory.NewClient();
        ProductionAppFactory.AssertRedirect(await ProductionAppFactory.SetPasswordAsync(admin, adminLink.Value, "admin chooses this one"), "admin sets a password");
        ProductionAppFactory.AssertRedirect(await ProductionAppFactory.SignInAsync(admin, AdminEmail, "admin chooses this one"), "admin signs in");
        Assert.That(await admin.GetStringAsync("/admin"), Does.Contain("Alex Admin"));

        // 3. A board, and its coordinator, who gets an email invitation.
        var created = await BoardAppFactory.PostFormAsync(admin, "/admin/boards/new", new Dictionary<string, string>
        {
            ["Input.Name"] = "Eastfield Learning Disability Partnership Board",
            ["Input.Area"] = "Eastfield",
            ["Input.About"] = "People with learning disabilities and carers working together.",
            ["Input.TimeZone"] = "Europe/London",
        });
        ProductionAppFactory.AssertRedirect(created, "the board is created");
        var boardId = long.Parse(BoardIdIn().Match(created.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        ProductionAppFactory.AssertRedirect(await BoardAppFactory.PostFormAsync(admin, $"/admin/boards/{boardId}/coordinators", new Dictionary<string, string>
        {
            ["Input.Name"] = "Casey Coordinator",
            ["Input.Email"] = CoordinatorEmail,
            ["Input.Organisation"] = "Eastfield Council",
        }, handler: "Appoint"), "the coordinator is appointed");

        // 4. The coordinator chooses their own password from the emailed link.
        using var coordinator = factory.NewClient();
        var coordinatorLink = await smtp.LinkSentToAsync(CoordinatorEmail);
        ProductionAppFactory.AssertRedirect(await ProductionAppFactory.SetPasswordAsync(coordinator, coordinatorLink, "coordinator's own words"), "coordinator sets a password");
        ProductionAppFactory.AssertRedirect(await ProductionAppFactory.SignInAsync(coordinator, CoordinatorEmail, "coordinator's own words"), "coordinator signs in");
        var manage = $"/boards/{boardId}/manage";
        Assert.That((await coordinator.GetAsync(manage)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // 5. A Rep without email gets a printed card; its link is on the public address, and it signs them in.
        var repId = await AddPersonAsync(coordinator, boardId, "Robin Rep", "Rep", email: null);
        var issued = await BoardAppFactory.PostFormAsync(coordinator, $"{manage}/people/{repId}/sign-in", new Dictionary<string, string>(), handler: "IssueCard");
        ProductionAppFactory.AssertRedirect(issued, "a card is made");
        var cardPage = await coordinator.GetStringAsync($"{manage}/people/{repId}/card");
        var cardLink = CardLink().Match(cardPage);
        Assert.That(cardLink.Success, Is.True, "the card's link is on the configured public address");
        using var rep = factory.NewClient();
        var cardSignIn = await BoardAppFactory.PostFormAsync(rep, new Uri(cardLink.Value).AbsolutePath, new Dictionary<string, string>());
        ProductionAppFactory.AssertRedirect(cardSignIn, "the card signs the Rep in");
        Assert.That(await rep.GetStringAsync("/me/profile"), Does.Contain("Robin Rep"));

        // 6. A carer with email is invited by email, and chooses a password.
        var carerId = await AddPersonAsync(coordinator, boardId, "Sam Carer", "FamilyCarer", CarerEmail);
        var sent = await BoardAppFactory.PostFormAsync(coordinator, $"{manage}/people/{carerId}/sign-in", new Dictionary<string, string>(), handler: "SendLink");
        ProductionAppFactory.AssertRedirect(sent, "the invitation is sent");
        using var carer = factory.NewClient();
        ProductionAppFactory.AssertRedirect(await ProductionAppFactory.SetPasswordAsync(carer, await smtp.LinkSentToAsync(CarerEmail), "carer first password"), "carer sets a password");
        ProductionAppFactory.AssertRedirect(await ProductionAppFactory.SignInAsync(carer, CarerEmail, "carer first password"), "carer signs in");

        // 7. The carer forgets it: the same answer as for an address nobody has, then a link by email.
        using var forgetful = factory.NewClient();
        var known = await ForgotAsync(forgetful, CarerEmail);
        var unknown = await ForgotAsync(forgetful, "nobody@nowhere.example");
        Assert.That(unknown.Replace("nobody@nowhere.example", CarerEmail), Is.EqualTo(known), "no account enumeration");
        var resetLink = await smtp.LinkSentToAsync(CarerEmail, skip: 1);
        ProductionAppFactory.AssertRedirect(await ProductionAppFactory.SetPasswordAsync(forgetful, resetLink, "carer second password"), "carer resets the password");
        Assert.That((await ProductionAppFactory.SignInAsync(factory.NewClient(), CarerEmail, "carer first password")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the old password no longer works");
        ProductionAppFactory.AssertRedirect(await ProductionAppFactory.SignInAsync(forgetful, CarerEmail, "carer second password"), "the new one does");
        Assert.That((await carer.GetAsync("/me/profile")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the reset signed the carer out everywhere");

        // No demo data and no published password anywhere.
        Assert.That(await ScalarAsync<long>(factory, "SELECT COUNT(*) FROM people WHERE email LIKE '%.example' AND email LIKE '%riverside%'"), Is.Zero);
        Assert.That(await ScalarAsync<long>(factory, "SELECT COUNT(*) FROM boards"), Is.EqualTo(1));
        var hashes = await QueryAsync<(string UserName, string Hash)>(factory, "SELECT user_name, password_hash FROM accounts");
        Assert.That(hashes.Select(h => h.UserName), Is.EquivalentTo(new[] { AdminEmail, CoordinatorEmail, CarerEmail }));
        var hasher = new Microsoft.AspNetCore.Identity.PasswordHasher<Board.Data.Accounts.Account>();
        Assert.That(hashes.Where(h => hasher.VerifyHashedPassword(new(), h.Hash, Board.Web.Demo.DemoBoards.Password) != Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed), Is.Empty);
        Assert.That(await ScalarAsync<long>(factory, "SELECT COUNT(*) FROM account_links WHERE token_hash LIKE '%set-password%' OR length(token_hash) <> 64"), Is.Zero, "only hashes are stored");
    }

    private static async Task<long> AddPersonAsync(HttpClient coordinator, long boardId, string name, string role, string? email)
    {
        var fields = new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Role"] = role };
        if (email is not null)
            fields["Input.Email"] = email;
        var response = await BoardAppFactory.PostFormAsync(coordinator, $"/boards/{boardId}/manage/people/new", fields);
        ProductionAppFactory.AssertRedirect(response, $"{name} is added");
        return long.Parse(PersonIdIn().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> ForgotAsync(HttpClient client, string email)
    {
        var response = await BoardAppFactory.PostFormAsync(client, "/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("Check your email"));
        // The page's own antiforgery token (in the sign-out form) differs per response; the answer itself must not.
        return AntiforgeryValue().Replace(html, "");
    }

    private static async Task<T> ScalarAsync<T>(ProductionAppFactory factory, string sql)
    {
        await using var connection = await factory.Database.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }

    private static async Task<IReadOnlyList<T>> QueryAsync<T>(ProductionAppFactory factory, string sql)
    {
        await using var connection = await factory.Database.OpenAsync();
        return (await connection.QueryAsync<T>(sql)).ToList();
    }

    [GeneratedRegex("https://board\\.example/set-password/[A-Za-z0-9_-]{43}")]
    private static partial Regex SetPasswordLink();

    [GeneratedRegex("https://board\\.example/card/[A-Za-z0-9_-]{43}")]
    private static partial Regex CardLink();

    [GeneratedRegex("/admin/boards/(\\d+)/coordinators")]
    private static partial Regex BoardIdIn();

    [GeneratedRegex("personId=(\\d+)")]
    private static partial Regex PersonIdIn();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex AntiforgeryValue();
}

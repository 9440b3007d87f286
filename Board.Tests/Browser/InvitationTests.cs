using Board.Core.Accounts;
using Board.Core.Composition;
using Board.Data.People;
using Board.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>An invited person on a small phone: choose a password (a weak one first), sign in, find "My sign-in".</summary>
[TestFixture]
public sealed class InvitationTests
{
    [TestCase(390)]
    [TestCase(320)]
    public async Task Invitation_OnASmallScreen_ChoosePasswordThenSignIn(int width)
    {
        var email = $"invited-{width}@riverside.example";
        var services = BrowserSession.App.Services;
        var boardId = (await services.GetRequiredService<Board.Data.Boards.BoardStore>().ListAsync()).First(b => b.Name.StartsWith("Riverside", StringComparison.Ordinal)).Id;
        var personId = await services.GetRequiredService<PersonStore>().CreateAsync(boardId, $"Invited Person {width}", Role.FamilyCarer, null, email, DateTimeOffset.UtcNow);
        var link = await services.GetRequiredService<AccountLinkIssuer>().IssueAsync(personId, LinkPurpose.Invitation);
        var page = await BrowserSession.NewPageAsync(width: width, height: 800);

        await page.GotoAsync(new Uri(link.Url).AbsolutePath);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose your password" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await AssertNoSidewaysScrollAsync(page, width);

        await page.GetByLabel("New password").FillAsync("short");
        await page.GetByLabel("Type the same password again").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my password" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Password-error")).ToContainTextAsync("at least 10 characters");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("New password").FillAsync("four words I remember");
        await page.GetByLabel("Type the same password again").FillAsync("four words I remember");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my password" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your password is saved" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).Last.ClickAsync();
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("four words I remember");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/sign-in"));

        await page.GotoAsync("/me/account");
        await Assertions.Expect(page.GetByText($"You sign in as {email}.")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await AssertNoSidewaysScrollAsync(page, width);
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, int width) =>
        Assert.That(await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(width), "nothing wider than the screen");
}

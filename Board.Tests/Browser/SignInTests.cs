using Board.Web.Demo;
using Microsoft.Playwright;

namespace Board.Tests.Browser;

[TestFixture]
public sealed class SignInTests
{
    [Test]
    public async Task SignIn_WithPassword_ReachesTheBoardAndItsManagementPages()
    {
        var page = await BrowserSession.NewPageAsync();
        await page.GotoAsync("/");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);

        await BrowserSession.SignInAsync(page, "coordinator@riverside.example");
        await page.GetByRole(AriaRole.Link, new() { Name = DemoBoards.MainBoardName }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Members who vote (15 of 15 seats)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("(co-chair)").First).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Manage my board" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Manage the board" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Terms ending in the next 60 days")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Test]
    public async Task SignIn_WithWrongPassword_ShowsThePlainMessageNextToTheField()
    {
        var page = await BrowserSession.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync("carer@riverside.example");
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Input_Email-error")).ToContainTextAsync("The email or password is not right");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Axe.AssertNoViolationsAsync(page);
    }

    [Test]
    public async Task SignIn_WithCardLink_NeedsOneButtonAndFollowsTheRepsProfile()
    {
        var page = await BrowserSession.NewPageAsync(width: 375, height: 740);
        await page.GotoAsync($"/card/{DemoSeeder.DemoCardToken()}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Hello, ") })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign me in" }).ClickAsync();
        await page.WaitForURLAsync("**/me/board");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Sign out"), IncludeHidden = true })).ToBeAttachedAsync();
        // The demo Rep asked for large text in their communication profile.
        await Assertions.Expect(page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("app-large-text"));
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/me/profile");
        await Assertions.Expect(page.GetByLabel("Large text")).ToBeCheckedAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Test]
    public async Task UnknownCard_SaysInPlainWordsThatItDoesNotWork()
    {
        var page = await BrowserSession.NewPageAsync();
        await page.GotoAsync("/card/" + new string('a', 43));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This card does not work" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }
}

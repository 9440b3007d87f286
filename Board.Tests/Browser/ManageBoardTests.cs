using Microsoft.Playwright;

namespace Board.Tests.Browser;

[TestFixture]
public sealed class ManageBoardTests
{
    [Test]
    public async Task Coordinator_EditsAMembership_AndTheBoardPageShowsIt()
    {
        var page = await BrowserSession.NewPageAsync();
        await BrowserSession.SignInAsync(page, "coordinator@riverside.example");
        await page.GetByRole(AriaRole.Link, new() { Name = "Manage my board" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "People and memberships" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);

        var carerRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Family carer member" }).First;
        var carerName = (await carerRow.GetByRole(AriaRole.Rowheader).InnerTextAsync()).Trim();
        await carerRow.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Family carer, ") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Change a seat" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        // A term that ends before it starts is refused with a plain message next to the field.
        await page.GetByLabel("Term ends (optional)").FillAsync("2000-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_TermTo-error")).ToContainTextAsync("The end of the term must be on or after the start");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Term ends (optional)").FillAsync("2029-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("has been saved");

        await page.GotoAsync(page.Url.Split("/manage")[0]);
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = carerName });
        await Assertions.Expect(row).ToContainTextAsync("30 Jun 2029");
    }

    [Test]
    public async Task Coordinator_MakesACard_AndTheRepSignsInWithIt_UntilItIsStopped()
    {
        var coordinator = await BrowserSession.NewPageAsync();
        await BrowserSession.SignInAsync(coordinator, "coordinator@riverside.example");
        await coordinator.GotoAsync("/");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Manage my board" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "People and memberships" }).ClickAsync();
        var repRow = coordinator.GetByRole(AriaRole.Row).Filter(new() { HasText = "Rep (elected" }).Nth(3);
        var repName = (await repRow.GetByRole(AriaRole.Rowheader).InnerTextAsync()).Trim();
        await repRow.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Sign-in") }).ClickAsync();
        await Axe.AssertNoViolationsAsync(coordinator);

        await coordinator.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Make a") }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Img, new() { Name = $"Square code that signs in {repName}" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(coordinator);
        var cardLink = await coordinator.GetByTestId("card-link").GetAttributeAsync("href");

        var rep = await BrowserSession.NewPageAsync(width: 375, height: 740);
        await rep.GotoAsync(cardLink!);
        await rep.GetByRole(AriaRole.Button, new() { Name = "Sign me in" }).ClickAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Button, new() { Name = $"Sign out ({repName})", IncludeHidden = true })).ToBeAttachedAsync();

        await coordinator.GoBackAsync();
        await coordinator.ReloadAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Stop the card" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("will not work any more");

        // Stopping the card also ends the session it started: the Rep's phone is signed out on its next page.
        await rep.ReloadAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Button, new() { Name = $"Sign out ({repName})", IncludeHidden = true })).Not.ToBeAttachedAsync();
        await rep.GotoAsync("/me/profile");
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();

        var stranger = await BrowserSession.NewPageAsync();
        await stranger.GotoAsync(cardLink!);
        await Assertions.Expect(stranger.GetByRole(AriaRole.Heading, new() { Name = "This card does not work" })).ToBeVisibleAsync();
    }

    [TestCase("/manage")]
    [TestCase("/manage/people/new")]
    [TestCase("/manage/memberships/new")]
    [TestCase("/manage/groups")]
    [TestCase("/manage/supporters")]
    [TestCase("/manage/constitution")]
    public async Task ManagementPage_HasNoAccessibilityViolations_EmptyAndWithErrors(string rest)
    {
        var page = await BrowserSession.NewPageAsync();
        await BrowserSession.SignInAsync(page, "coordinator@riverside.example");
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Manage my board" }).ClickAsync();
        var boardPath = new Uri(page.Url).AbsolutePath.Replace("/manage", "");
        await page.GotoAsync(boardPath + rest);
        await Axe.AssertNoViolationsAsync(page);

        var submit = page.Locator("main form[novalidate] button[type=submit]").Last;
        if (await submit.CountAsync() > 0)
        {
            var textBoxes = page.Locator("main form[novalidate] input[type=text], main form[novalidate] input[type=number]");
            if (await textBoxes.CountAsync() > 0)
                await textBoxes.Last.FillAsync("");
            await submit.ClickAsync();
            await Axe.AssertNoViolationsAsync(page);
        }
    }
}

using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>Ticking and unticking a box must be saved as the person meant it, in a real browser's form post.</summary>
[TestFixture]
public sealed class ProfileTests
{
    [Test]
    public async Task Member_TicksAndUnticksChoices_AndTheyAreKept()
    {
        var page = await BrowserSession.NewPageAsync(width: 375, height: 740);
        await BrowserSession.SignInAsync(page, "carer@riverside.example");
        await page.GotoAsync("/me/profile");
        await Axe.AssertNoViolationsAsync(page);

        var largeText = page.GetByLabel("Large text");
        var pictures = page.GetByLabel("Pictures first");
        await largeText.SetCheckedAsync(true);
        await pictures.SetCheckedAsync(false);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my choices" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your choices are saved");
        await Assertions.Expect(largeText).ToBeCheckedAsync();
        await Assertions.Expect(pictures).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("app-large-text"));

        await largeText.SetCheckedAsync(false);
        await pictures.SetCheckedAsync(true);
        // Wait for the post and its redirect to finish before reloading, or the reload races the form post.
        var redirected = page.WaitForResponseAsync(r => r.Request.Method == "GET" && r.Url.EndsWith("/me/profile", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my choices" }).ClickAsync();
        await redirected;
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.ReloadAsync();
        await Assertions.Expect(largeText).Not.ToBeCheckedAsync();
        await Assertions.Expect(pictures).ToBeCheckedAsync();
    }
}

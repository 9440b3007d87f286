using Board.Web.Demo;
using Dapper;
using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>
/// A Rep on a phone says how the board worked with them on a decision (issue 15, ADR-018): from their home page, by
/// tapping only, choosing the rung by its picture, and sees it saved. Four taps; axe clean; nothing sideways at 320 px.
/// </summary>
[TestFixture]
public sealed class LadderTests
{
    [Test]
    public async Task Rep_FromTheirHome_RatesADecisionByItsPicture_InFourTaps_AndSeesItSaved()
    {
        await using (var connection = await BrowserSession.App.Database.OpenAsync())
            await connection.ExecuteAsync("DELETE FROM ladder_ratings WHERE person_id = (SELECT person_id FROM accounts WHERE user_name = 'rep@riverside.example')");
        var page = await BrowserSession.NewPhoneAsync();
        await page.SetViewportSizeAsync(390, 844);
        var rep = new Taps(page);
        await page.GotoAsync($"/card/{DemoSeeder.DemoCardToken()}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign me in" }).TapAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My board", Level = 1 })).ToBeVisibleAsync();

        await rep.TapAsync(page.GetByRole(AriaRole.Link, new() { Name = "Tell us how we worked together" }).First);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How we worked together", Level = 1 })).ToBeVisibleAsync();
        await AssertFitsAndAccessibleAsync(page);

        await rep.TapAsync(page.GetByRole(AriaRole.Link, new() { Name = "Say how we worked together on Buses at night" }));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How did we work together?", Level = 1 })).ToBeVisibleAsync();
        await AssertFitsAndAccessibleAsync(page);
        var choices = page.Locator(".app-ladder-choices .govuk-radios__label");
        await Assertions.Expect(choices).ToHaveCountAsync(7);
        foreach (var box in await Task.WhenAll((await choices.AllAsync()).Select(c => c.BoundingBoxAsync())))
            Assert.That(box!.Height, Is.GreaterThanOrEqualTo(44), "each rung is a big target");

        // The Rep taps the pencil: co-design.
        var pencil = page.GetByRole(AriaRole.Img, new() { Name = "A pencil" });
        await Assertions.Expect(pencil).ToBeVisibleAsync();
        await rep.TapAsync(pencil);
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Co-design" })).ToBeCheckedAsync();
        await rep.TapAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save my answer" }));

        await Assertions.Expect(page.GetByText("Thank you. You said: Co-design.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("You said: Co-design.", new() { Exact = false }).First).ToBeVisibleAsync();
        Assert.That(rep.Count, Is.EqualTo(4), "home, the decision, the picture, save");
        await AssertFitsAndAccessibleAsync(page);
        await Screenshots.SaveAsync(page, "ladder-saved.png");
        await page.Context.CloseAsync();
    }

    // At the phone's own width and at 320 px: nothing scrolls sideways, and axe finds nothing.
    private static async Task AssertFitsAndAccessibleAsync(IPage page)
    {
        var size = page.ViewportSize!;
        foreach (var width in new[] { size.Width, 320 })
        {
            await page.SetViewportSizeAsync(width, size.Height);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            Assert.That(widths[0], Is.LessThanOrEqualTo(widths[1]), $"{page.Url} scrolls sideways at {width} px");
            await Axe.AssertNoViolationsAsync(page);
        }
        await page.SetViewportSizeAsync(size.Width, size.Height);
    }

    private sealed class Taps(IPage page)
    {
        public IPage Page { get; } = page;
        public int Count { get; set; }

        public async Task TapAsync(ILocator target)
        {
            await target.TapAsync();
            Count++;
        }
    }
}

using System.Text.RegularExpressions;
using Board.Tests.Web.Minutes;
using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>
/// The minutes in Chromium: the coordinator drafts and sends them, a Rep on a phone says one part is hard, the
/// co-chairs sign off, the coordinator publishes, and a visitor reads them in the archive, as a page and a PDF.
/// </summary>
[TestFixture]
public sealed class MinutesTests
{
    [Test]
    public async Task Minutes_FromDraftToTheArchive_WithNoAccessibilityViolations()
    {
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        var scenario = await MinutesScenario.CreateAsync(BrowserSession.App, ids, daysAgo: 3);

        var coordinator = await BrowserSession.NewPageAsync();
        await BrowserSession.SignInAsync(coordinator, "coordinator@riverside.example");
        await coordinator.GotoAsync($"/boards/{ids.Riverside}/manage/meetings/{scenario.MeetingId}");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Minutes", Exact = true }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Start the minutes" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(coordinator);

        await coordinator.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^1\\. {MinutesScenario.FirstTitle}") }).ClickAsync();
        await coordinator.GetByLabel("Easy read note").FillAsync("");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save the notes" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Link, new() { Name = "Write the easy read note. Reps read this one." })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByLabel("Standard note").FillAsync("The board agreed to ask the leisure centre for a concession price for members.");
        await coordinator.GetByLabel("Easy read note").FillAsync("Swimming costs too much.\nWe will ask the leisure centre for a cheaper price.");
        await coordinator.GetByLabel("Actions (optional)").FillAsync("The coordinator will write to the leisure centre.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save the notes" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("are saved");
        await Assertions.Expect(coordinator.GetByText("Should swimming cost less?")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(coordinator);

        await coordinator.GotoAsync(scenario.ItemPath(scenario.SecondItemId));
        await coordinator.GetByLabel("Standard note").FillAsync("Members said council tax bills are hard to read. The council will test an easy read bill.");
        await coordinator.GetByLabel("Easy read note").FillAsync("Bills are hard to read.\nThe council will try an easy read bill.\nThe ICB will help.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save the notes" }).ClickAsync();
        await coordinator.GotoAsync(scenario.ManagePath);
        // Issue 17: the editor asks for the hard word nobody has explained; one tap saves the explanation.
        var explain = coordinator.GetByLabel("What does \"ICB\" mean?");
        await Assertions.Expect(explain).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(coordinator);
        await explain.FillAsync("The NHS group that plans health services in our area.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save what \"ICB\" means" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("\"ICB\" is explained.");
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Explain the hard words" })).ToHaveCountAsync(0);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Send to the Reps to check" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#minutes-state")).ToHaveTextAsync("With the Reps to check");

        // A Rep on a phone finds the request in their messages and says the second part is hard.
        var rep = await BrowserSession.NewPhoneAsync();
        await BrowserSession.SignInAsync(rep, "rep@riverside.example");
        await rep.GotoAsync("/me/inbox");
        await rep.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Please check the minutes") }).First.ClickAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Check the minutes" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(rep);
        await rep.GetByRole(AriaRole.Button, new() { Name = "Save my answer for item 2" }).ClickAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Choose .I understand this. or .This is hard.") })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(rep);
        var second = rep.Locator($"#item-{scenario.SecondItemId}");
        await second.GetByLabel("This is hard", new() { Exact = true }).TapAsync();
        await second.GetByLabel("What is hard? (you do not have to say)").FillAsync("What is council tax?");
        await second.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Save my answer") }).TapAsync();
        await Assertions.Expect(rep.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your answer is saved.");
        await Assertions.Expect(rep.Locator($"#item-{scenario.SecondItemId} .app-my-mark")).ToContainTextAsync("This is hard");

        await coordinator.ReloadAsync();
        await Assertions.Expect(coordinator.GetByText("What is council tax?", new() { Exact = false })).ToBeVisibleAsync();

        foreach (var coChair in new[] { "rep@riverside.example", "councillor@riverside.example" })
        {
            var page = coChair == "rep@riverside.example" ? rep : await BrowserSession.NewPageAsync();
            if (page != rep)
                await BrowserSession.SignInAsync(page, coChair);
            await page.GotoAsync(scenario.SignOffPath);
            await Axe.AssertNoViolationsAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "These minutes are right" }).ClickAsync();
            await Assertions.Expect(page.Locator("#signed")).ToContainTextAsync("You have signed off these minutes.");
        }

        await coordinator.GotoAsync(scenario.ManagePath);
        await Assertions.Expect(coordinator.Locator("#minutes-approval")).ToContainTextAsync("Both co-chairs have signed off");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Publish the minutes" }).ClickAsync();
        // The Rep said the second part is hard and nobody changed it since: the coordinator is asked before publishing.
        await Assertions.Expect(coordinator.Locator("#hard-items")).ToContainTextAsync("marked hard to understand");
        await Assertions.Expect(coordinator.Locator("#hard-items")).ToContainTextAsync("1 Rep marked it hard");
        await Axe.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Publish anyway" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("The minutes are published.");

        var visitor = await BrowserSession.NewPageAsync(width: 375, height: 740);
        var pdfLink = visitor.Locator($"a[href='/boards/{ids.Riverside}/meetings/{scenario.MeetingId}/documents/easy-read-minutes.pdf']");
        for (var attempt = 0; attempt < 60 && await pdfLink.CountAsync() == 0; attempt++)
        {
            await visitor.GotoAsync($"/boards/{ids.Riverside}/archive");
            if (await pdfLink.CountAsync() == 0)
                await Task.Delay(250);
        }
        await Assertions.Expect(pdfLink).ToHaveTextAsync(new Regex(@"Easy read minutes \(PDF, \d+ pages?, \d+ KB\)"));
        await Axe.AssertNoViolationsAsync(visitor);
        var download = await visitor.APIRequest.GetAsync(await pdfLink.GetAttributeAsync("href") ?? "");
        Assert.That(download.Headers["content-type"], Is.EqualTo("application/pdf"));

        await visitor.GotoAsync($"/boards/{ids.Riverside}/meetings/{scenario.MeetingId}/minutes/easy-read");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "We voted: Should swimming cost less?" })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Img, new() { Name = "A football" }).First).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("ICB: The NHS group that plans health services in our area.")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(visitor);
        // Issue 17 at 320 px: no sideways scroll; in every row the words come before the picture in the page, and the
        // picture is still shown at their left (ADR-022).
        await visitor.SetViewportSizeAsync(320, 740);
        Assert.That(await EasyReadRows.FitsAsync(visitor), Is.True, "no sideways scroll at 320 px");
        Assert.That(await EasyReadRows.OrderAsync(visitor), Is.Not.Empty.And.All.EqualTo(EasyReadRows.Expected));
        await visitor.GotoAsync($"/boards/{ids.Riverside}/meetings/{scenario.MeetingId}/minutes");
        await Assertions.Expect(visitor.GetByText("The council will test an easy read bill.", new() { Exact = false })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(visitor);
    }
}

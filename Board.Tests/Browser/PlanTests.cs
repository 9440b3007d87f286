using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>The plan in Chromium: a carer follows an action, the owner's partner posts an update, the carer hears of it.</summary>
[TestFixture]
public sealed class PlanTests
{
    [Test]
    public async Task CarerFollowsAnAction_PartnerPostsAnUpdate_CarerSeesItInTheInboxAndOnTheDashboard()
    {
        var carer = await BrowserSession.NewPageAsync(width: 375, height: 740);
        await BrowserSession.SignInAsync(carer, "carer@riverside.example");
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        await carer.GotoAsync($"/boards/{ids.Riverside}/plan");
        await Assertions.Expect(carer.GetByRole(AriaRole.Img, new() { Name = "Progress of each chapter" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(carer);

        await carer.GetByRole(AriaRole.Link, new() { Name = "Hospital letters will come in easy read." }).First.ClickAsync();
        await Axe.AssertNoViolationsAsync(carer);
        await Assertions.Expect(carer.GetByRole(AriaRole.Heading, new() { Name = "Post an update" })).Not.ToBeAttachedAsync();
        await carer.GetByRole(AriaRole.Button, new() { Name = "Follow this action" }).ClickAsync();
        await Assertions.Expect(carer.GetByRole(AriaRole.Alert)).ToContainTextAsync("You are following this action.");
        var actionPage = carer.Url;

        // A partner from another organisation only reads; the owner organisation's partner posts.
        var councillor = await BrowserSession.NewPageAsync();
        await BrowserSession.SignInAsync(councillor, "councillor@riverside.example");
        await councillor.GotoAsync(actionPage);
        await Assertions.Expect(councillor.GetByRole(AriaRole.Heading, new() { Name = "Post an update" })).Not.ToBeAttachedAsync();

        var coordinator = await BrowserSession.NewPageAsync();
        await BrowserSession.SignInAsync(coordinator, "partner@riverside.example");
        await coordinator.GotoAsync(actionPage);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Post the update" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByLabel("What happened", new() { Exact = true }).FillAsync("The printing contract is signed; easy read letters start on Monday.");
        await coordinator.GetByLabel("What happened, in easy read").FillAsync("Easy read letters start on Monday.");
        await coordinator.GetByLabel("On track").CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Post the update" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("Everyone following this action has been told.");

        await carer.GotoAsync("/");
        await Assertions.Expect(carer.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^My messages \(\d+ new\)$"), IncludeHidden = true })).ToBeAttachedAsync();
        await carer.GotoAsync("/me/inbox");
        await Assertions.Expect(carer.GetByText("Easy read letters start on Monday.", new() { Exact = false })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(carer);
        await carer.GotoAsync($"/boards/{ids.Riverside}/plan");
        var changed = carer.Locator("li").Filter(new() { HasText = "Hospital letters will come in easy read." }).Filter(new() { HasText = "now on track" });
        await Assertions.Expect(changed).ToHaveCountAsync(1);
        await Axe.AssertNoViolationsAsync(carer);
    }

    [Test]
    public async Task PublicProgressPage_AndTheCoordinatorsPlanPage_HaveNoAccessibilityViolations()
    {
        var visitor = await BrowserSession.NewPageAsync(width: 375, height: 740);
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        await visitor.GotoAsync($"/boards/{ids.Riverside}/plan/progress");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "How the plan is going" })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText(new Regex("things are done"))).Not.ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(visitor);
        // Issue 17 at 320 px: each chapter's words come first in the page, the picture shown at their left (ADR-022).
        await visitor.SetViewportSizeAsync(320, 740);
        Assert.That(await EasyReadRows.FitsAsync(visitor), Is.True, "no sideways scroll at 320 px");
        Assert.That(await EasyReadRows.OrderAsync(visitor), Has.Length.EqualTo(3).And.All.EqualTo(EasyReadRows.Expected));

        var coordinator = await BrowserSession.NewPageAsync();
        await BrowserSession.SignInAsync(coordinator, "coordinator@riverside.example");
        await coordinator.GotoAsync($"/boards/{ids.Riverside}/manage/plan");
        await Axe.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(coordinator);

        // The item's own easy read row (_ItemDetails) keeps the same order at 320 px.
        long meetingId;
        await using (var connection = await BrowserSession.App.Database.OpenAsync())
            meetingId = await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT meeting_id FROM agenda_items WHERE id = @id", new { id = ids.RiversideItem });
        await coordinator.SetViewportSizeAsync(320, 740);
        await coordinator.GotoAsync($"/boards/{ids.Riverside}/manage/meetings/{meetingId}/items/{ids.RiversideItem}");
        Assert.That(await EasyReadRows.FitsAsync(coordinator), Is.True, "no sideways scroll at 320 px");
        Assert.That(await EasyReadRows.OrderAsync(coordinator), Has.Length.EqualTo(1).And.All.EqualTo(EasyReadRows.Expected));
        await Axe.AssertNoViolationsAsync(coordinator);
    }
}

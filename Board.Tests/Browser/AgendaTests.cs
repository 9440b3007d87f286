using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>
/// The co-produced agenda end to end in Chromium: a supporter raises an item for their group, the coordinator
/// declines it with a reason the group then reads, accepts others, the co-chairs approve, and the agenda is published.
/// </summary>
[TestFixture]
public sealed class AgendaTests
{
    [Test]
    public async Task SupporterRaisesAnItem_CoordinatorDeclinesWithAReason_GroupSeesIt_AgendaIsPublished()
    {
        // The supporter sends an item for their group, checking the easy read words first.
        var supporter = await BrowserSession.NewPageAsync(width: 375, height: 740);
        await BrowserSession.SignInAsync(supporter, "supporter@riverside.example");
        var boardPath = await BoardPathAsync(supporter);
        await supporter.GotoAsync($"{boardPath}/meetings");
        await Axe.AssertNoViolationsAsync(supporter);
        await supporter.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Send an item") }).First.ClickAsync();
        await Assertions.Expect(supporter.GetByRole(AriaRole.Heading, new() { Name = "Send an item to the board" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(supporter);

        await supporter.GetByLabel("A short title").FillAsync("Changing places toilets");
        await supporter.GetByLabel("What is it about? (easy read)").FillAsync(
            "We want a changing places toilet in the town centre because lots of people who use wheelchairs cannot go out for long.");
        await supporter.GetByLabel("The details").FillAsync("There is no changing places toilet in the town centre.");
        await supporter.GetByLabel("Decide something").CheckAsync();
        // The pictures are in a compact grid behind "Choose a picture": open it as a person would, then pick.
        await supporter.GetByText("Choose a picture", new() { Exact = true }).ClickAsync();
        await supporter.GetByLabel("A person in a wheelchair").CheckAsync();
        await Assertions.Expect(supporter.Locator(".app-picture-picker__chosen")).ToContainTextAsync("Chosen: A person in a wheelchair");
        await supporter.GetByRole(AriaRole.Button, new() { Name = "Check the words" }).ClickAsync();
        await Assertions.Expect(supporter.GetByText("Easy read advice")).ToBeVisibleAsync();
        await Assertions.Expect(supporter.GetByText(new Regex(@"This sentence has \d+ words"))).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(supporter);

        await supporter.GetByLabel("What is it about? (easy read)").FillAsync("We want a changing places toilet in town. Then we can go out for longer.");
        await supporter.GetByLabel("Attach files (optional)").SetInputFilesAsync(new FilePayload
        {
            Name = "map.png",
            MimeType = "image/png",
            Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52],
        });
        await supporter.GetByRole(AriaRole.Button, new() { Name = "Send the item" }).ClickAsync();
        await Assertions.Expect(supporter.GetByRole(AriaRole.Heading, new() { Name = "You said, we did" })).ToBeVisibleAsync();
        var raised = supporter.Locator("section").Filter(new() { HasText = "Changing places toilets" });
        await Assertions.Expect(raised).ToContainTextAsync("Waiting");
        await Axe.AssertNoViolationsAsync(supporter);
        var groupPage = supporter.Url;

        // The coordinator refuses to decline without a reason, then declines with one.
        var coordinator = await BrowserSession.NewPageAsync();
        await BrowserSession.SignInAsync(coordinator, "coordinator@riverside.example");
        await coordinator.GotoAsync($"{boardPath}/manage/meetings");
        await Axe.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Board meeting, ") }).Last.ClickAsync();
        var meetingPage = coordinator.Url;
        await Axe.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Changing places toilets" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Do not accept the item" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#Reason-error")).ToContainTextAsync("Write the reason the item is not accepted");
        await Axe.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByLabel("Why is it not accepted?").FillAsync("The council is already building one. It opens in March.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Do not accept the item" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("The group has been told why");

        // The group's page shows the reason.
        await supporter.GotoAsync(groupPage);
        var declined = supporter.Locator("section").Filter(new() { HasText = "Changing places toilets" });
        await Assertions.Expect(declined).ToContainTextAsync("Not accepted");
        await Assertions.Expect(declined).ToContainTextAsync("The council is already building one. It opens in March.");

        // The coordinator accepts the groups' other items.
        foreach (var title in new[] { "Day centre opening times", "Jobs fair" })
        {
            await coordinator.GotoAsync(meetingPage);
            await coordinator.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Accept the item", Exact = true }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("is on the agenda");
        }

        // Publishing needs both co-chairs' approval first.
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Publish the agenda" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("Both co-chairs must approve the agenda");
        await Axe.AssertNoViolationsAsync(coordinator);
        await coordinator.GotoAsync(meetingPage);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Ask the co-chairs to approve" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("to approve the agenda");
        foreach (var coChair in new[] { "rep@riverside.example", "councillor@riverside.example" })
        {
            var page = await BrowserSession.NewPageAsync(width: 375, height: 740);
            await BrowserSession.SignInAsync(page, coChair);
            // The co-chair finds the request in their messages and follows it.
            await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "My messages" }).ClickAsync();
            await Axe.AssertNoViolationsAsync(page);
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Read and approve the agenda\\W+Please approve the agenda for") }).ClickAsync();
            await Axe.AssertNoViolationsAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "I approve this agenda" }).ClickAsync();
            await Assertions.Expect(page.GetByText("You have approved this agenda.")).ToBeVisibleAsync();
        }
        await coordinator.GotoAsync(meetingPage);
        await Assertions.Expect(coordinator.GetByText("Approved by 2 of 2 co-chairs")).ToBeVisibleAsync();
        // Issue 17: the easy read agenda uses a hard word nobody has explained; publishing waits until it is.
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Publish the agenda" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("Explain this hard word first: \"disabilities\"");
        await Axe.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByLabel("What does \"disabilities\" mean?").FillAsync("It means some things are harder for a person to do.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save what \"disabilities\" means" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("is explained");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Publish the agenda" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("The agenda is published");

        // Anyone can read it, in standard and easy read.
        var visitor = await BrowserSession.NewPageAsync(width: 375, height: 740);
        await visitor.GotoAsync(meetingPage.Replace("/manage/meetings/", "/meetings/"));
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Day centre opening times" })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("Changing places toilets")).Not.ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(visitor);
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Read the easy read agenda" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Img, new() { Name = "A work bag" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(visitor);
    }

    [TestCase("coordinator@riverside.example", "/manage/glossary")]
    [TestCase("coordinator@riverside.example", "/you-said-we-did")]
    [TestCase("supporter@riverside.example", "/glossary/suggest")]
    [TestCase("carer@riverside.example", "/glossary")]
    [TestCase("carer@riverside.example", "/meetings/{meeting}/apologies")]
    [TestCase("supporter@riverside.example", "/groups/{group}/items/{item}/answer")]
    [TestCase("coordinator@riverside.example", "/manage/meetings/{meeting}/edit")]
    [TestCase("coordinator@riverside.example", "/manage/groups/{group}/edit")]
    public async Task NewPage_HasNoAccessibilityViolations(string user, string rest)
    {
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        var page = await BrowserSession.NewPageAsync();
        await BrowserSession.SignInAsync(page, user);
        var boardPath = await BoardPathAsync(page);
        rest = rest.Replace("{meeting}", ids.RiversideMeeting.ToString()).Replace("{group}", ids.RiversideGroup.ToString())
            .Replace("{item}", ids.RiversideItem.ToString());
        var response = await page.GotoAsync(boardPath + rest);
        Assert.That(response!.Ok, Is.True, $"{rest} answered {response.Status}");
        await Axe.AssertNoViolationsAsync(page);
        var submit = page.Locator("main form[novalidate] button[type=submit]").Last;
        if (await submit.CountAsync() > 0)
        {
            // Empty the first box of the form, so the page must answer with its errors.
            var firstBox = page.Locator("main form[novalidate]").Last.Locator("input[type=text]").First;
            if (await firstBox.CountAsync() > 0)
                await firstBox.FillAsync("");
            await submit.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
            await Axe.AssertNoViolationsAsync(page);
        }
    }

    [Test]
    public async Task CalendarFeed_IsICalendarWithTheBoardsMeetings()
    {
        var page = await BrowserSession.NewPageAsync();
        var boardPath = await BoardPathAsync(page);
        var response = await page.Context.APIRequest.GetAsync(boardPath + "/meetings.ics");
        Assert.That(response.Headers["content-type"], Does.StartWith("text/calendar"));
        Assert.That(await response.TextAsync(), Does.StartWith("BEGIN:VCALENDAR\r\n").And.Contain("BEGIN:VEVENT").And.EndWith("END:VCALENDAR\r\n"));
    }

    [Test]
    public async Task Coordinator_MarksAttendance_AndQuorumIsExplained()
    {
        var page = await BrowserSession.NewPageAsync();
        await BrowserSession.SignInAsync(page, "coordinator@riverside.example");
        var boardPath = await BoardPathAsync(page);
        var meetingId = await LiveMeetings.StartAsync(everyVoter: false);
        await page.GotoAsync($"{boardPath}/manage/meetings/{meetingId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Who is here, and quorum" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The meeting cannot make decisions yet");
        await Axe.AssertNoViolationsAsync(page);

        var firstRep = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Rep" }).First;
        var name = (await firstRep.GetByRole(AriaRole.Rowheader).InnerTextAsync()).Trim();
        await firstRep.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^In the room\\W+{name}$") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = name }).First).ToContainTextAsync("In the room");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 member who can vote is here. 1 Rep is here.");
        await Axe.AssertNoViolationsAsync(page);
    }

    private static async Task<string> BoardPathAsync(IPage page)
    {
        await page.GotoAsync("/");
        var href = await page.GetByRole(AriaRole.Link, new() { Name = Board.Web.Demo.DemoBoards.MainBoardName }).GetAttributeAsync("href");
        return href!;
    }
}

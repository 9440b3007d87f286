using Board.Core.Meetings;
using Board.Core.Payments;
using Board.Data.Meetings;
using Board.Data.Payments;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>
/// Issue 15's claim journey on a phone, from the home page, counting every tap: a supporter claims with the Rep they
/// support after a meeting, with a photo of the bus ticket; the coordinator asks a question; the supporter answers;
/// the coordinator agrees the claim, records the payment and downloads the finance export.
/// </summary>
[TestFixture]
public sealed class PaymentsTests
{
    private static readonly byte[] TicketPhoto = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1];

    [Test]
    public async Task SupporterClaimsWithTheRep_CoordinatorQueries_SupporterAnswers_CoordinatorApproves_AndTheExportDownloads()
    {
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        var (repId, repName, meetingId) = await ArrangeAsync(ids);

        // The supporter, with the Rep beside them: home, sign in, My board, money for meetings, the Rep, the meeting.
        var supporter = new Taps(await PhoneAsync());
        var page = supporter.Page;
        await SignInFromHomeAsync(supporter, "supporter@riverside.example");
        await supporter.TapAsync(page.GetByRole(AriaRole.Link, new() { Name = "Money for meetings", Exact = true }));
        await supporter.TapAsync(page.GetByRole(AriaRole.Link, new() { Name = $"Money for meetings: {repName}" }));
        await supporter.TapAsync(page.Locator($"a[href$='/meetings/{meetingId}/claim']"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Claim for a meeting" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Coming to a meeting: £30.00")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByText("does not change your benefits")).ToBeVisibleAsync();
        await page.GetByLabel("Travel: bus, train or taxi, in pounds").FillAsync("4.50");
        await page.GetByLabel("Receipts (if you have them)").SetInputFilesAsync(new FilePayload { Name = "bus-ticket.jpg", MimeType = "image/jpeg", Buffer = TicketPhoto });
        supporter.Count++;
        Assert.That(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), Is.True);
        await Axe.AssertNoViolationsAsync(page);
        await supporter.TapAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send the claim" }));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The claim is sent.");
        await Assertions.Expect(page.GetByText("Waiting to be checked")).ToBeVisibleAsync();
        Assert.That(supporter.Count, Is.EqualTo(8), "taps from the home page to the claim sent");

        // The coordinator asks which bus.
        var coordinator = new Taps(await PhoneAsync());
        var desk = coordinator.Page;
        await SignInFromHomeAsync(coordinator, "coordinator@riverside.example");
        await coordinator.TapAsync(desk.GetByRole(AriaRole.Button, new() { Name = "Menu" }));
        await coordinator.TapAsync(desk.GetByRole(AriaRole.Link, new() { Name = "Manage my board" }));
        await coordinator.TapAsync(desk.GetByRole(AriaRole.Link, new() { Name = "Payments and expenses: rates, approvers and claims" }));
        await coordinator.TapAsync(desk.GetByRole(AriaRole.Link, new() { Name = "Claims to check, payments and the finance export" }));
        await coordinator.TapAsync(desk.GetByRole(AriaRole.Row).Filter(new() { HasText = "Waiting to be checked" }).Filter(new() { HasText = repName }).GetByRole(AriaRole.Link));
        await Assertions.Expect(desk.GetByRole(AriaRole.Link, new() { Name = "bus-ticket.jpg" })).ToBeVisibleAsync();
        await desk.GetByLabel("Why, in plain words").FillAsync("Which bus did you take?");
        await coordinator.TapAsync(desk.GetByRole(AriaRole.Button, new() { Name = "Ask a question" }));
        await Assertions.Expect(desk.GetByRole(AriaRole.Alert)).ToContainTextAsync("The question is sent to the person.");
        Assert.That(coordinator.Count, Is.EqualTo(9), "taps from the home page to the question sent");

        // The supporter sees the question in plain words and answers it.
        supporter.Count = 0;
        await supporter.TapAsync(page.GetByRole(AriaRole.Link, new() { Name = "PartnershipBoard", Exact = true }));
        await supporter.TapAsync(page.GetByRole(AriaRole.Link, new() { Name = "Money for meetings", Exact = true }));
        await supporter.TapAsync(page.GetByRole(AriaRole.Link, new() { Name = $"Money for meetings: {repName}" }));
        await Assertions.Expect(page.GetByText("The question is: Which bus did you take?")).ToBeVisibleAsync();
        await supporter.TapAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Answer the question") }));
        await page.GetByLabel("Your answer to the question").FillAsync("The number 12 bus, both ways.");
        await supporter.TapAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send the claim" }));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The claim is sent.");
        Assert.That(supporter.Count, Is.EqualTo(5), "taps from My board to the answer sent");

        // The coordinator agrees it, records the payment and downloads the export.
        await desk.ReloadAsync();
        await Assertions.Expect(desk.GetByText("The number 12 bus, both ways.")).ToBeVisibleAsync();
        await coordinator.TapAsync(desk.GetByRole(AriaRole.Button, new() { Name = "Agree the claim" }));
        await Assertions.Expect(desk.GetByRole(AriaRole.Alert)).ToContainTextAsync("The claim is agreed.");
        await desk.GetByLabel("Day paid").FillAsync(DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await desk.GetByLabel("How it was paid").FillAsync("Bank transfer");
        await desk.GetByLabel("Finance reference").FillAsync("FIN-2026-001");
        await coordinator.TapAsync(desk.GetByRole(AriaRole.Button, new() { Name = "Record the payment" }));
        await Assertions.Expect(desk.GetByRole(AriaRole.Alert)).ToContainTextAsync("The payment is recorded.");
        await coordinator.TapAsync(desk.GetByRole(AriaRole.Link, new() { Name = "All claims" }));
        var download = await desk.RunAndWaitForDownloadAsync(() =>
            desk.GetByRole(AriaRole.Link, new() { Name = "Download agreed and paid claims for the finance system (CSV)" }).TapAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Multiple(() =>
        {
            Assert.That(download.SuggestedFilename, Is.EqualTo("involvement-claims.csv"));
            Assert.That(csv, Does.Contain(repName).And.Contain("34.50").And.Contain("FIN-2026-001"));
        });
        await Axe.AssertNoViolationsAsync(desk);
    }

    /// <summary>Rates from long ago, and the second Rep the supporter helps marked in the room at the demo's closed meeting.</summary>
    private static async Task<(long RepId, string RepName, long MeetingId)> ArrangeAsync(Web.DemoIds ids)
    {
        var services = BrowserSession.App.Services;
        var involvement = services.GetRequiredService<InvolvementStore>();
        if ((await involvement.RatesAsync(ids.Riverside)).All(r => r.Kind != RateKind.Meeting))
            await involvement.AddRateAsync(ids.Riverside, new RateDraft(RateKind.Meeting, 3000, new DateOnly(2000, 4, 1), null));
        await using var connection = await BrowserSession.App.Database.OpenAsync();
        var meetingId = await connection.ExecuteScalarAsync<long>("SELECT MIN(id) FROM meetings WHERE board_id = @id AND state = 'Closed'", new { id = ids.Riverside });
        var (repId, repName) = await connection.QuerySingleAsync<(long, string)>(
            """
            SELECT p.id, p.name FROM supporter_links l JOIN people p ON p.id = l.rep_id
            WHERE l.supporter_id = (SELECT person_id FROM accounts WHERE user_name = 'supporter@riverside.example') AND p.id <> @rep
            ORDER BY p.id LIMIT 1
            """, new { rep = ids.RiversideRep });
        var meeting = (await services.GetRequiredService<MeetingStore>().GetAsync(ids.Riverside, meetingId))!;
        await services.GetRequiredService<AttendanceStore>().MarkAsync(meetingId, repId, AttendanceMark.InRoom, meeting.StartsAt);
        return (repId, repName, meetingId);
    }

    private static async Task<IPage> PhoneAsync()
    {
        var context = await BrowserSession.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BrowserSession.BaseUrl,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            HasTouch = true,
            IsMobile = true,
            Locale = "en-GB",
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    private static async Task SignInFromHomeAsync(Taps person, string email)
    {
        await person.Page.GotoAsync("/");
        await person.TapAsync(person.Page.GetByRole(AriaRole.Button, new() { Name = "Menu" }));
        await person.TapAsync(person.Page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }));
        await person.Page.GetByLabel("Email address").FillAsync(email);
        await person.Page.GetByLabel("Password").FillAsync(Web.BoardAppFactory.Password);
        await person.TapAsync(person.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }));
        await Assertions.Expect(person.Page.GetByRole(AriaRole.Heading, new() { Name = "My board", Level = 1 })).ToBeVisibleAsync();
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

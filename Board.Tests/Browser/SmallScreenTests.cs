using Board.Tests.Web;
using Microsoft.Playwright;
using static Board.Tests.Web.AuthorizationMatrixTests;

namespace Board.Tests.Browser;

/// <summary>
/// Every page of the authorization matrix, for each role that may see it, on a 320 px wide screen: nothing scrolls
/// sideways (WCAG 1.4.10), axe-core finds nothing, and on a Rep's screens every control is at least 44 by 44 CSS px.
/// One browser for all, one context per role.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class SmallScreenTests
{
    /// <summary>Pages that answer with a file, not a page.</summary>
    private static readonly HashSet<string> Files =
    [
        "boards/{boardId:long}/meetings.ics",
        "boards/{boardId:long}/items/{itemId:long}/files/{fileId:long}",
        "boards/{boardId:long}/plan/report.pdf",
        "boards/{boardId:long}/year/{year:int}/report.pdf",
        "boards/{boardId:long}/payments/people/{payeeId:long}/claims/{claimId:long}/receipts/{receiptId:long}",
        "boards/{boardId:long}/plan/updates/{updateId:long}/evidence",
        "boards/{boardId:long}/meetings/{meetingId:long}/documents/{fileName}",
        "boards/{boardId:long}/meetings/{meetingId:long}/documents/easy-read-minutes-part-{part:int}.pdf",
        "boards/{boardId:long}/meetings/{meetingId:long}/agenda-pack.pdf",
        "boards/{boardId:long}/meetings/{meetingId:long}/minutes/pictures/{itemId:long}",
    ];

    private static readonly string[] Roles =
    [
        "anonymous", "rep@riverside.example", "councillor@riverside.example", "carer@riverside.example",
        "supporter@riverside.example", "partner@riverside.example", "coordinator@riverside.example", "admin@riverside.example",
    ];

    [TestCaseSource(nameof(Roles))]
    public async Task EveryPageTheRoleMaySee_At320px_FitsTheScreen_AndIsAccessible(string user)
    {
        var ids = await DemoIds.LoadAsync(BrowserSession.App.Database);
        var context = await BrowserSession.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BrowserSession.BaseUrl,
            ViewportSize = new ViewportSize { Width = 320, Height = 640 },
            HasTouch = true,
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        if (user != "anonymous")
            await BrowserSession.SignInAsync(page, user);

        var problems = new List<string>();
        foreach (var (route, access) in Expected.Where(e => !Files.Contains(e.Key) && MaySee(e.Value, user)).OrderBy(e => e.Key))
        {
            var path = Fill(route, ids);
            var response = await page.GotoAsync(path);
            if (response is null || !(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal)))
                continue;
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            var (scrollWidth, viewport) = (widths[0], widths[1]);
            if (scrollWidth > viewport)
                problems.Add($"{path}: {scrollWidth} px wide on a {viewport} px screen ({await WidestAsync(page)})");
            if (user.StartsWith("rep@", StringComparison.Ordinal))
                problems.AddRange((await SmallControlsAsync(page)).Select(c => $"{path}: control smaller than 44 by 44: {c}"));
            // A public page differs between signed-in roles only by the menu, which axe checks on every other page the
            // role sees; so public pages are checked by axe for the public, a Rep and the coordinator (keeps this fast).
            if (access != Access.Public || user is "anonymous" or "rep@riverside.example" or "coordinator@riverside.example")
                problems.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }
        await context.CloseAsync();
        Assert.That(problems, Is.Empty);
    }

    private static bool MaySee(Access access, string user) => access switch
    {
        Access.Public => true,
        Access.SignedIn => user != "anonymous",
        Access.BoardCoordinator => user is "coordinator@riverside.example" or "admin@riverside.example",
        Access.BoardMember => user != "anonymous",
        Access.BoardSupporter => user is "supporter@riverside.example" or "coordinator@riverside.example" or "admin@riverside.example",
        Access.BoardCoChair => user is "rep@riverside.example" or "councillor@riverside.example",
        Access.BoardRep => user is "rep@riverside.example",
        Access.Administrator => user is "admin@riverside.example",
        Access.GroupSupporter => user is "supporter@riverside.example",
        Access.ActionOwner => user is "partner@riverside.example" or "coordinator@riverside.example",
        Access.BoardPerson => user is not ("anonymous" or "admin@riverside.example"),
        Access.ClaimViewer => user is "rep@riverside.example" or "supporter@riverside.example" or "coordinator@riverside.example" or "admin@riverside.example",
        Access.ClaimOwner => user is "rep@riverside.example" or "supporter@riverside.example",
        Access.ClaimApprover => user is "coordinator@riverside.example" or "admin@riverside.example",
    };

    private static string Fill(string route, DemoIds ids) => "/" + route
        .Replace("{boardId:long}", ids.Riverside.ToString())
        .Replace("{personId:long}", ids.RiversidePerson.ToString())
        .Replace("{membershipId:long}", ids.RiversideMembership.ToString())
        .Replace("{groupId:long}", ids.RiversideGroup.ToString())
        .Replace("{meetingId:long}", ids.RiversideMeeting.ToString())
        .Replace("{itemId:long}", ids.RiversideItem.ToString())
        .Replace("{actionId:long}", ids.RiversideAction.ToString())
        .Replace("{payeeId:long}", ids.RiversideRep.ToString())
        .Replace("{claimId:long}", "999999")
        .Replace("{receiptId:long}", "1")
        .Replace("{token}", Board.Web.Demo.DemoSeeder.DemoCardToken())
        .Replace("{code:int}", "404")
        .Replace("{code}", "not-the-room-code")
        .Replace("{style?}", "easy-read")
        .Replace("{year:int}", DateTime.Now.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The element that sticks out furthest to the right, to say what to fix.</summary>
    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => {
          let widest = null, right = 0;
          for (const e of document.querySelectorAll("body *")) {
            const r = e.getBoundingClientRect();
            if (r.right > right + 0.5 && e.checkVisibility()) { right = r.right; widest = e; }
          }
          return widest ? `${widest.tagName.toLowerCase()}.${[...widest.classList].join(".")} "${(widest.innerText ?? "").trim().slice(0, 40)}" to ${Math.round(right)} px` : "";
        }
        """);

    private static async Task<string[]> SmallControlsAsync(IPage page) => await page.EvaluateAsync<string[]>(
        """
        () => [...document.querySelectorAll("a, button, input:not([type=hidden]), select, textarea, summary")]
          .filter((e) => !e.classList.contains("govuk-skip-link") && e.checkVisibility())
          .map((e) => [e, e.getBoundingClientRect()])
          .filter(([e, r]) => r.width < 43.5 || r.height < 43.5)
          .map(([e, r]) => `${e.tagName.toLowerCase()} "${(e.innerText || e.value || e.name || "").trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`)
        """);
}

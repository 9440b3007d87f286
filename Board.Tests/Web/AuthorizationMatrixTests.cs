using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;

namespace Board.Tests.Web;

/// <summary>
/// Every page handler the app exposes, asked for by every kind of user. The list of pages comes from the app's own
/// endpoint data source, so a new page that is not in <see cref="Expected"/> fails here until someone decides who may use it.
/// </summary>
[TestFixture]
public sealed class AuthorizationMatrixTests
{
    internal enum Access
    {
        Public,
        SignedIn,
        BoardCoordinator,
        BoardMember,
        BoardSupporter,
        BoardCoChair,

        /// <summary>A Rep of the board (they check the easy read minutes); not the administrator, whose mark would mean nothing.</summary>
        BoardRep,

        /// <summary>A supporter of the group in the address (the demo supporter supports the first group).</summary>
        GroupSupporter,

        /// <summary>The action's owner organisation's partners (the demo partner's organisation owns the first action), and the coordinator; not the administrator.</summary>
        ActionOwner,

        /// <summary>Site administrators only (the /admin pages), whatever board is in the address.</summary>
        Administrator,

        /// <summary>Anyone who belongs to the board (they ask about plan actions); not the administrator, who belongs to none.</summary>
        BoardPerson,

        /// <summary>A person's claims (ADR-019): the person (the demo Rep), their linked supporter, the approvers (the coordinator) and the administrator.</summary>
        ClaimViewer,

        /// <summary>Making a person's claims and payment choice: the person and their linked supporter only.</summary>
        ClaimOwner,

        /// <summary>Checking claims and the finance export: the board's coordinator, named approvers (none in the demo) and the administrator.</summary>
        ClaimApprover,
    }

    /// <summary>Handlers that end the caller's session on the server: the matrix signs that user in again after each.</summary>
    private static readonly HashSet<(string Route, string Method, string? Handler)> EndsTheSession =
    [
        ("sign-out", "POST", null),
        ("me/account", "POST", "SignOutEverywhere"),
    ];

    /// <summary>Handlers stricter than their page: anyone on the board reads an action, only its owners post updates.</summary>
    private static readonly Dictionary<(string Route, string Handler), Access> HandlerExpected = new()
    {
        [("boards/{boardId:long}/plan/actions/{actionId:long}", "Update")] = Access.ActionOwner,
        [("boards/{boardId:long}/plan/actions/{actionId:long}", "Answer")] = Access.ActionOwner,
        [("boards/{boardId:long}/plan/actions/{actionId:long}", "Ask")] = Access.BoardPerson,
        [("boards/{boardId:long}/meetings/{meetingId:long}/projector", "CheckInCode")] = Access.BoardCoordinator,
        [("boards/{boardId:long}/ladder", "Publish")] = Access.BoardCoordinator,
    };

    private static Access ExpectedFor(string route, string? handler) =>
        handler is not null && HandlerExpected.TryGetValue((route, handler), out var access) ? access : Expected[route];

    internal static readonly Dictionary<string, Access> Expected = new()
    {
        [""] = Access.Public,
        ["boards/{boardId:long}"] = Access.Public,
        ["sign-in"] = Access.Public,
        ["sign-out"] = Access.Public,
        ["signed-out"] = Access.Public,
        ["access-denied"] = Access.Public,
        ["card/{token}"] = Access.Public,
        ["error"] = Access.Public,
        ["status/{code:int}"] = Access.Public,
        ["me/profile"] = Access.SignedIn,
        ["me/inbox"] = Access.SignedIn,
        ["me/account"] = Access.SignedIn,
        ["forgot-password"] = Access.Public,
        ["set-password/{token}"] = Access.Public,
        ["password-saved"] = Access.Public,
        ["boards/{boardId:long}/logo"] = Access.Public,
        ["boards/{boardId:long}/manage/people/{personId:long}/archive"] = Access.BoardCoordinator,
        ["admin"] = Access.Administrator,
        ["admin/boards/new"] = Access.Administrator,
        ["admin/boards/{boardId:long}/edit"] = Access.Administrator,
        ["admin/boards/{boardId:long}/coordinators"] = Access.Administrator,
        ["me/board"] = Access.SignedIn,
        ["boards/{boardId:long}/manage"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/constitution"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/people"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/people/new"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/people/{personId:long}/edit"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/people/{personId:long}/profile"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/people/{personId:long}/sign-in"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/people/{personId:long}/card"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/memberships/new"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/memberships/{membershipId:long}/edit"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/groups"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/groups/{groupId:long}/edit"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/supporters"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/glossary"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/meetings"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/meetings/{meetingId:long}"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/meetings/{meetingId:long}/edit"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/meetings/{meetingId:long}/attendance"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/meetings/{meetingId:long}/items/{itemId:long}"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/meetings"] = Access.Public,
        ["boards/{boardId:long}/meetings.ics"] = Access.Public,
        ["boards/{boardId:long}/meetings/{meetingId:long}"] = Access.Public,
        ["boards/{boardId:long}/meetings/{meetingId:long}/easy-read"] = Access.Public,
        ["boards/{boardId:long}/items/{itemId:long}/files/{fileId:long}"] = Access.Public,
        ["boards/{boardId:long}/glossary"] = Access.Public,
        ["boards/{boardId:long}/glossary/suggest"] = Access.BoardSupporter,
        ["boards/{boardId:long}/meetings/{meetingId:long}/items/new"] = Access.BoardSupporter,
        ["boards/{boardId:long}/meetings/{meetingId:long}/approve"] = Access.BoardCoChair,
        ["boards/{boardId:long}/meetings/{meetingId:long}/apologies"] = Access.BoardMember,
        ["boards/{boardId:long}/groups/{groupId:long}"] = Access.BoardMember,
        ["boards/{boardId:long}/groups/{groupId:long}/items/{itemId:long}/answer"] = Access.GroupSupporter,
        ["boards/{boardId:long}/you-said-we-did"] = Access.BoardMember,
        ["boards/{boardId:long}/manage/meetings/{meetingId:long}/polls"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/meetings/{meetingId:long}/console"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/meetings/{meetingId:long}/check-in/{code}"] = Access.BoardMember,
        ["boards/{boardId:long}/manage/audit"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/plan"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/plan"] = Access.BoardMember,
        ["boards/{boardId:long}/plan/progress"] = Access.Public,
        ["boards/{boardId:long}/plan/report.pdf"] = Access.Public,
        ["boards/{boardId:long}/plan/actions/{actionId:long}"] = Access.BoardMember,
        ["boards/{boardId:long}/plan/updates/{updateId:long}/evidence"] = Access.BoardMember,
        ["boards/{boardId:long}/meetings/{meetingId:long}/chair"] = Access.BoardCoChair,
        ["boards/{boardId:long}/meetings/{meetingId:long}/vote"] = Access.BoardMember,
        ["boards/{boardId:long}/meetings/{meetingId:long}/projector"] = Access.BoardMember,
        ["boards/{boardId:long}/manage/meetings/{meetingId:long}/minutes"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/meetings/{meetingId:long}/minutes/items/{itemId:long}"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/meetings/{meetingId:long}/minutes/{style?}"] = Access.Public,
        ["boards/{boardId:long}/meetings/{meetingId:long}/minutes/check"] = Access.BoardRep,
        ["boards/{boardId:long}/meetings/{meetingId:long}/minutes/sign-off"] = Access.BoardCoChair,
        ["boards/{boardId:long}/meetings/{meetingId:long}/documents/{fileName}"] = Access.Public,
        // A part of long easy read minutes (ADR-022): public, exactly as the easy read minutes' PDF.
        ["boards/{boardId:long}/meetings/{meetingId:long}/documents/easy-read-minutes-part-{part:int}.pdf"] = Access.Public,
        ["boards/{boardId:long}/meetings/{meetingId:long}/agenda-pack.pdf"] = Access.Public,
        ["boards/{boardId:long}/archive"] = Access.Public,
        ["boards/{boardId:long}/meetings/{meetingId:long}/minutes/pictures/{itemId:long}"] = Access.Public,
        ["boards/{boardId:long}/interests"] = Access.BoardMember,
        ["boards/{boardId:long}/meetings/{meetingId:long}/interests"] = Access.BoardMember,
        ["boards/{boardId:long}/manage/meetings/{meetingId:long}/declarations"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/manage/interests"] = Access.BoardCoordinator,
        // The ladder of co-production (ADR-018): every rating is the rater's own; supporters and administrators get the
        // page with a plain "only members…" message, so they are allowed in and refused inside.
        ["boards/{boardId:long}/meetings/{meetingId:long}/ladder"] = Access.BoardMember,
        ["boards/{boardId:long}/meetings/{meetingId:long}/ladder/rate"] = Access.BoardMember,
        ["boards/{boardId:long}/ladder"] = Access.BoardMember,
        ["boards/{boardId:long}/year/{year:int}"] = Access.Public,
        ["boards/{boardId:long}/year/{year:int}/report.pdf"] = Access.Public,
        ["boards/{boardId:long}/manage/payments"] = Access.BoardCoordinator,
        ["boards/{boardId:long}/payments"] = Access.BoardMember,
        ["boards/{boardId:long}/payments/people/{payeeId:long}"] = Access.ClaimViewer,
        ["boards/{boardId:long}/payments/people/{payeeId:long}/statement/{year:int}.pdf"] = Access.ClaimViewer,
        ["boards/{boardId:long}/payments/people/{payeeId:long}/choice"] = Access.ClaimOwner,
        ["boards/{boardId:long}/payments/people/{payeeId:long}/meetings/{meetingId:long}/claim"] = Access.ClaimOwner,
        ["boards/{boardId:long}/payments/people/{payeeId:long}/claims/{claimId:long}/receipts/{receiptId:long}"] = Access.ClaimViewer,
        ["boards/{boardId:long}/claims"] = Access.ClaimApprover,
        ["boards/{boardId:long}/claims/{claimId:long}"] = Access.ClaimApprover,
    };

    private static readonly string[] Users =
    [
        "anonymous", "rep@riverside.example", "councillor@riverside.example", "carer@riverside.example", "supporter@riverside.example",
        "partner@riverside.example", "coordinator@riverside.example", "coordinator@hillside.example", "admin@riverside.example",
    ];

    private BoardAppFactory _factory = null!;
    private HttpClient _client = null!;
    private DemoIds _ids = null!;
    private Dictionary<string, RoleSession> _sessions = null!;
    private IReadOnlyList<(string Route, string Method, string? Handler)> _handlers = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new BoardAppFactory();
        _client = _factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        _ids = await DemoIds.LoadAsync(_factory.Database);
        _sessions = [];
        foreach (var user in Users)
            _sessions[user] = user == "anonymous" ? await RoleSession.AnonymousAsync(_client) : await RoleSession.SignInAsync(_client, user);
        _handlers = await PageHandlersAsync();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public void EveryPage_IsInTheMatrix()
    {
        var routes = _handlers.Select(h => h.Route).Distinct().Order().ToList();
        Assert.That(routes, Is.EquivalentTo(Expected.Keys), "A page was added or removed: decide who may use it in Expected.");
    }

    [TestCaseSource(nameof(Users))]
    public async Task EveryHandler_OnRiverside_AllowsOnlyWhoItShould(string user)
    {
        var failures = new List<string>();
        foreach (var (route, method, handler) in _handlers)
        {
            var allowed = await IsAllowedAsync(_sessions[user], Fill(route, onRiverside: true), method, handler);
            var shouldAllow = ShouldAllow(ExpectedFor(route, handler), user, boardCoordinator: "coordinator@riverside.example");
            if (allowed != shouldAllow)
                failures.Add($"{method} {route} handler={handler ?? "-"}: {(allowed ? "allowed" : "refused")}, expected {(shouldAllow ? "allowed" : "refused")}");
            if (user != "anonymous" && EndsTheSession.Contains((route, method, handler)))
                _sessions[user] = await RoleSession.SignInAsync(_client, user);
        }
        Assert.That(failures, Is.Empty);
    }

    /// <summary>On the other board, the board-scoped pages refuse every Riverside user except the administrator.</summary>
    [TestCaseSource(nameof(Users))]
    public async Task BoardScopedPages_OnHillside_AreOnlyForHillsidesPeople(string user)
    {
        var failures = new List<string>();
        foreach (var (route, method, handler) in _handlers.Where(h => Expected[h.Route] is not (Access.Public or Access.SignedIn)))
        {
            var allowed = await IsAllowedAsync(_sessions[user], Fill(route, onRiverside: false), method, handler);
            var shouldAllow = ExpectedFor(route, handler) switch
            {
                Access.Administrator => IsAdmin(user),
                Access.BoardCoordinator or Access.BoardMember or Access.BoardSupporter or Access.ActionOwner =>
                    user is "coordinator@hillside.example" || user.StartsWith("admin@", StringComparison.Ordinal),
                Access.BoardPerson => user is "coordinator@hillside.example" || IsAdmin(user), // no such action there: not found, not refused
                // Hillside's coordinator approves Hillside's claims; no Riverside user is a Hillside person or their supporter.
                Access.ClaimViewer or Access.ClaimApprover => user is "coordinator@hillside.example" || IsAdmin(user),
                _ => false, // no Riverside co-chair, group supporter or action owner belongs to Hillside
            };
            if (allowed != shouldAllow)
                failures.Add($"{method} {route} handler={handler ?? "-"}: {(allowed ? "allowed" : "refused")}");
        }
        Assert.That(failures, Is.Empty);
    }

    /// <summary>Every handler, a static file, the hub's negotiate and the error pages carry the security headers (issue 11).</summary>
    [TestCase("anonymous")]
    [TestCase("coordinator@riverside.example")]
    public async Task EveryResponse_HasTheSecurityHeaders(string user)
    {
        var session = _sessions[user];
        var problems = new List<string>();
        var targets = _handlers.Select(h => (Method: h.Method, Path: Fill(h.Route, onRiverside: true), h.Handler))
            .Append(("GET", "/js/site.js", null))
            .Append(("GET", "/lib/app.css", null))
            .Append(("GET", "/no-such-page", null))
            .Append(("POST", "/hubs/meeting/negotiate?negotiateVersion=1", null));
        foreach (var (method, path, handler) in targets)
        {
            var target = handler is null ? path : $"{path}?handler={handler}";
            using var request = session.Request(method == "POST" ? HttpMethod.Post : HttpMethod.Get, target);
            using var response = await _client.SendAsync(request);
            problems.AddRange(Security.SecurityHeaderAssert.Problems(response, $"{method} {target} ({(int)response.StatusCode})"));
        }
        Assert.That(problems, Is.Empty);
    }

    private static bool ShouldAllow(Access access, string user, string boardCoordinator) => access switch
    {
        Access.Public => true,
        Access.SignedIn => user != "anonymous",
        Access.BoardCoordinator => user == boardCoordinator || IsAdmin(user),
        Access.BoardMember => user is not ("anonymous" or "coordinator@hillside.example"),
        Access.BoardSupporter => user is "supporter@riverside.example" || user == boardCoordinator || IsAdmin(user),
        Access.BoardCoChair => user is "rep@riverside.example" or "councillor@riverside.example",
        Access.BoardRep => user is "rep@riverside.example",
        Access.GroupSupporter => user is "supporter@riverside.example",
        Access.ActionOwner => user is "partner@riverside.example" || user == boardCoordinator,
        Access.Administrator => IsAdmin(user),
        Access.BoardPerson => user is not ("anonymous" or "coordinator@hillside.example") && !IsAdmin(user),
        Access.ClaimViewer => user is "rep@riverside.example" or "supporter@riverside.example" || user == boardCoordinator || IsAdmin(user),
        Access.ClaimOwner => user is "rep@riverside.example" or "supporter@riverside.example",
        Access.ClaimApprover => user == boardCoordinator || IsAdmin(user),
    };

    private static bool IsAdmin(string user) => user.StartsWith("admin@", StringComparison.Ordinal);

    private async Task<bool> IsAllowedAsync(RoleSession session, string path, string method, string? handler)
    {
        var target = handler is null ? path : $"{path}?handler={handler}";
        using var request = session.Request(method == "POST" ? HttpMethod.Post : HttpMethod.Get, target);
        using var response = await _client.SendAsync(request);
        // Cookie authentication answers a refusal with a redirect to the sign-in or access-denied page.
        // (The access-denied page itself answers 403 on purpose, so the status alone is not the test.)
        var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.AbsolutePath : l.OriginalString.Split('?')[0]) : "";
        var refused = response.StatusCode == HttpStatusCode.Unauthorized
                      || (response.StatusCode == HttpStatusCode.Redirect && location is "/sign-in" or "/access-denied");
        // The error page answers 500 on purpose; anywhere else a 500 is a bug.
        if (path != "/error")
            Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.InternalServerError), $"{method} {target} as {session.Name} failed with a server error");
        return !refused;
    }

    private string Fill(string route, bool onRiverside) => "/" + route
        .Replace("{boardId:long}", (onRiverside ? _ids.Riverside : _ids.Hillside).ToString())
        .Replace("{personId:long}", (onRiverside ? _ids.RiversidePerson : _ids.HillsidePerson).ToString())
        .Replace("{membershipId:long}", (onRiverside ? _ids.RiversideMembership : _ids.HillsideMembership).ToString())
        .Replace("{groupId:long}", (onRiverside ? _ids.RiversideGroup : _ids.HillsideGroup).ToString())
        .Replace("{meetingId:long}", (onRiverside ? _ids.RiversideMeeting : _ids.HillsideMeeting).ToString())
        .Replace("{itemId:long}", (onRiverside ? _ids.RiversideItem : _ids.HillsideItem).ToString())
        .Replace("{fileId:long}", "1")
        .Replace("{updateId:long}", "1")
        .Replace("{payeeId:long}", (onRiverside ? _ids.RiversideRep : _ids.HillsidePerson).ToString())
        .Replace("{claimId:long}", "999999")
        .Replace("{receiptId:long}", "1")
        .Replace("{actionId:long}", (onRiverside ? _ids.RiversideAction : 999_999).ToString())
        .Replace("{token}", Board.Web.Demo.DemoSeeder.DemoCardToken())
        .Replace("{code:int}", "404")
        .Replace("{code}", "not-the-room-code")
        .Replace("{style?}", "easy-read")
        .Replace("{year:int}", DateTime.Now.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{fileName}", "easy-read-minutes.pdf")
        .Replace("{part:int}", "1");

    /// <summary>Every (route, HTTP method, handler name) the app serves, read from its endpoints and compiled pages.</summary>
    private async Task<IReadOnlyList<(string Route, string Method, string? Handler)>> PageHandlersAsync()
    {
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var loader = _factory.Services.GetRequiredService<PageLoader>();
        var handlers = new List<(string Route, string Method, string? Handler)>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
                continue;
            var route = endpoint.RoutePattern.RawText!.Trim('/');
            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            if (compiled.HandlerMethods.Count == 0)
                handlers.Add((route, "GET", null));
            foreach (var method in compiled.HandlerMethods)
                handlers.Add((route, method.HttpMethod.ToUpperInvariant(), method.Name));
        }
        return handlers;
    }
}

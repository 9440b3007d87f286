using System.Net;
using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Tests.Data.Meetings;
using Board.Tests.Documents;
using Board.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig.Outline;

namespace Board.Tests.Web.Papers;

/// <summary>
/// Papers follow the agenda: who may download an item's file for each role and state of the item and agenda; forged
/// ids are "not found" like missing ones; the agenda pages list the papers, and the pack holds them.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PapersWebTests : BoardWebTest
{
    private HttpClient _client = null!;
    private readonly Dictionary<string, RoleSession> _sessions = [];
    private long _meeting;
    private long _accepted;
    private long _proposed;
    private long _declined;
    private long _acceptedFile;
    private long _proposedFile;
    private long _declinedFile;
    private bool _repIsOfTheGroup;

    private static readonly string[] Users =
    [
        "anonymous", "rep@riverside.example", "carer@riverside.example", "supporter@riverside.example", "partner@riverside.example",
        "coordinator@riverside.example", "coordinator@hillside.example", "admin@riverside.example",
    ];

    [OneTimeSetUp]
    public async Task ArrangeAsync()
    {
        _client = Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        foreach (var user in Users)
            _sessions[user] = user == "anonymous" ? await RoleSession.AnonymousAsync(_client) : await RoleSession.SignInAsync(_client, user);
        var items = Factory.Services.GetRequiredService<AgendaItemStore>();
        var coordinator = await Minutes.MinutesScenario.CoordinatorAsync(Factory);
        var now = DateTimeOffset.UtcNow;
        _meeting = await MeetingData.MeetingAsync(Factory.Database, Ids.Riverside, DateTime.Today.AddDays(30), MeetingState.CallingForItems, "Papers meeting");
        async Task<long> RaiseAsync(string title) => await items.RaiseAsync(Ids.Riverside, coordinator,
            new NewAgendaItem(_meeting, Ids.RiversideGroup, title, "We want to talk about it.", "The details.", BoardAsk.Discuss, "sport"), now);
        _accepted = await RaiseAsync("Papers accepted item");
        _proposed = await RaiseAsync("Papers proposed item");
        _declined = await RaiseAsync("Papers declined item");
        await items.AcceptAsync((await items.GetAsync(Ids.Riverside, _accepted))!, new Acceptance(1, 20, "Speak Up"), coordinator, now);
        await items.DeclineAsync((await items.GetAsync(Ids.Riverside, _declined))!, "It is for another board.", coordinator, now);
        _acceptedFile = await PaperAsync(_accepted, "Bus letter.pdf", AgendaPackRendererTests.PaperPdf("Bus letter", 2));
        _proposedFile = await PaperAsync(_proposed, "Proposed.pdf", AgendaPackRendererTests.PaperPdf("Proposed", 1));
        _declinedFile = await PaperAsync(_declined, "Declined.pdf", AgendaPackRendererTests.PaperPdf("Declined", 1));
        _repIsOfTheGroup = await ScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM memberships WHERE person_id = @rep AND elected_by_group_id = @group)", new { rep = Ids.RiversideRep, group = Ids.RiversideGroup });
    }

    [OneTimeTearDown]
    public void Close() => _client.Dispose();

    private async Task<long> PaperAsync(long itemId, string name, byte[] content)
    {
        var storage = Factory.Services.GetRequiredService<StorageOptions>();
        Directory.CreateDirectory(storage.AttachmentsFolder);
        var stored = Guid.NewGuid().ToString("N");
        await File.WriteAllBytesAsync(Path.Combine(storage.AttachmentsFolder, stored), content);
        return await Factory.Services.GetRequiredService<AttachmentStore>().AddAsync(itemId, name, "application/pdf", content.Length, stored);
    }

    private async Task<HttpResponseMessage> GetAsync(string user, string path)
    {
        using var request = _sessions[user].Request(HttpMethod.Get, path);
        return await _client.SendAsync(request);
    }

    private string FilePath(long itemId, long fileId, long? boardId = null) => $"/boards/{boardId ?? Ids.Riverside}/items/{itemId}/files/{fileId}";

    private static bool Served(HttpResponseMessage response) => response.StatusCode == HttpStatusCode.OK;

    /// <summary>Before publication: the coordinator, the administrator and the owning group (its supporter, a Rep it elected) only.</summary>
    private bool OwnersOnly(string user) => user is "coordinator@riverside.example" or "admin@riverside.example" or "supporter@riverside.example"
                                            || (user == "rep@riverside.example" && _repIsOfTheGroup);

    [Test, Order(1)]
    public async Task Files_BeforePublication_OnlyCoordinatorAndOwningGroup()
    {
        var failures = new List<string>();
        foreach (var user in Users)
            foreach (var (item, file) in new[] { (_accepted, _acceptedFile), (_proposed, _proposedFile), (_declined, _declinedFile) })
            {
                using var response = await GetAsync(user, FilePath(item, file));
                if (Served(response) != OwnersOnly(user))
                    failures.Add($"{user} item {item}: {(int)response.StatusCode}");
                if (!Served(response))
                    Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.Redirect, HttpStatusCode.Forbidden), "refused, not missing");
            }
        Assert.That(failures, Is.Empty);
    }

    [Test, Order(1)]
    public async Task Pack_BeforePublication_IsNotFound()
    {
        using var response = await GetAsync("coordinator@riverside.example", $"/boards/{Ids.Riverside}/meetings/{_meeting}/agenda-pack.pdf");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test, Order(2)]
    public async Task Files_OncePublished_AcceptedIsPublic_OthersStayWithTheirOwners()
    {
        await MeetingData.MoveToAsync(Factory.Database, Ids.Riverside, _meeting, MeetingState.AgendaPublished);
        var failures = new List<string>();
        foreach (var user in Users)
        {
            using (var accepted = await GetAsync(user, FilePath(_accepted, _acceptedFile)))
                if (!Served(accepted))
                    failures.Add($"{user} accepted: {(int)accepted.StatusCode}");
            foreach (var (item, file) in new[] { (_proposed, _proposedFile), (_declined, _declinedFile) })
            {
                using var response = await GetAsync(user, FilePath(item, file));
                if (Served(response) != OwnersOnly(user))
                    failures.Add($"{user} item {item}: {(int)response.StatusCode}");
            }
        }
        Assert.That(failures, Is.Empty);
    }

    /// <summary>A real file asked for under another item or board is "not found", even for someone who could read it.</summary>
    [Test, Order(3)]
    public async Task Files_ForgedIds_AreNotFound_LikeMissingOnes()
    {
        var forged = new[]
        {
            FilePath(_proposed, _acceptedFile),                       // a public file under another item
            FilePath(_accepted, _declinedFile),                       // a private file under a public item
            FilePath(_accepted, _acceptedFile, boardId: Ids.Hillside),  // the right item under another board
            FilePath(Ids.HillsideItem, _acceptedFile, boardId: Ids.Hillside),
            FilePath(_accepted, 999_999),
        };
        foreach (var user in new[] { "anonymous", "coordinator@riverside.example", "coordinator@hillside.example", "admin@riverside.example" })
            foreach (var path in forged)
            {
                using var response = await GetAsync(user, path);
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), $"{user} {path}");
            }
    }

    [Test, Order(3)]
    public async Task AgendaPages_ListTheAcceptedItemsPapers_WithKindSizeAndThePack()
    {
        var size = Board.Core.Files.PaperLabels.Size(AgendaPackRendererTests.PaperPdf("Bus letter", 2).Length);
        // The pages never build the pack; once someone has fetched it, they say how many pages it has (ADR-013).
        using (var pack = await GetAsync("anonymous", $"/boards/{Ids.Riverside}/meetings/{_meeting}/agenda-pack.pdf"))
            Assert.That(pack.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        foreach (var path in new[] { $"/boards/{Ids.Riverside}/meetings/{_meeting}", $"/boards/{Ids.Riverside}/meetings/{_meeting}/easy-read" })
        {
            using var response = await GetAsync("anonymous", path);
            var html = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
            Assert.That(html, Does.Contain($"href=\"{FilePath(_accepted, _acceptedFile)}\""), path);
            Assert.That(html, Does.Contain($"Bus letter.pdf <span class=\"app-papers__about\">(PDF document, {size})</span>"), path);
            Assert.That(html, Does.Not.Contain("Declined.pdf").And.Not.Contain("Proposed.pdf"), path);
            Assert.That(html, Does.Match(@"Download the agenda pack \(PDF, \d+ pages\)"), path);
        }
    }

    [Test, Order(3)]
    public async Task Pack_OncePublished_HoldsTheAgendaAndTheAcceptedPapers()
    {
        using var response = await GetAsync("anonymous", $"/boards/{Ids.Riverside}/meetings/{_meeting}/agenda-pack.pdf");
        using var agenda = await GetAsync("anonymous", $"/boards/{Ids.Riverside}/meetings/{_meeting}");
        var linked = int.Parse(System.Text.RegularExpressions.Regex.Match(await agenda.Content.ReadAsStringAsync(), @"agenda pack \(PDF, (\d+) pages\)").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        using var pdf = new PdfReading(await response.Content.ReadAsByteArrayAsync());
        Assert.That(pdf.Document.NumberOfPages, Is.EqualTo(linked), "the link says how many pages");
        Assert.That(pdf.Find("Bus letter page 2"), Is.Not.Null);
        Assert.That(pdf.Find("Declined page 1"), Is.Null);
        Assert.That(pdf.Find("Proposed page 1"), Is.Null);
        Assert.That(pdf.Document.TryGetBookmarks(out var marks), Is.True);
        Assert.That(marks!.Roots.Cast<DocumentBookmarkNode>().Select(r => r.Title), Is.EqualTo(new[] { "Agenda", "1. Papers accepted item" }));

        using var again = _sessions["anonymous"].Request(HttpMethod.Get, $"/boards/{Ids.Riverside}/meetings/{_meeting}/agenda-pack.pdf");
        again.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.ToString());
        using var notModified = await _client.SendAsync(again);
        Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), "the same agenda version is not sent twice");
    }
}

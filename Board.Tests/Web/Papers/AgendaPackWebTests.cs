using System.Net;
using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Tests.Data.Meetings;
using Board.Tests.Documents;
using Board.Web.Documents;
using Board.Web.Documents.Pdf;
using Board.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Papers;

/// <summary>
/// The pack is public and heavy, so it is held in (ADR-013): the agenda pages never build it, a 304 builds nothing,
/// many askers get one build, the cache is bounded, bad or long papers are left out and named, a failing pack is a
/// plain page and never breaks the agenda page, and the route has its own rate limit.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class AgendaPackWebTests : BoardWebTest
{
    private HttpClient _client = null!;
    private long _meeting;
    private long _item;

    private AgendaPacks Packs => Factory.Services.GetRequiredService<AgendaPacks>();
    private AgendaPackRenderer Renderer => Factory.Services.GetRequiredService<AgendaPackRenderer>();
    private string PackPath => $"/boards/{Ids.Riverside}/meetings/{_meeting}/agenda-pack.pdf";
    private string AgendaPath => $"/boards/{Ids.Riverside}/meetings/{_meeting}";

    [OneTimeSetUp]
    public async Task ArrangeAsync()
    {
        _client = Factory.NewClient();
        var items = Factory.Services.GetRequiredService<AgendaItemStore>();
        var coordinator = await Minutes.MinutesScenario.CoordinatorAsync(Factory);
        var now = DateTimeOffset.UtcNow;
        _meeting = await MeetingData.MeetingAsync(Factory.Database, Ids.Riverside, DateTime.Today.AddDays(30), MeetingState.CallingForItems, "Pack meeting");
        _item = await items.RaiseAsync(Ids.Riverside, coordinator,
            new NewAgendaItem(_meeting, Ids.RiversideGroup, "Pack item", "We want to talk about it.", "The details.", BoardAsk.Discuss, "sport"), now);
        await items.AcceptAsync((await items.GetAsync(Ids.Riverside, _item))!, new Acceptance(1, 20, "Speak Up"), coordinator, now);
        await PaperAsync("Bus letter.pdf", AgendaPackRendererTests.PaperPdf("Bus letter", 2));
        await MeetingData.MoveToAsync(Factory.Database, Ids.Riverside, _meeting, MeetingState.AgendaPublished);
    }

    [OneTimeTearDown]
    public void Close() => _client.Dispose();

    private async Task PaperAsync(string name, byte[] content)
    {
        var storage = Factory.Services.GetRequiredService<StorageOptions>();
        Directory.CreateDirectory(storage.AttachmentsFolder);
        var stored = Guid.NewGuid().ToString("N");
        await File.WriteAllBytesAsync(Path.Combine(storage.AttachmentsFolder, stored), content);
        await Factory.Services.GetRequiredService<AttachmentStore>().AddAsync(_item, name, "application/pdf", content.Length, stored);
    }

    private async Task<string> AgendaHtmlAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        return await response.Content.ReadAsStringAsync();
    }

    [Test, Order(1)]
    public async Task AgendaPages_BeforeAnyPack_LinkWithoutACount_AndBuildNothing()
    {
        foreach (var path in new[] { AgendaPath, $"{AgendaPath}/easy-read" })
            Assert.That(await AgendaHtmlAsync(path), Does.Contain("Download the agenda pack (PDF)</a>"), path);
        Assert.That(Packs.Built, Is.Zero, "the agenda pages never build the pack");
    }

    [Test, Order(1)]
    public async Task AgendaPages_AskForDeclarationsOfInterest_BeforeTheItems()
    {
        var standard = await AgendaHtmlAsync(AgendaPath);
        var easyRead = await AgendaHtmlAsync($"{AgendaPath}/easy-read");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(standard.IndexOf("Declarations of interest</h2>", StringComparison.Ordinal), Is.GreaterThan(0)
                .And.LessThan(standard.IndexOf("Pack item</h2>", StringComparison.Ordinal)), "the standing step comes before the items");
            Assert.That(standard, Does.Contain("declare any interest in an item on this agenda"));
            Assert.That(easyRead.IndexOf("Do you have an interest?</h2>", StringComparison.Ordinal), Is.GreaterThan(0)
                .And.LessThan(easyRead.IndexOf("What we will talk about</h2>", StringComparison.Ordinal)));
            Assert.That(easyRead, Does.Contain("the chair asks if anyone has an interest in an item."));
        }
    }

    [Test, Order(2)]
    public async Task Pack_ManyAtOnce_IsBuiltOnce_NotCachedByOthers_ThenTheLinkGivesItsPages()
    {
        var before = Packs.Built;
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _client.GetAsync(PackPath)));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(Packs.Built - before, Is.EqualTo(1), "eight askers, one build");
            Assert.That(responses[0].Headers.CacheControl?.NoCache, Is.True);
            Assert.That(responses[0].Headers.CacheControl?.Public, Is.False);
            Assert.That(responses[0].Headers.ETag, Is.Not.Null);
            Assert.That(await AgendaHtmlAsync(AgendaPath), Does.Match(@"Download the agenda pack \(PDF, \d+ pages\)"));
            // The letter is a bare PDFsharp file with no tags: both agenda pages name it beside the link (ADR-022).
            foreach (var path in new[] { AgendaPath, $"{AgendaPath}/easy-read" })
            {
                var html = await AgendaHtmlAsync(path);
                Assert.That(html, Does.Contain("Some papers in the pack may not work with a screen reader."), path);
                Assert.That(html, Does.Contain("<li>Bus letter.pdf, for item 1. Pack item</li>"), path);
            }
        }
        foreach (var response in responses)
            response.Dispose();
    }

    [Test, Order(3)]
    public async Task Pack_OfAChangedAgenda_AnswersNotModifiedWithoutBuilding_AndTheLinkLosesItsCount()
    {
        await PaperAsync("Second.pdf", AgendaPackRendererTests.PaperPdf("Second", 1));
        var version = await Packs.VersionAsync(Ids.Riverside, _meeting);
        var before = Packs.Built;
        using var request = new HttpRequestMessage(HttpMethod.Get, PackPath);
        request.Headers.TryAddWithoutValidation("If-None-Match", $"\"{version}\"");
        using var response = await _client.SendAsync(request);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(Packs.Built, Is.EqualTo(before), "a 304 builds nothing");
            Assert.That(await AgendaHtmlAsync(AgendaPath), Does.Contain("Download the agenda pack (PDF)</a>"), "the old pack's count is not shown");
        }
    }

    [Test, Order(4)]
    public async Task Pack_APaperThatThrows_IsLeftOutAndNamed()
    {
        await PaperAsync("Thrower.pdf", AgendaPackRendererTests.PaperPdf("Thrower", 1));
        Renderer.BeforeImport = paper => _ = paper.Name == "Thrower.pdf" ? throw new InvalidOperationException("a hostile file") : 0;
        try
        {
            using var response = await _client.GetAsync(PackPath);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            using var pdf = new PdfReading(await response.Content.ReadAsByteArrayAsync());
            var named = pdf.Find("Thrower.pdf: PDF document");
            Assert.That(named, Is.Not.Null);
            Assert.That(pdf.Find("It could not be put in the pack", named!.End), Is.Not.Null);
            Assert.That(pdf.Find("Thrower page 1"), Is.Null);
            Assert.That(pdf.Find("Bus letter page 2"), Is.Not.Null);
        }
        finally
        {
            Renderer.BeforeImport = null;
        }
    }

    [Test, Order(5)]
    public async Task Pack_ThatCannotBeBuilt_IsAPlainPage_AndTheAgendaPageStillWorks()
    {
        await PaperAsync("Fourth.pdf", AgendaPackRendererTests.PaperPdf("Fourth", 1));
        // The one exception a paper's import does not swallow: the whole pack fails.
        Renderer.BeforeImport = _ => throw new OutOfMemoryException("the whole pack fails");
        try
        {
            using var response = await _client.GetAsync(PackPath);
            var html = await response.Content.ReadAsStringAsync();
            using (Assert.EnterMultipleScope())
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(html, Does.Contain("We could not make this file").And.Not.Contain("OutOfMemoryException"));
                Assert.That(await AgendaHtmlAsync(AgendaPath), Does.Contain("Download the agenda pack (PDF)</a>"));
                Assert.That(await AgendaHtmlAsync($"{AgendaPath}/easy-read"), Does.Contain("Download the agenda pack (PDF)</a>"));
            }
        }
        finally
        {
            Renderer.BeforeImport = null;
        }
    }

    private AgendaPacks PacksWith(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
        var services = Factory.Services;
        return new AgendaPacks(services.GetRequiredService<Board.Web.Meetings.AgendaViews>(), services.GetRequiredService<DocumentFactsLoader>(),
            services.GetRequiredService<Board.Web.Meetings.AttachmentFiles>(), Renderer, configuration);
    }

    [Test, Order(6)]
    public async Task Pack_APaperOverThePageCap_IsLeftOutAndNamed()
    {
        await PaperAsync("Long report.pdf", AgendaPackRendererTests.PaperPdf("Long report", 4));
        using var packs = PacksWith(("AgendaPacks:PagesPerPaper", "3"));
        var pack = await packs.GetAsync(Ids.Riverside, _meeting);
        using var pdf = new PdfReading(pack!.Content);
        var named = pdf.Find("Long report.pdf: PDF document");
        Assert.That(named, Is.Not.Null);
        Assert.That(pdf.Find("It is left out because it is too long to put in the pack; download it on its own", named!.End), Is.Not.Null);
        Assert.That(pdf.Find("Long report page 1"), Is.Null);
        Assert.That(pdf.Find("Bus letter page 2"), Is.Not.Null);
    }

    [Test, Order(6)]
    public async Task Pack_PastTheBytesCap_LeavesThePaperOutUnread()
    {
        using var packs = PacksWith(("AgendaPacks:MegabytesPerPack", "0"));
        using var pdf = new PdfReading((await packs.GetAsync(Ids.Riverside, _meeting))!.Content);
        Assert.That(pdf.Find("Bus letter page 1"), Is.Null);
        Assert.That(pdf.Find("too long to put in the pack"), Is.Not.Null);
    }

    [Test, Order(6)]
    public async Task Cache_KeepsOnlyTheNewestPackOfAMeeting_AndStaysInItsLimit()
    {
        using var packs = PacksWith();
        var first = await packs.GetAsync(Ids.Riverside, _meeting);
        await PaperAsync("Newer.pdf", AgendaPackRendererTests.PaperPdf("Newer", 1));
        var newest = await packs.GetAsync(Ids.Riverside, _meeting);
        Assert.That(newest!.Version, Is.Not.EqualTo(first!.Version));
        Assert.That(packs.CachedBytes, Is.EqualTo(newest.Content.LongLength), "the older version is not kept");

        using var tiny = PacksWith(("AgendaPacks:CacheBytes", "1000"));
        var pack = await tiny.GetAsync(Ids.Riverside, _meeting);
        Assert.That(pack, Is.Not.Null, "too big to keep is still sent");
        Assert.That(tiny.CachedBytes, Is.LessThanOrEqualTo(1000));
        Assert.That(tiny.KnownPages(Ids.Riverside, _meeting, pack!.Version), Is.Null);
    }

    [Test, Order(7)]
    public async Task Pack_TooManyFromOneAddress_Get429()
    {
        using var factory = new BoardAppFactory();
        factory.Settings["RateLimits:AgendaPacksPerMinute"] = "2";
        using var client = factory.NewClient();
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            using var allowed = await client.GetAsync("/boards/1/meetings/1/agenda-pack.pdf");
            Assert.That(allowed.StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests), $"try {attempt} is within the limit");
        }
        using var refused = await client.GetAsync("/boards/1/meetings/1/agenda-pack.pdf");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("Please wait a minute"));
    }
}

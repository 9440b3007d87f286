using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Board.Core.Documents;
using Board.Core.Files;
using Board.Core.Meetings;
using Board.Web.Documents.Pdf;
using Board.Web.Meetings;
using Microsoft.Extensions.Caching.Memory;

namespace Board.Web.Documents;

/// <summary>A built pack and the fingerprint of what it was built from (its ETag).</summary>
/// <param name="NotAccessible">Its papers that have no tags, which the agenda pages name beside the pack's link (ADR-022).</param>
public sealed record AgendaPack(byte[] Content, int Pages, string Version, IReadOnlyList<string>? NotAccessible = null);

/// <summary>
/// The agenda pack of a published agenda, built only when the pack itself is asked for (never by the agenda pages)
/// and kept in memory under the agenda's version: a fingerprint of the meeting, its accepted items and their papers,
/// worked out from the database alone, so a 304 costs no build. Anyone may ask, so building is held in (ADR-013):
/// one build at a time per meeting and version (later askers wait for it), at most <c>AgendaPacks:ConcurrentBuilds</c>
/// builds at once, a cache bounded in bytes (<c>AgendaPacks:CacheBytes</c>) that keeps only each meeting's newest
/// pack for an hour at most, and the caps of <see cref="PackLimits"/> on what one pack reads and holds.
/// </summary>
public sealed class AgendaPacks : IDisposable
{
    private readonly AgendaViews _views;
    private readonly DocumentFactsLoader _facts;
    private readonly AttachmentFiles _files;
    private readonly AgendaPackRenderer _renderer;
    private readonly MemoryCache _cache;
    private readonly SemaphoreSlim _builds;
    private readonly ConcurrentDictionary<(long, long, string), Lazy<Task<AgendaPack>>> _building = new();
    private int _built;

    public AgendaPacks(AgendaViews views, DocumentFactsLoader facts, AttachmentFiles files, AgendaPackRenderer renderer, IConfiguration configuration)
    {
        (_views, _facts, _files, _renderer) = (views, facts, files, renderer);
        _cache = new MemoryCache(new MemoryCacheOptions { TrackStatistics = true, SizeLimit = configuration.GetValue("AgendaPacks:CacheBytes", 200L * 1024 * 1024) });
        _builds = new SemaphoreSlim(Math.Max(1, configuration.GetValue("AgendaPacks:ConcurrentBuilds", 1)));
        Limits = new PackLimits(
            configuration.GetValue("AgendaPacks:PagesPerPaper", PackLimits.Default.PagesPerPaper),
            configuration.GetValue("AgendaPacks:PagesPerPack", PackLimits.Default.PagesPerPack),
            configuration.GetValue("AgendaPacks:MegabytesPerPack", PackLimits.Default.BytesPerPack / 1024 / 1024) * 1024 * 1024);
    }

    public PackLimits Limits { get; }

    /// <summary>How many packs were built since the start (a test counts builds with it).</summary>
    public int Built => Volatile.Read(ref _built);

    /// <summary>The bytes of packs held now (a test checks the cache stays bounded).</summary>
    public long CachedBytes => _cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>The version of the meeting's pack, from the database only, or null if its agenda is not published.</summary>
    public async Task<string?> VersionAsync(long boardId, long meetingId) =>
        await SourceAsync(boardId, meetingId) is { } source ? source.Version : null;

    /// <summary>The page count of the pack of this version if it is already built; never builds one.</summary>
    public int? KnownPages(long boardId, long meetingId, string version) =>
        _cache.TryGetValue((boardId, meetingId), out AgendaPack? pack) && pack?.Version == version ? pack.Pages : null;

    /// <summary>The pages' link: the known page count, if the current pack is built. Never builds, never throws.</summary>
    public async Task<int?> KnownPagesAsync(long boardId, long meetingId) =>
        await VersionAsync(boardId, meetingId) is { } version ? KnownPages(boardId, meetingId, version) : null;

    /// <summary>The built pack of the current version (its pages and its papers without tags), or null. Never builds:
    /// which papers are untagged is known only once the pack has read them (ADR-022).</summary>
    public async Task<AgendaPack?> KnownPackAsync(long boardId, long meetingId) =>
        await VersionAsync(boardId, meetingId) is { } version && _cache.TryGetValue((boardId, meetingId), out AgendaPack? pack) && pack?.Version == version
            ? pack : null;

    /// <summary>The pack of the current version, built if need be (once, however many ask), or null if the agenda is
    /// not published. A failure of the whole pack throws, for the pack's page to answer in plain words.</summary>
    public async Task<AgendaPack?> GetAsync(long boardId, long meetingId)
    {
        if (await SourceAsync(boardId, meetingId) is not { } source)
            return null;
        if (_cache.TryGetValue((boardId, meetingId), out AgendaPack? cached) && cached?.Version == source.Version)
            return cached;
        var key = (boardId, meetingId, source.Version);
        var build = _building.GetOrAdd(key, _ => new Lazy<Task<AgendaPack>>(() => BuildAsync(boardId, meetingId, source)));
        try
        {
            return await build.Value;
        }
        finally
        {
            // Done, well or badly: the next asker finds it in the cache, or tries again after a failure.
            _building.TryRemove(new KeyValuePair<(long, long, string), Lazy<Task<AgendaPack>>>(key, build));
        }
    }

    private async Task<AgendaPack> BuildAsync(long boardId, long meetingId, Source source)
    {
        await _builds.WaitAsync();
        try
        {
            Interlocked.Increment(ref _built);
            var bytesLeft = Limits.BytesPerPack;
            var items = new List<PackItem>();
            foreach (var (item, number) in source.Accepted.Select((item, i) => (item, i + 1)))
            {
                var papers = new List<PackPaper>();
                foreach (var paper in source.View.PapersOf(item))
                {
                    var kind = PaperLabels.KindOf(paper.ContentType);
                    // Only PDFs are read (pictures are never put in); a paper past the pack's bytes is not read at all.
                    if (kind != FileKind.Pdf)
                        papers.Add(new PackPaper(paper.FileName, kind, null));
                    else if (paper.Length > bytesLeft)
                        papers.Add(new PackPaper(paper.FileName, kind, null, TooLong: true));
                    else
                    {
                        var content = await ReadAsync(_files.PathOf(paper), bytesLeft);
                        bytesLeft -= content?.LongLength ?? 0;
                        papers.Add(content is { Length: 0 } && paper.Length > 0
                            ? new PackPaper(paper.FileName, kind, null, TooLong: true)
                            : new PackPaper(paper.FileName, kind, content));
                    }
                }
                items.Add(new PackItem($"{number}. {item.Title}", papers));
            }
            // PDFsharp is synchronous and CPU-bound: off the request's thread, one build per permit.
            var pdf = await Task.Run(() => _renderer.Render(AgendaDocuments.Standard(source.Agenda, _facts.Pictures), items, Limits));
            var pack = new AgendaPack(pdf.Content, pdf.Pages, source.Version, pdf.NotAccessible);
            // One entry per meeting, so a new version replaces the old one and walking every meeting is bounded by bytes.
            _cache.Set((boardId, meetingId), pack, new MemoryCacheEntryOptions
            {
                Size = Math.Max(1, pack.Content.LongLength),
                AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1),
            });
            return pack;
        }
        finally
        {
            _builds.Release();
        }
    }

    private sealed record Source(AgendaFacts Agenda, AgendaView View, IReadOnlyList<AgendaItem> Accepted, string Version);

    private async Task<Source?> SourceAsync(long boardId, long meetingId)
    {
        if (await _views.LoadAsync(boardId, meetingId) is not { } view || !MeetingLifecycle.AgendaIsPublished(view.Meeting.State)
            || await _facts.AgendaAsync(boardId, meetingId) is not { } agenda)
            return null;
        var accepted = view.Accepted.ToList();
        return new Source(agenda, view, accepted, Version(agenda, view, accepted));
    }

    // Everything the pack is made of: the meeting's words, each accepted item's fields (records print them all) and
    // each paper's id and length (a paper's bytes never change under the same id).
    private static string Version(AgendaFacts agenda, AgendaView view, IReadOnlyList<AgendaItem> accepted)
    {
        var text = new StringBuilder().AppendLine(agenda.Meeting.ToString()).AppendLine(view.Meeting.ToString());
        foreach (var item in accepted)
        {
            text.AppendLine(item.ToString()).AppendLine(view.RaisedBy(item));
            foreach (var paper in view.PapersOf(item))
                text.Append(paper.Id).Append(':').Append(paper.Length).Append(';');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    /// <summary>The file's bytes; empty if it is longer than <paramref name="most"/> (too long), null if unreadable.</summary>
    private static async Task<byte[]?> ReadAsync(string path, long most)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            if (stream.Length > most)
                return [];
            var content = new byte[stream.Length];
            await stream.ReadExactlyAsync(content);
            return content;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the pack says the paper could not be added, rather than failing
        }
    }

    public void Dispose()
    {
        _cache.Dispose();
        _builds.Dispose();
    }
}

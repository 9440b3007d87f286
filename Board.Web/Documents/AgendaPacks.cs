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
public sealed record AgendaPack(byte[] Content, int Pages, string Version);

/// <summary>
/// The agenda pack of a published agenda, built when first asked for and kept in memory under the agenda's version:
/// a fingerprint of the meeting, its accepted items and their papers, so any change builds a new pack and an
/// unchanged agenda is never built twice. The pages link to it with its page count, so a person knows what they get.
/// </summary>
public sealed class AgendaPacks(AgendaViews views, DocumentFactsLoader facts, AttachmentFiles files, AgendaPackRenderer renderer, IMemoryCache cache)
{
    public async Task<AgendaPack?> GetAsync(long boardId, long meetingId)
    {
        if (await views.LoadAsync(boardId, meetingId) is not { } view || !MeetingLifecycle.AgendaIsPublished(view.Meeting.State)
            || await facts.AgendaAsync(boardId, meetingId) is not { } agenda)
            return null;
        var accepted = view.Accepted.ToList();
        var version = Version(agenda, view, accepted);
        var key = (nameof(AgendaPacks), boardId, meetingId, version);
        if (cache.TryGetValue(key, out AgendaPack? cached) && cached is not null)
            return cached;

        var items = new List<PackItem>();
        foreach (var (item, number) in accepted.Select((item, i) => (item, i + 1)))
        {
            var papers = new List<PackPaper>();
            foreach (var paper in view.PapersOf(item))
                papers.Add(new PackPaper(paper.FileName, PaperLabels.KindOf(paper.ContentType), await ReadAsync(files.PathOf(paper))));
            items.Add(new PackItem($"{number}. {item.Title}", papers));
        }
        var pdf = renderer.Render(AgendaDocuments.Standard(agenda, facts.Pictures), items);
        var pack = new AgendaPack(pdf.Content, pdf.Pages, version);
        cache.Set(key, pack, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1) });
        return pack;
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

    private static async Task<byte[]?> ReadAsync(string path)
    {
        try
        {
            return await File.ReadAllBytesAsync(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the pack says the paper could not be added, rather than failing
        }
    }
}

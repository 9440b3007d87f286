using Board.Core.Meetings;
using Board.Data.Boards;
using Board.Data.Documents;
using Board.Data.Meetings;
using Board.Data.Minutes;
using Board.Web.Documents;
using Board.Web.Pages.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Archive;

/// <summary>The board's public archive: every published agenda and set of minutes, newest meeting first.</summary>
[AllowAnonymous]
public sealed class IndexModel(BoardStore boards, MeetingStore meetings, MinutesStore minutes, DocumentStore documents, DocumentPartStore parts) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    public string BoardName { get; private set; } = "";
    public IReadOnlyList<ArchiveEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await boards.GetAsync(BoardId) is not { } board)
            return NotFound();
        BoardName = board.Name;
        var pdfs = await documents.ListAsync(BoardId);
        var withMinutes = (await minutes.PublishedMeetingsAsync(BoardId)).ToHashSet();
        // Long easy read minutes' parts (ADR-022), linked under their summary.
        var partsOf = (await parts.ListForBoardAsync(BoardId)).ToLookup(p => p.MeetingId);
        Entries = (await meetings.PublishedAsync(BoardId))
            .Where(m => AgendaModel.IsPublished(m.State))
            .OrderByDescending(m => m.StartsAt)
            .Select(m => new ArchiveEntry(m,
                new DocumentLinks(BoardId, m.Id, DocumentKind.Agenda, pdfs.Where(p => p.MeetingId == m.Id).ToList()),
                withMinutes.Contains(m.Id) ? new DocumentLinks(BoardId, m.Id, DocumentKind.Minutes, pdfs.Where(p => p.MeetingId == m.Id).ToList(), partsOf[m.Id].ToList()) : null))
            .ToList();
        return Page();
    }

    public sealed record ArchiveEntry(Meeting Meeting, DocumentLinks Agenda, DocumentLinks? Minutes);
}

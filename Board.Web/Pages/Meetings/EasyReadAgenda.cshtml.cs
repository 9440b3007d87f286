using Board.Core.Documents;
using Board.Data.Boards;
using Board.Web.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>The easy read agenda: one item per row, a picture on the left, short words, and the hard words explained.</summary>
[AllowAnonymous]
public sealed class EasyReadAgendaModel(AgendaViews views, BoardStore boards, Board.Web.Documents.DocumentFactsLoader facts, Board.Web.Documents.AgendaPacks packs) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    public AgendaView View { get; private set; } = null!;
    public string BoardName { get; private set; } = "";
    public bool HasLogo { get; private set; }
    /// <summary>The easy read agenda PDF's "Hard words" list, word by word: the page explains the same words.</summary>
    public IReadOnlyList<string> HardWords { get; private set; } = [];
    public int? PackPages { get; private set; }
    public IReadOnlyList<string> PackNotAccessible { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await views.LoadAsync(BoardId, MeetingId) is not { } view || !AgendaModel.IsPublished(view.Meeting.State))
            return NotFound();
        View = view;
        BoardName = (await boards.GetAsync(BoardId))?.Name ?? "";
        HasLogo = await boards.HasLogoAsync(BoardId);
        // The same hard words as the easy read agenda's PDF, from the same content (DocumentHardWords).
        HardWords = await facts.AgendaAsync(BoardId, MeetingId) is { } agenda
            ? DocumentHardWords.EntriesOf(AgendaDocuments.EasyRead(agenda, facts.Pictures))
            : [];
        var pack = await packs.KnownPackAsync(BoardId, MeetingId); // never builds it
        (PackPages, PackNotAccessible) = (pack?.Pages, pack?.NotAccessible ?? []);
        return Page();
    }
}

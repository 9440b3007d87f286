using Board.Core.EasyRead;
using Board.Data.Boards;
using Board.Data.Glossary;
using Board.Web.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>The easy read agenda: one item per row, a picture on the left, short words, and the hard words explained.</summary>
[AllowAnonymous]
public sealed class EasyReadAgendaModel(AgendaViews views, BoardStore boards, GlossaryStore glossary) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    public AgendaView View { get; private set; } = null!;
    public string BoardName { get; private set; } = "";
    public IReadOnlyList<GlossaryEntry> HardWords { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await views.LoadAsync(BoardId, MeetingId) is not { } view || !AgendaModel.IsPublished(view.Meeting.State))
            return NotFound();
        View = view;
        BoardName = (await boards.GetAsync(BoardId))?.Name ?? "";
        // The checker's word matching (whole words, plurals), not a substring search: "PA" is not in "papers".
        var text = string.Join("\n", view.Accepted.Select(i => $"{i.Title}\n{i.EasyReadSummary}"));
        var words = await glossary.ListAsync(BoardId, approvedOnly: true);
        var found = EasyReadChecker.Check(text, words.Select(w => new GlossaryTerm(w.Word, w.Explanation)).ToList())
            .Where(a => a.Kind == AdviceKind.GlossaryWord).Select(a => a.Excerpt).ToList();
        HardWords = words.Where(w => found.Any(f => f.StartsWith(w.Word, StringComparison.OrdinalIgnoreCase))).ToList();
        return Page();
    }
}

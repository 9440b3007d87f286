using Board.Data.Boards;
using Board.Data.Glossary;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Glossary;

/// <summary>The board's hard words, explained, for everyone.</summary>
[AllowAnonymous]
public sealed class IndexModel(BoardStore boards, GlossaryStore glossary) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    public string BoardName { get; private set; } = "";
    public IReadOnlyList<GlossaryEntry> Words { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await boards.GetAsync(BoardId) is not { } board)
            return NotFound();
        BoardName = board.Name;
        Words = (await glossary.ListAsync(BoardId, approvedOnly: true)).OrderBy(w => w.Word, StringComparer.OrdinalIgnoreCase).ToList();
        return Page();
    }
}

using Board.Data.Glossary;
using Board.Web.Pages.Glossary;
using Board.Web.Pictures;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage;

/// <summary>The coordinator keeps the hard words: adds them, approves supporters' suggestions, removes old ones.</summary>
public sealed class GlossaryModel(GlossaryStore glossary, PictureSet pictures, TimeProvider clock) : ManagePageModel(clock)
{
    [BindProperty] public GlossaryInput Input { get; set; } = new();
    public IReadOnlyList<GlossaryEntry> Words { get; private set; } = [];

    public async Task OnGetAsync() => Words = await glossary.ListAsync(BoardId, approvedOnly: false);

    public async Task<IActionResult> OnPostAsync()
    {
        await GlossaryForm.CheckAsync(Input, BoardId, glossary, pictures, ModelState);
        if (!ModelState.IsValid)
        {
            Words = await glossary.ListAsync(BoardId, approvedOnly: false);
            return Page();
        }
        await glossary.AddAsync(BoardId, Input.Word.Trim(), Input.Explanation.Trim(), Input.Picture!, suggestedBy: null, approved: true);
        Saved = $"\"{Input.Word.Trim()}\" is in the list of hard words.";
        return Redirect(ManagePath("/glossary"));
    }

    public async Task<IActionResult> OnPostApproveAsync(long termId)
    {
        if (!await glossary.ApproveAsync(BoardId, termId))
            return NotFound();
        Saved = "The word is approved. It now explains text on this board.";
        return Redirect(ManagePath("/glossary"));
    }

    public async Task<IActionResult> OnPostRemoveAsync(long termId)
    {
        if (!await glossary.RemoveAsync(BoardId, termId))
            return NotFound();
        Saved = "The word has been removed.";
        return Redirect(ManagePath("/glossary"));
    }
}

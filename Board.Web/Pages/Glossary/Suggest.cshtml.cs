using Board.Data.Glossary;
using Board.Web.Pictures;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Glossary;

/// <summary>A supporter suggests a hard word; it explains text once the coordinator approves it.</summary>
[Authorize(Policy = Policies.BoardSupporter)]
public sealed class SuggestModel(GlossaryStore glossary, PictureSet pictures) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [BindProperty] public GlossaryInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await GlossaryForm.CheckAsync(Input, BoardId, glossary, pictures, ModelState);
        if (!ModelState.IsValid)
            return Page();
        await glossary.AddAsync(BoardId, Input.Word.Trim(), Input.Explanation.Trim(), Input.Picture!, User.PersonIdOrThrow(), approved: false);
        TempData["Suggested"] = $"Thank you. The coordinator will look at \"{Input.Word.Trim()}\".";
        return Redirect($"/boards/{BoardId}/glossary/suggest");
    }
}

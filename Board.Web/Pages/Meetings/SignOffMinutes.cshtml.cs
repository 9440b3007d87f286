using Board.Core.Documents;
using Board.Core.Minutes;
using Board.Data.Boards;
using Board.Data.Minutes;
using Board.Web.Documents;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// A co-chair reads the draft minutes, easy read and standard, and signs them off. The sign-off names the version
/// read, so any later change needs signing off again.
/// </summary>
[Authorize(Policy = Policies.BoardCoChair)]
public sealed class SignOffMinutesModel(MinutesStore minutes, ConstitutionStore constitutions, DocumentFactsLoader facts, TimeProvider clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }

    /// <summary>The version of the minutes the co-chair read.</summary>
    [BindProperty] public int Version { get; set; }

    public MinutesDraft Draft { get; private set; } = null!;
    public DocumentContent EasyRead { get; private set; } = null!;
    public DocumentContent Standard { get; private set; } = null!;
    public bool AlreadySigned { get; private set; }
    public MinutesApproval ApprovalRule { get; private set; }
    public string? Problem { get; private set; }
    [TempData] public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        Problem = MinutesRules.CanSignOff(Draft.State, ApprovalRule);
        if (Problem is null && Version != Draft.Version)
            Problem = "The minutes changed while you were reading them. Please read them again.";
        if (Problem is not null)
            return Page();
        if (!await minutes.SignOffAsync(BoardId, MeetingId, User.PersonIdOrThrow(), Version, clock.GetUtcNow()))
        {
            Problem = "The minutes changed while you were reading them. Please read them again.";
            await LoadAsync();
            return Page();
        }
        Saved = "Thank you. You have signed off these minutes.";
        return Redirect($"/boards/{BoardId}/meetings/{MeetingId}/minutes/sign-off");
    }

    private async Task<bool> LoadAsync()
    {
        if (await minutes.GetAsync(BoardId, MeetingId) is not { } draft || await facts.MinutesAsync(BoardId, MeetingId) is not { } content)
            return false;
        Draft = draft;
        EasyRead = MinutesDocuments.EasyRead(content, facts.Pictures);
        Standard = MinutesDocuments.Standard(content, facts.Pictures);
        AlreadySigned = (await minutes.SignedAsync(MeetingId, draft.Version)).Contains(User.PersonIdOrThrow());
        ApprovalRule = await constitutions.MinutesApprovalAsync(BoardId);
        return true;
    }
}

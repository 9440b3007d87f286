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
public sealed class SignOffMinutesModel(MinutesStore minutes, ConstitutionStore constitutions, DocumentFactsLoader facts,
    Board.Data.Meetings.CoChairQuestionStore questions, Board.Web.Meetings.CoChairQuestionNotices notices, TimeProvider clock) : PageModel
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

    /// <summary>The question this co-chair asked instead of signing off, until they sign off.</summary>
    public Board.Data.Meetings.CoChairQuestion? MyQuestion { get; private set; }

    [BindProperty] public string? Question { get; set; }

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
        await questions.ClearAsync(BoardId, MeetingId, User.PersonIdOrThrow(), Core.Meetings.QuestionAbout.Minutes);
        Saved = "Thank you. You have signed off these minutes.";
        return Redirect($"/boards/{BoardId}/meetings/{MeetingId}/minutes/sign-off");
    }

    /// <summary>"Not yet, I have a question": the question goes to the coordinator; the minutes stay unsigned by this co-chair.</summary>
    public async Task<IActionResult> OnPostQuestionAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (MinutesRules.CanSignOff(Draft.State, ApprovalRule) is { } problem)
            ModelState.AddModelError(nameof(Question), problem);
        foreach (var error in Core.Meetings.CoChairQuestions.Validate(Question, nameof(Question)))
            ModelState.AddModelError(error.Field, error.Message);
        if (!ModelState.IsValid)
            return Page();
        await notices.AskAsync(BoardId, MeetingId, User.PersonIdOrThrow(), Core.Meetings.QuestionAbout.Minutes, Question!, clock.GetUtcNow());
        Saved = "Thank you. We sent your question to the coordinator.";
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
        MyQuestion = (await questions.ForMeetingAsync(BoardId, MeetingId, Core.Meetings.QuestionAbout.Minutes)).FirstOrDefault(q => q.PersonId == User.PersonIdOrThrow());
        return true;
    }
}

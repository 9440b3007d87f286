using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Web.Meetings;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// A co-chair reads the draft agenda and approves it. Any later change to the agenda clears the approvals (in the
/// store), so the co-chairs always approve exactly what will be published.
/// </summary>
[Authorize(Policy = Policies.BoardCoChair)]
public sealed class ApproveModel(AgendaViews views, MeetingStore meetings, CoChairQuestionStore questions, CoChairQuestionNotices notices, TimeProvider clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    public AgendaView View { get; private set; } = null!;
    public bool AlreadyApproved { get; private set; }
    public long CurrentVersion { get; private set; }
    public string? Problem { get; private set; }

    /// <summary>The question this co-chair asked instead of approving, until they approve.</summary>
    public CoChairQuestion? MyQuestion { get; private set; }

    [BindProperty] public string? Question { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    /// <summary>The version of the agenda the co-chair read, so approving a changed agenda is refused.</summary>
    [BindProperty] public long Version { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (View.Meeting.State != MeetingState.CallingForItems)
            Problem = "This agenda cannot be approved now. It is already published, or not ready yet.";
        else if (!View.Accepted.Any())
            Problem = "There is nothing on the agenda yet.";
        if (Problem is not null)
            return Page();
        if (!await meetings.ApproveAgendaAsync(MeetingId, User.PersonIdOrThrow(), Version, clock.GetUtcNow()))
        {
            Problem = "The agenda changed while you were reading it. Please read it again, then approve.";
            await LoadAsync();
            return Page();
        }
        await questions.ClearAsync(BoardId, MeetingId, User.PersonIdOrThrow(), QuestionAbout.Agenda);
        TempData["Approved"] = "Thank you. You approved the agenda.";
        return Redirect($"/boards/{BoardId}/meetings/{MeetingId}/approve");
    }

    /// <summary>"Not yet, I have a question": the question goes to the coordinator; the agenda stays unapproved by this co-chair.</summary>
    public async Task<IActionResult> OnPostQuestionAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (View.Meeting.State != MeetingState.CallingForItems)
            ModelState.AddModelError(nameof(Question), "The agenda is already published. Ask the coordinator in another way.");
        foreach (var error in CoChairQuestions.Validate(Question, nameof(Question)))
            ModelState.AddModelError(error.Field, error.Message);
        if (!ModelState.IsValid)
            return Page();
        await notices.AskAsync(BoardId, MeetingId, User.PersonIdOrThrow(), QuestionAbout.Agenda, Question!, clock.GetUtcNow());
        TempData["Approved"] = "Thank you. We sent your question to the coordinator.";
        return Redirect($"/boards/{BoardId}/meetings/{MeetingId}/approve");
    }

    private async Task<bool> LoadAsync()
    {
        if (await views.LoadAsync(BoardId, MeetingId) is not { } view)
            return false;
        View = view;
        AlreadyApproved = (await meetings.ApproversAsync(MeetingId)).Contains(User.PersonIdOrThrow());
        CurrentVersion = await meetings.AgendaVersionAsync(MeetingId);
        MyQuestion = (await questions.ForMeetingAsync(BoardId, MeetingId, QuestionAbout.Agenda)).FirstOrDefault(q => q.PersonId == User.PersonIdOrThrow());
        return true;
    }
}

using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Data.Notifications;
using Board.Web.Infrastructure;
using Board.Web.Meetings;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.Meetings;

/// <summary>The coordinator's view of one meeting: the items to decide, the agenda, the co-chairs' approval and the next step.</summary>
public sealed class ShowModel(
    AgendaViews views, MeetingStore meetings, MemberQueries members, NotificationStore notifications, BoardClock boardClock,
    Documents.DocumentJobs documents, Board.Data.Voting.PollStore polls, CoChairQuestionStore questions,
    Documents.DocumentFactsLoader facts, Documents.HardWordExplanations explanations, TimeProvider clock)
    : ManagePageModel(clock)
{
    /// <summary>Hard words in the easy read agenda with no explanation yet: publishing it waits for them (issue 17).</summary>
    public IReadOnlyList<Board.Core.EasyRead.FoundHardWord> Unexplained { get; private set; } = [];
    public Shared.ExplainHardWordsView HardWordsToExplain => new(Unexplained, "The easy read agenda", PublishWaits: true);

    [FromRoute] public long MeetingId { get; set; }
    public AgendaView View { get; private set; } = null!;
    public IReadOnlyList<string> CoChairs { get; private set; } = [];
    public IReadOnlyList<string> Approved { get; private set; } = [];
    public string? StepProblem { get; private set; }
    public Shared.ConfirmView? Ask { get; private set; }

    /// <summary>Co-chairs who answered "Not yet, I have a question" about the agenda, and have not approved since.</summary>
    public IReadOnlyList<CoChairQuestion> Questions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostStepAsync(MeetingStep step, bool confirmed)
    {
        if (!await LoadAsync())
            return NotFound();
        // Starting lets people vote: on a day other than the meeting's (by the board's clock), ask first.
        if (step == MeetingStep.Start && !confirmed && View.Meeting.State == MeetingState.AgendaPublished
            && Confirmations.StartingMeeting(DateOnly.FromDateTime(View.Meeting.StartsAt), boardClock.Today) is { } question)
        {
            Ask = new Shared.ConfirmView(question, "Step", new Dictionary<string, string> { ["step"] = step.ToString() }, ManagePath($"/meetings/{MeetingId}"));
            return Page();
        }
        var result = MeetingLifecycle.Apply(View.Meeting.State, step, await ReadinessAsync());
        if (!result.Allowed)
        {
            StepProblem = result.Message;
            return Page();
        }
        if (step == MeetingStep.PublishAgenda && Board.Core.EasyRead.HardWordRules.PublishRefusal(Unexplained, "the agenda") is { } unexplained)
        {
            StepProblem = unexplained;
            return Page();
        }
        var moved = step == MeetingStep.PublishAgenda
            ? await meetings.PublishAsync(BoardId, MeetingId, await CoChairIdsAsync(), Now)
            : await meetings.MoveAsync(BoardId, MeetingId, View.Meeting.State, result.Next, Now);
        if (!moved)
        {
            StepProblem = "Someone else changed this meeting just now. Check it and try again.";
            await LoadAsync();
            return Page();
        }
        if (step == MeetingStep.PublishAgenda)
            documents.Agenda(BoardId, MeetingId);
        Saved = result.Message;
        return Redirect(ManagePath($"/meetings/{MeetingId}"));
    }

    /// <summary>Keeps the coordinator's explanation of a hard word in the agenda as a board glossary term.</summary>
    public async Task<IActionResult> OnPostExplainWordAsync(string? word, string? explanation)
    {
        if (!await LoadAsync())
            return NotFound();
        if (await explanations.SaveAsync(BoardId, word, explanation) is { } problem)
        {
            StepProblem = problem;
            return Page();
        }
        Saved = $"\"{word!.Trim()}\" is explained. The easy read agenda explains it in its hard words.";
        return Redirect(ManagePath($"/meetings/{MeetingId}"));
    }

    /// <summary>Tells each co-chair who has not approved yet that the agenda is waiting for them, with the link.</summary>
    public async Task<IActionResult> OnPostAskCoChairsAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        var approvers = await meetings.ApproversAsync(MeetingId);
        var waiting = (await members.CurrentAsync(BoardId, boardClock.Today)).Where(m => m.IsCoChair && !approvers.Contains(m.PersonId)).ToList();
        var date = Core.Text.PlainDates.Date(View.Meeting.StartsAt);
        foreach (var coChair in waiting)
            await notifications.SendAsync(coChair.PersonId, $"approve:meeting:{MeetingId}:{Now.ToUnixTimeSeconds()}",
                $"Please approve the agenda for {date}", "The agenda is ready. Please read it. Then say if you approve it.",
                $"/boards/{BoardId}/meetings/{MeetingId}/approve", Now);
        Saved = waiting.Count == 0 ? "Every co-chair has approved already." : $"We asked {string.Join(" and ", waiting.Select(w => w.PersonName))} to approve the agenda.";
        return Redirect(ManagePath($"/meetings/{MeetingId}"));
    }

    private async Task<IReadOnlyList<long>> CoChairIdsAsync() =>
        (await members.CurrentAsync(BoardId, boardClock.Today)).Where(m => m.IsCoChair).Select(m => m.PersonId).Distinct().ToList();

    private async Task<AgendaReadiness> ReadinessAsync()
    {
        var coChairIds = (await members.CurrentAsync(BoardId, boardClock.Today)).Where(m => m.IsCoChair).Select(m => m.PersonId).ToList();
        var approvers = await meetings.ApproversAsync(MeetingId);
        var open = (await polls.ForMeetingAsync(MeetingId)).Where(p => p.State == Board.Core.Voting.PollState.Open).Select(p => p.Question).ToList();
        return new AgendaReadiness(View.ToDecide.Count(), View.Accepted.Count(),
            coChairIds.Count > 0 && coChairIds.All(approvers.Contains), open);
    }

    private async Task<bool> LoadAsync()
    {
        if (await views.LoadAsync(BoardId, MeetingId) is not { } view)
            return false;
        View = view;
        var coChairs = (await members.CurrentAsync(BoardId, boardClock.Today)).Where(m => m.IsCoChair).ToList();
        var approvers = await meetings.ApproversAsync(MeetingId);
        CoChairs = coChairs.Select(c => c.PersonName).ToList();
        Approved = coChairs.Where(c => approvers.Contains(c.PersonId)).Select(c => c.PersonName).ToList();
        Questions = await questions.ForMeetingAsync(BoardId, MeetingId, QuestionAbout.Agenda);
        if (MeetingLifecycle.AgendaCanChange(view.Meeting.State))
            Unexplained = await facts.UnexplainedInAgendaAsync(BoardId, MeetingId);
        return true;
    }
}

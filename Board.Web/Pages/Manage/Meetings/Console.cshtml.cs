using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Web.Infrastructure;
using Board.Web.Meetings;
using Board.Web.Pages.Shared;
using Board.Web.Voting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Manage.Meetings;

/// <summary>
/// The meeting console: one live page for the day (ADR-012). Every action is a plain form that works without
/// JavaScript; with it, marking who is here is a fetch that answers with the new row and quorum, and the rest
/// updates over the meeting hub. Actions that are hard to undo are asked about here, by the server.
/// </summary>
public sealed class ConsoleModel(
    ConsoleLoader loader, AttendanceStore attendance, MeetingDayStore day, MeetingDayNews news, MeetingStore meetings,
    PollControl control, BoardClock boardClock, TimeProvider clock) : ManagePageModel(clock)
{
    private const string NotNow = "Who is here can only be marked on the day, once the agenda is published and until the meeting closes.";

    [FromRoute] public long MeetingId { get; set; }
    public ConsoleData Data { get; private set; } = null!;
    public string? Problem { get; private set; }
    public ConfirmView? Ask { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostMarkAsync(long personId, AttendanceMark mark) => MarkAsync(personId, () => attendance.MarkAsync(MeetingId, personId, mark, boardClock.LocalNow));

    public Task<IActionResult> OnPostLeaveAsync(long personId) => MarkAsync(personId, () => attendance.LeaveAsync(MeetingId, personId, boardClock.LocalNow));

    private async Task<IActionResult> MarkAsync(long personId, Func<Task> mark)
    {
        if (!await LoadAsync())
            return NotFound();
        if (Data.Members.All(m => m.PersonId != personId))
            return BadRequest();
        if (!Data.CanMark)
            return WantsJson ? new JsonResult(new { problem = NotNow }) { StatusCode = StatusCodes.Status409Conflict } : Refuse(NotNow);
        await mark();
        var changed = await news.AttendanceChangedAsync(BoardId, MeetingId, personId, Data.Members.Select(m => m.PersonId).ToList());
        return WantsJson ? new JsonResult(new { news = changed?.News, quorum = changed?.Quorum }) : Redirect(Here($"#person-{personId}"));
    }

    /// <summary>"Now: item N": shown on the room's screen at once.</summary>
    public async Task<IActionResult> OnPostNowAsync(long itemId)
    {
        if (!await LoadAsync())
            return NotFound();
        if (Data.Meeting.State != MeetingState.Live)
            return Refuse("The meeting moves on to an item once it has started.");
        if (!await day.SetCurrentItemAsync(BoardId, MeetingId, itemId))
            return BadRequest();
        await news.CurrentItemChangedAsync(BoardId, MeetingId);
        return Redirect(Here("#agenda"));
    }

    public async Task<IActionResult> OnPostOpenVoteAsync(long pollId) => await VoteStepAsync(control.OpenAsync(BoardId, MeetingId, pollId), pollId);

    /// <summary>Closing is final, so closing while some here have not voted is asked about first.</summary>
    public async Task<IActionResult> OnPostCloseVoteAsync(long pollId, bool confirmed)
    {
        if (!await LoadAsync())
            return NotFound();
        if (!confirmed && await control.AskBeforeClosingAsync(BoardId, MeetingId, pollId) is { } question)
        {
            Ask = new ConfirmView(question, "CloseVote", new Dictionary<string, string> { ["pollId"] = pollId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Here("#votes"));
            return Page();
        }
        return await VoteStepAsync(control.CloseAsync(BoardId, MeetingId, pollId), pollId);
    }

    private async Task<IActionResult> VoteStepAsync(Task<PollStep> stepping, long pollId)
    {
        var step = await stepping;
        if (!step.Done)
            return await LoadAsync() ? Refuse(step.Message) : NotFound();
        Saved = step.Message;
        return Redirect(Here($"#poll-{pollId}"));
    }

    public async Task<IActionResult> OnPostHelpedAsync(long personId)
    {
        if (!await LoadAsync())
            return NotFound();
        if (await day.DealtWithAsync(BoardId, MeetingId, personId, Now))
            await news.HelpChangedAsync(BoardId, MeetingId);
        return WantsJson ? new JsonResult(new { done = true }) : Redirect(Here("#help"));
    }

    /// <summary>Start or close the meeting. Starting on a day other than the meeting's is asked about first (on the board's clock).</summary>
    public async Task<IActionResult> OnPostStepAsync(MeetingStep step, bool confirmed)
    {
        if (!await LoadAsync())
            return NotFound();
        if (step is not (MeetingStep.Start or MeetingStep.Close))
            return BadRequest();
        if (step == MeetingStep.Start && !confirmed && Data.Meeting.State == MeetingState.AgendaPublished
            && Confirmations.StartingMeeting(DateOnly.FromDateTime(Data.Meeting.StartsAt), boardClock.Today) is { } question)
        {
            Ask = new ConfirmView(question, "Step", new Dictionary<string, string> { ["step"] = step.ToString() }, Here());
            return Page();
        }
        var open = Data.Polls.Where(p => p.Poll.State == Core.Voting.PollState.Open).Select(p => p.Poll.Question).ToList();
        var result = MeetingLifecycle.Apply(Data.Meeting.State, step, new AgendaReadiness(0, 0, true, open));
        if (!result.Allowed)
            return Refuse(result.Message);
        if (!await meetings.MoveAsync(BoardId, MeetingId, Data.Meeting.State, result.Next, Now))
            return await LoadAsync() ? Refuse("Someone else changed this meeting just now. Check it and try again.") : NotFound();
        Saved = result.Message;
        return Redirect(result.Next == MeetingState.Closed ? ManagePath($"/meetings/{MeetingId}") : Here());
    }

    private bool WantsJson => Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.Ordinal) == true);

    private string Here(string fragment = "") => ManagePath($"/meetings/{MeetingId}/console{fragment}");

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await loader.LoadAsync(BoardId, MeetingId) is not { } data)
            return false;
        Data = data;
        return true;
    }
}

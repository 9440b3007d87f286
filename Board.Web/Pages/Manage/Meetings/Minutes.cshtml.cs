using Board.Core.Meetings;
using Board.Core.Minutes;
using Board.Core.Text;
using Board.Core.Voting;
using Board.Data.Boards;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Data.Minutes;
using Board.Data.Voting;
using Board.Web.Documents;
using Board.Web.Infrastructure;
using Board.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.Meetings;

/// <summary>
/// The coordinator's minutes: start the draft after the meeting, write each item's notes, send them to the Reps to
/// check, see their marks, get them approved the way the constitution says, and publish.
/// </summary>
public sealed class MinutesModel(
    MeetingStore meetings, MinutesStore minutes, ConstitutionStore constitutions, MemberQueries members, PollStore polls,
    MinutesNotices notices, DocumentJobs jobs, DocumentFactsLoader facts, BoardClock boardClock,
    Board.Data.Meetings.CoChairQuestionStore questions, HardWordExplanations explanations, TimeProvider clock) : ManagePageModel(clock)
{
    /// <summary>Hard words in the easy read minutes with no explanation yet: publishing waits for them (issue 17).</summary>
    public IReadOnlyList<Board.Core.EasyRead.FoundHardWord> Unexplained { get; private set; } = [];
    public Shared.ExplainHardWordsView HardWordsToExplain => new(Unexplained, "The easy read minutes", PublishWaits: true);

    /// <summary>Co-chairs who answered "Not yet, I have a question" about the minutes, and have not signed off since.</summary>
    public IReadOnlyList<Board.Data.Meetings.CoChairQuestion> Questions { get; private set; } = [];

    /// <summary>Set when publishing waits for the coordinator to confirm: items Reps found hard since they last changed.</summary>
    public PublishCheck? HardCheck { get; private set; }

    /// <summary>The coordinator saw the hard items and chose to publish anyway.</summary>
    [BindProperty] public bool ConfirmHard { get; set; }

    [FromRoute] public long MeetingId { get; set; }

    public Meeting Meeting { get; private set; } = null!;
    public MinutesDraft? Draft { get; private set; }
    public MinutesApproval ApprovalRule { get; private set; }
    public ApprovalStatus? Approval { get; private set; }
    public ApprovalVote? Vote { get; private set; }
    public IReadOnlyDictionary<long, string> CoChairNames { get; private set; } = new Dictionary<long, string>();
    public ILookup<long, MarkRow> Marks { get; private set; } = Array.Empty<MarkRow>().ToLookup(m => m.AgendaItemId);
    public Meeting? NextMeeting { get; private set; }

    /// <summary>Votes of the meeting the minutes cannot give a decision for (MinutesVotes), shown before sending.</summary>
    public IReadOnlyList<string> VoteWarnings { get; private set; } = [];

    /// <summary>Why the last step could not be taken, in plain words, shown at the top.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (MinutesRules.CanStart(Meeting.State) is { } refusal)
            return Refuse(refusal);
        await minutes.StartAsync(BoardId, MeetingId, Now);
        Saved = "The minutes are started. Write the notes for each item.";
        return Redirect(ManagePath($"/meetings/{MeetingId}/minutes"));
    }

    public async Task<IActionResult> OnPostSendToRepsAsync()
    {
        if (!await LoadAsync() || Draft is null)
            return NotFound();
        if (MinutesRules.CanSendToReps(Draft) is { } refusal)
            return Refuse(refusal);
        if (!await minutes.SendToRepsAsync(BoardId, MeetingId, Now))
            return Refuse("Someone else changed the minutes just now. Check them and try again.");
        var reps = await notices.AskRepsToCheckAsync(BoardId, MeetingId, Meeting.StartsAt);
        if (ApprovalRule == MinutesApproval.CoChairsSignOff)
            await notices.AskCoChairsToSignOffAsync(BoardId, MeetingId, Meeting.StartsAt, CoChairNames.Keys.ToList());
        Saved = $"The minutes are with the Reps to check. We told {reps} Reps{(ApprovalRule == MinutesApproval.CoChairsSignOff ? " and the co-chairs" : "")}.";
        return Redirect(ManagePath($"/meetings/{MeetingId}/minutes"));
    }

    /// <summary>Puts the approval question on the next meeting's votes, as a draft the coordinator opens at the meeting.</summary>
    public async Task<IActionResult> OnPostSetUpVoteAsync()
    {
        if (!await LoadAsync() || Draft is null)
            return NotFound();
        if (MinutesRules.CanSetUpApprovalVote(Draft.State, ApprovalRule, Vote, Draft.Version) is { } refusal)
            return Refuse(refusal);
        if (NextMeeting is null)
            return Refuse("Plan the next meeting first. The board votes on these minutes there.");
        var constitution = await constitutions.LoadAsync(BoardId);
        await polls.CreateAsync(BoardId, User.PersonIdOrThrow(), new NewPoll(NextMeeting.Id, null,
            $"Are the minutes of the meeting on {PlainDates.Date(Meeting.StartsAt)} right?", "paper", BallotSecrecy.Open,
            constitution?.Majority ?? Core.Composition.MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions,
            ApprovesMinutesOf: MeetingId, ApprovesMinutesVersion: Draft.Version), Now);
        Saved = $"The approval vote is ready for the meeting on {PlainDates.Date(NextMeeting.StartsAt)}. Open it when the meeting comes to it.";
        return Redirect(ManagePath($"/meetings/{MeetingId}/minutes"));
    }

    public async Task<IActionResult> OnPostAskCoChairsAsync()
    {
        if (!await LoadAsync() || Draft is null || Approval is null)
            return NotFound();
        if (MinutesRules.CanSignOff(Draft.State, ApprovalRule) is { } refusal)
            return Refuse(refusal);
        await notices.AskCoChairsToSignOffAsync(BoardId, MeetingId, Meeting.StartsAt, Approval.WaitingFor);
        Saved = Approval.WaitingFor.Count == 0 ? "Both co-chairs have signed off already."
            : $"We asked {string.Join(" and ", Approval.WaitingFor.Select(id => CoChairNames[id]))} to sign off the minutes.";
        return Redirect(ManagePath($"/meetings/{MeetingId}/minutes"));
    }

    public async Task<IActionResult> OnPostPublishAsync()
    {
        if (!await LoadAsync() || Draft is null || Approval is null)
            return NotFound();
        if (MinutesRules.CanPublish(Draft, Approval) is { } refusal)
            return Refuse(refusal);
        if (Board.Core.EasyRead.HardWordRules.PublishRefusal(Unexplained, "the minutes") is { } unexplained)
            return Refuse(unexplained);
        var marks = Marks.SelectMany(g => g).Select(m => new ItemMark(m.AgendaItemId, m.PersonId, m.Mark, m.ItemRevision)).ToList();
        if (HardItems.BeforePublishing(Draft.Items, marks, ConfirmHard) is { MustConfirm: true } check)
        {
            HardCheck = check;
            return Page();
        }
        var record = await facts.RecordAsync(BoardId, MeetingId);
        if (!await minutes.PublishAsync(BoardId, MeetingId, User.PersonIdOrThrow(), ApprovalRule, CoChairNames.Keys.ToList(), Now, record, Draft.Version))
            return Refuse("Someone changed the minutes just now, so they need approving again. Check them and try again.");
        jobs.Minutes(BoardId, MeetingId);
        await notices.PublishedAsync(BoardId, MeetingId, Meeting.StartsAt);
        Saved = "The minutes are published. The PDFs will be ready in a minute, in the board's archive.";
        return Redirect(ManagePath($"/meetings/{MeetingId}/minutes"));
    }

    /// <summary>Keeps the coordinator's explanation of a hard word as a board glossary term.</summary>
    public async Task<IActionResult> OnPostExplainWordAsync(string? word, string? explanation)
    {
        if (!await LoadAsync() || Draft is null)
            return NotFound();
        if (await explanations.SaveAsync(BoardId, word, explanation) is { } problem)
            return Refuse(problem);
        Saved = $"\"{word!.Trim()}\" is explained. The easy read minutes explain it in their hard words.";
        return Redirect(ManagePath($"/meetings/{MeetingId}/minutes"));
    }

    private IActionResult Refuse(string problem)
    {
        Problem = problem;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return false;
        Meeting = meeting;
        NextMeeting = (await meetings.ListAsync(BoardId)).Where(m => m.StartsAt > meeting.StartsAt && m.State != MeetingState.Closed)
            .OrderBy(m => m.StartsAt).FirstOrDefault();
        ApprovalRule = await constitutions.MinutesApprovalAsync(BoardId);
        Questions = await questions.ForMeetingAsync(BoardId, MeetingId, Board.Core.Meetings.QuestionAbout.Minutes);
        CoChairNames = (await members.CurrentAsync(BoardId, boardClock.Today)).Where(m => m.IsCoChair)
            .GroupBy(m => m.PersonId).ToDictionary(g => g.Key, g => g.First().PersonName);
        var waiting = (await polls.WaitingForCastingVoteAsync(BoardId, MeetingId)).ToHashSet();
        VoteWarnings = MinutesVotes.Warnings((await polls.ForMeetingAsync(MeetingId))
            .Select(p => new MeetingVote(p.Question, p.State, waiting.Contains(p.Id))));
        Draft = await minutes.GetAsync(BoardId, MeetingId);
        if (Draft is null)
            return true;
        Marks = (await minutes.MarksAsync(MeetingId)).ToLookup(m => m.AgendaItemId);
        Vote = await minutes.ApprovalVoteAsync(MeetingId);
        if (Draft.State != MinutesState.Published)
            Unexplained = await facts.UnexplainedInMinutesAsync(BoardId, MeetingId);
        Approval = MinutesRules.Approval(ApprovalRule, Draft.Version, CoChairNames.Keys.ToList(), await minutes.SignedAsync(MeetingId, Draft.Version), Vote);
        return true;
    }
}

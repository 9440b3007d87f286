using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Meetings;
using Board.Data.Voting;
using Board.Web.Pictures;
using Board.Web.Security;
using Board.Web.Voting;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.Meetings;

/// <summary>
/// The coordinator's polls for a meeting: write a question, open it when the meeting is live, record a show of
/// hands for members without a device, and close it. Closing works out the result with the constitution's rules
/// and tells everyone at once.
/// </summary>
public sealed class PollsModel(
    AgendaItemStore items, PollStore polls, BallotBox box, PollControl control, Board.Data.People.PersonStore people, BallotStore ballots,
    VotingRoll rolls, PictureSet pictures, TimeProvider clock, PollEligibility eligibility) : ManagePageModel(clock)
{
    [FromRoute] public long MeetingId { get; set; }
    [BindProperty] public PollInput Input { get; set; } = new();
    public Meeting Meeting { get; private set; } = null!;
    public Roll Roll { get; private set; } = null!;
    public IReadOnlyList<Poll> Polls { get; private set; } = [];
    public IReadOnlyDictionary<long, int> Voted { get; private set; } = new Dictionary<long, int>();
    public IReadOnlyDictionary<long, PollVoters> Voters { get; private set; } = new Dictionary<long, PollVoters>();
    public IReadOnlyDictionary<long, string?> Results { get; private set; } = new Dictionary<long, string?>();
    public IReadOnlyList<AgendaItem> AgendaItems { get; private set; } = [];
    public IReadOnlyList<Picture> Pictures => pictures.All;
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        var options = Input.OptionLines();
        foreach (var error in PollRules.ValidateDraft(Input.Question, options, Input.MajorityOverride, Input.OverrideReason,
                     Roll.Constitution.Majority, Input.MinimumOpenSeconds))
            ModelState.AddModelError($"Input.{error.Field}", error.Message);
        if (Input.Picture is not null && !pictures.Contains(Input.Picture))
            ModelState.AddModelError("Input.Picture", "Choose a picture from the list");
        if (Input.AgendaItemId is { } itemId && AgendaItems.All(i => i.Id != itemId))
            ModelState.AddModelError("Input.AgendaItemId", "Choose an item from this meeting's agenda");
        if (!ModelState.IsValid)
            return Page();
        var choices = options.Count == 0
            ? PollRules.DefaultOptions
            : options.Select(label => (label, OptionMeaning.Other, "●")).ToList();
        await polls.CreateAsync(BoardId, User.PersonIdOrThrow(), new NewPoll(MeetingId, Input.AgendaItemId, Input.Question.Trim(), Input.Picture!,
            Input.Secret ? BallotSecrecy.Secret : BallotSecrecy.Open, Input.MajorityOverride ?? Roll.Constitution.Majority,
            string.IsNullOrWhiteSpace(Input.OverrideReason) ? null : Input.OverrideReason.Trim(), Input.MinimumOpenSeconds, choices), Now);
        Saved = "The question is ready. Open it when the meeting comes to it.";
        return Redirect(ManagePath($"/meetings/{MeetingId}/polls"));
    }

    public async Task<IActionResult> OnPostOpenAsync(long pollId) => await StepAsync(control.OpenAsync(BoardId, MeetingId, pollId));

    /// <summary>Closing always closes; on a tie, only the co-chair who holds the casting vote gives it, afterwards.</summary>
    public async Task<IActionResult> OnPostCloseAsync(long pollId, bool confirmed)
    {
        // Closed is final: while members here have not voted, the first press only asks (Confirmations.ClosingVote).
        if (!confirmed && await control.AskBeforeClosingAsync(BoardId, MeetingId, pollId) is { } question)
        {
            if (!await LoadAsync())
                return NotFound();
            Ask = new Shared.ConfirmView(question, "Close", new Dictionary<string, string> { ["pollId"] = pollId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                ManagePath($"/meetings/{MeetingId}/polls"));
            return Page();
        }
        return await StepAsync(control.CloseAsync(BoardId, MeetingId, pollId));
    }

    public Shared.ConfirmView? Ask { get; private set; }

    private async Task<IActionResult> StepAsync(Task<PollStep> stepping)
    {
        var step = await stepping;
        if (!step.Done)
        {
            if (!await LoadAsync())
                return NotFound();
            Problem = step.Message;
            return Page();
        }
        Saved = step.Message;
        return Redirect(ManagePath($"/meetings/{MeetingId}/polls"));
    }

    public async Task<IActionResult> OnPostRoomCountsAsync(long pollId, Dictionary<long, int> counts)
    {
        if (!await LoadAsync())
            return NotFound();
        if (Polls.FirstOrDefault(p => p.Id == pollId) is not { State: PollState.Open } poll)
        {
            Problem = "Hands can only be counted while the vote is open.";
            return Page();
        }
        // Hands are for members who have not voted another way (ShowOfHands): checked where they are written.
        if (await polls.RecordRoomCountsAsync(BoardId, poll.Id, counts, Roll.EligibleIds, User.PersonIdOrThrow(), Now) is { } problem)
        {
            Problem = problem;
            return Page();
        }
        Saved = "The show of hands is recorded.";
        return Redirect(ManagePath($"/meetings/{MeetingId}/polls"));
    }

    public async Task<IActionResult> OnPostInRoomAsync(long pollId, long memberId, long optionId)
    {
        if (!await LoadAsync())
            return NotFound();
        var ack = await box.RecordInRoomAsync(BoardId, MeetingId, User.PersonIdOrThrow(), pollId, memberId, optionId);
        if (!ack.Committed)
        {
            Problem = ack.Message;
            return Page();
        }
        Saved = ack.Message;
        return Redirect(ManagePath($"/meetings/{MeetingId}/polls"));
    }

    /// <summary>Voting members in the room, for recording a vote said or shown in the room.</summary>
    public IReadOnlyList<(long Id, string Name)> PresentVoters { get; private set; } = [];

    private async Task<bool> LoadAsync()
    {
        if (await rolls.LoadAsync(BoardId, MeetingId) is not { } roll)
            return false;
        Roll = roll;
        Meeting = roll.Meeting;
        Polls = await polls.ForMeetingAsync(MeetingId);
        var voted = new Dictionary<long, int>();
        var results = new Dictionary<long, string?>();
        var voters = new Dictionary<long, PollVoters>();
        foreach (var poll in Polls)
        {
            voted[poll.Id] = await ballots.VotedCountAsync(poll.Id);
            voters[poll.Id] = await eligibility.ForPollAsync(BoardId, poll.Id, roll);
            results[poll.Id] = await polls.ResultTextAsync(poll.Id);
        }
        Voted = voted;
        Voters = voters;
        Results = results;
        AgendaItems = (await items.ForMeetingAsync(MeetingId)).Where(i => i.State == AgendaItemState.Accepted).ToList();
        PresentVoters = (await people.ListAsync(BoardId)).Where(p => roll.IsVotingMember(p.Id) && roll.IsPresent(p.Id))
            .Select(p => (p.Id, p.Name)).ToList();
        return true;
    }
}

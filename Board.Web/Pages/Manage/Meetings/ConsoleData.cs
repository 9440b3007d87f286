using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Data.Voting;
using Board.Web.Hubs;
using Board.Web.Meetings;
using Board.Web.Voting;

namespace Board.Web.Pages.Manage.Meetings;

/// <summary>One vote on the console: how many have voted of those who can (never how), or the result once closed.</summary>
/// <param name="Voters">Who can vote in it: the roll less those who declared they will not vote on its item.</param>
public sealed record ConsolePoll(Poll Poll, int Voted, string? Result, Voting.PollVoters Voters);

/// <summary>Everything the meeting console shows, read in one place so the page model keeps to its handlers.</summary>
public sealed record ConsoleData(
    Roll Roll, IReadOnlyList<MemberListing> Members, IReadOnlyDictionary<long, Attendance> Marks, RosterSummary Roster,
    IReadOnlyList<AgendaItem> Agenda, CurrentItemView Now, IReadOnlyList<ConsolePoll> Polls, IReadOnlyList<HelpRowView> Help)
{
    public Meeting Meeting => Roll.Meeting;

    public bool CanMark => Meeting.State is MeetingState.AgendaPublished or MeetingState.Live;

    public Presence StateOf(long personId) => Core.Meetings.Roster.StateOf(Marks.GetValueOrDefault(personId));
}

public sealed class ConsoleLoader(
    VotingRoll rolls, MemberQueries members, AttendanceStore attendance, AgendaItemStore items, PollStore polls, BallotStore ballots,
    MeetingDayNews news, Voting.PollEligibility eligibility)
{
    public async Task<ConsoleData?> LoadAsync(long boardId, long meetingId)
    {
        if (await rolls.LoadFreshAsync(boardId, meetingId) is not { } roll)
            return null;
        var people = (await members.CurrentAsync(boardId, DateOnly.FromDateTime(roll.Meeting.StartsAt))).DistinctBy(m => m.PersonId)
            .OrderBy(m => m.PersonName, StringComparer.CurrentCulture).ToList();
        var marks = await attendance.ForMeetingAsync(meetingId);
        var agenda = (await items.ForMeetingAsync(meetingId)).Where(i => i.State == AgendaItemState.Accepted && i.BoardId == boardId)
            .OrderBy(i => i.Position).ToList();
        var shown = new List<ConsolePoll>();
        foreach (var poll in await polls.ForMeetingAsync(meetingId))
            shown.Add(new ConsolePoll(poll, await ballots.VotedCountAsync(poll.Id), await polls.ResultTextAsync(poll.Id), await eligibility.ForPollAsync(boardId, poll.Id, roll)));
        return new ConsoleData(roll, people, marks.ToDictionary(m => m.PersonId), Roster.Summarise(people.Select(p => p.PersonId), marks),
            agenda, await news.CurrentItemAsync(boardId, meetingId), shown, await news.HelpAsync(boardId, meetingId));
    }
}

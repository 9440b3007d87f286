using Board.Core.Composition;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Data.Notifications;
using Board.Data.People;
using Board.Data.Supporters;
using Board.Web.Infrastructure;
using Board.Web.Security;
using Board.Web.Voting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Board.Web.Hubs;

/// <summary>
/// Live votes in a meeting. One group per meeting; each person also has their own group, so a ballot their
/// supporter sends for them shows on their own device. Every method checks the meeting belongs to the caller's
/// board: a member of one board can never join, see or vote in another board's meeting.
/// </summary>
[Authorize]
public sealed class MeetingHub(
    MeetingStore meetings, BallotBox box, MeetingSyncBuilder sync, SupporterLinkStore links, MemberQueries members,
    PersonStore people, NotificationStore notifications, Board.Data.Accounts.SignInCardStore cards,
    Board.Data.Accounts.SessionStore sessions, BoardClocks clocks, MyBoardQueries myBoard, PollViews views,
    RepConfirmations confirmations, MeetingDayStore day, Meetings.MeetingDayNews news) : Hub<IMeetingClient>
{
    public const string NotLiveForHelp = "The meeting is not happening now, so nobody was told. Ask your supporter or the coordinator directly.";

    public static string GroupOf(long meetingId) => $"meeting-{meetingId}";

    public static string PersonGroupOf(long personId) => $"person-{personId}";

    /// <summary>Everyone of a board watching their home page: they hear of a vote opening in any meeting of the board.</summary>
    public static string BoardGroupOf(long boardId) => $"board-{boardId}";

    /// <summary>The coordinator's meeting console: attendance rows and help requests, which the room must not see.</summary>
    public static string ConsoleGroupOf(long meetingId) => $"console-{meetingId}";

    /// <summary>Joins (or rejoins, after a dropped connection) and returns everything needed to catch up.</summary>
    public async Task<MeetingSync> JoinMeeting(long meetingId)
    {
        var (boardId, personId) = await CheckMeetingAsync(meetingId);
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(meetingId));
        await Groups.AddToGroupAsync(Context.ConnectionId, PersonGroupOf(personId));
        var state = await sync.BuildAsync(boardId, meetingId, personId, Context.User!.IsInRole(Roles.Supporter));
        state = state with { Now = await news.CurrentItemAsync(boardId, meetingId) };
        return state.OpenPoll is { } open && await confirmations.WaitingForAsync(open.PollId, personId) is { } waiting ? state with { WaitingForYou = waiting } : state;
    }

    /// <summary>
    /// Casts (or, in an open poll, changes) a ballot. The answer comes only after the ballot is committed. A supporter's
    /// ballot for a Rep is not cast: it waits for the Rep's yes on their own device (<see cref="AnswerVoteForMe"/>).
    /// </summary>
    public async Task<BallotAck> CastBallot(long meetingId, long pollId, long optionId, string idempotencyKey, long? onBehalfOf)
    {
        var (boardId, personId) = await CheckMeetingAsync(meetingId);
        if (onBehalfOf is not { } repId)
            return await box.CastAsync(boardId, meetingId, personId, pollId, optionId, idempotencyKey, null);
        return await confirmations.HoldAsync(boardId, meetingId, personId, await NameOfAsync(personId, "Your supporter"), pollId, optionId, idempotencyKey,
            repId, await NameOfAsync(repId, "The Rep"));
    }

    /// <summary>The Rep's yes or no to a vote their supporter sent for them. Only the Rep it was sent for can answer it.</summary>
    public async Task<BallotAck> AnswerVoteForMe(long meetingId, long pollId, string token, bool yes)
    {
        var (_, personId) = await CheckMeetingAsync(meetingId);
        return await confirmations.AnswerAsync(meetingId, personId, pollId, token, yes);
    }

    /// <summary>The supporter records the vote the Rep told them in person, because the Rep has no device. Counts at once, recorded as such.</summary>
    public async Task<BallotAck> CastToldInPerson(long meetingId, long pollId, long optionId, string idempotencyKey, long repId)
    {
        var (boardId, personId) = await CheckMeetingAsync(meetingId);
        return await confirmations.ToldInPersonAsync(boardId, meetingId, personId, await NameOfAsync(personId, "Your supporter"), pollId, optionId, idempotencyKey, repId);
    }

    /// <summary>"I need help": tells the member's supporters and the co-chairs, wherever they are in the app.</summary>
    public async Task<string> AskForHelp(long meetingId)
    {
        var (boardId, personId) = await CheckMeetingAsync(meetingId);
        // Help is for the meeting happening now: nothing is stored or sent for one that is not live.
        if ((await meetings.GetAsync(boardId, meetingId))?.State != Core.Meetings.MeetingState.Live)
            throw new HubException(NotLiveForHelp);
        var name = (await people.GetSelfAsync(personId))?.Name ?? "A member";
        var supporters = (await links.ListAsync(boardId)).Where(l => l.RepId == personId).Select(l => l.SupporterId);
        var clock = await clocks.ForBoardAsync(boardId);
        var coChairs = (await members.CurrentAsync(boardId, clock.Today)).Where(m => m.IsCoChair && m.PersonId != personId).Select(m => m.PersonId);
        var notice = new HelpNotice(meetingId, name, $"{name} needs help.");
        var helpers = supporters.Concat(coChairs).Distinct().ToList();
        await Clients.Groups(helpers.Select(PersonGroupOf).ToList()).HelpRequested(notice);
        // The console lists one row per person: a second press while they wait adds nothing.
        if (await day.AskForHelpAsync(boardId, meetingId, personId, clock.UtcNow))
            await news.HelpChangedAsync(boardId, meetingId);
        // Also in their messages, in case they are not looking at a meeting screen just now.
        foreach (var helper in helpers)
            await notifications.SendAsync(helper, $"help:{meetingId}:{personId}:{clock.UtcNow.ToUnixTimeSeconds() / 60}", notice.Message,
                $"{name} pressed \"I need help\" in the meeting.", $"/boards/{boardId}/meetings/{meetingId}/vote", clock.UtcNow);
        return "We have told your supporter and the co-chairs. Someone will come to help you.";
    }

    /// <summary>
    /// The meeting console joins the console's group (attendance rows, help requests). Only the board's coordinator:
    /// the co-chairs run votes from their own page (ADR-012), and nobody else may see who asked for help.
    /// </summary>
    public async Task<ConsoleSync> WatchConsole(long meetingId)
    {
        var (boardId, _) = await CheckMeetingAsync(meetingId);
        if (!Context.User!.IsInRole(Roles.Coordinator))
            throw new HubException("Only the coordinator can use the meeting console.");
        await Groups.AddToGroupAsync(Context.ConnectionId, ConsoleGroupOf(meetingId));
        return new ConsoleSync(meetingId, await news.HelpAsync(boardId, meetingId));
    }

    /// <summary>A member's home page: joins the board's group and returns the questions open now.</summary>
    public async Task<IReadOnlyList<OpenVoteView>> WatchBoard()
    {
        var (boardId, _) = await CheckSessionAsync();
        await Groups.AddToGroupAsync(Context.ConnectionId, BoardGroupOf(boardId));
        return (await myBoard.OpenVotesAsync(boardId)).Select(v => views.OpenVote(boardId, v.MeetingId, v.MeetingTitle, v.PollId, v.Question, v.Picture)).ToList();
    }

    private async Task<string> NameOfAsync(long personId, string otherwise) => (await people.GetSelfAsync(personId))?.Name is { Length: > 0 } name ? name : otherwise;

    private async Task<(long BoardId, long PersonId)> CheckMeetingAsync(long meetingId)
    {
        var (boardId, personId) = await CheckSessionAsync();
        if (await meetings.GetAsync(boardId, meetingId) is null)
            throw new HubException("This meeting is not part of your board.");
        return (boardId, personId);
    }

    private async Task<(long BoardId, long PersonId)> CheckSessionAsync()
    {
        var user = Context.User!;
        // A connection outlives the request that opened it, so the sign-in is checked again on every call:
        // a stopped card or a changed role ends its voting at once, not when the connection drops.
        if (!await SessionCheck.IsStillValidAsync(user, people, cards) || !await SessionCheck.IsOpenAsync(user, sessions))
        {
            Context.Abort();
            throw new HubException("Please sign in again.");
        }
        if (user.BoardIdOf() is not { } boardId || user.PersonId() is not { } personId)
            throw new HubException("This meeting is not part of your board.");
        return (boardId, personId);
    }
}

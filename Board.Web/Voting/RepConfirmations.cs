using Board.Data.Voting;
using Board.Web.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Board.Web.Voting;

/// <summary>
/// A supporter's ballot for a Rep counts only when the Rep says yes on their own device (ADR-007, issue 12 item 7).
/// Until then it waits in <see cref="IPendingBallots"/>, in memory only (in Redis when scaled out). Yes casts it through <see cref="BallotBox"/>
/// as any supporter's ballot is cast (so a secret one is written like every secret ballot: voter and choice apart);
/// no, a closed poll, or a restart, and nothing counts. A Rep with no device tells their supporter in person instead.
/// </summary>
public sealed class RepConfirmations(BallotBox box, IPendingBallots pending, PollStore polls, PollViews views, IHubContext<MeetingHub, IMeetingClient> hub)
{
    /// <summary>The same answer for a made-up token, someone else's, and one already answered or gone.</summary>
    public const string NothingWaiting = "There is no vote waiting for you to check. You can vote yourself.";

    public async Task<BallotAck> HoldAsync(long boardId, long meetingId, long supporterId, string supporterName, long pollId, long optionId, string key, long repId, string repName)
    {
        if (await box.ProblemForRepAsync(boardId, meetingId, supporterId, pollId, optionId, key, repId) is { } answer)
            return answer;
        var poll = (await polls.GetAsync(boardId, pollId))!;
        var option = views.View(poll).Options.First(o => o.Id == optionId);
        var ballot = new PendingBallot(PendingBallots.NewToken(), boardId, meetingId, pollId, repId, supporterId, supporterName, repName, option, key);
        await pending.HoldAsync(ballot);
        await hub.Clients.Group(MeetingHub.PersonGroupOf(repId)).VoteWaitingForYou(View(ballot));
        return new(false, $"We sent it to {repName}. It counts only when {repName} says yes on their own device.", pollId, null, Waiting: true);
    }

    /// <summary>The Rep's yes or no. Only the Rep it is for can answer it; the supporter hears the outcome after it is committed.</summary>
    public async Task<BallotAck> AnswerAsync(long meetingId, long repId, long pollId, string? token, bool yes)
    {
        if (await pending.TakeAsync(token, repId, meetingId) is not { } ballot)
            return new(false, NothingWaiting, pollId, null);
        var supporter = hub.Clients.Group(MeetingHub.PersonGroupOf(ballot.SupporterId));
        if (!yes)
        {
            await supporter.VoteForRepAnswered(new RepAnswerNotice(ballot.PollId, repId, false, $"{ballot.RepName} said no. Nothing was counted."));
            return new(false, "Nothing was counted. You can vote yourself.", ballot.PollId, null);
        }
        var ack = await box.CastAsync(ballot.BoardId, ballot.MeetingId, ballot.SupporterId, ballot.PollId, ballot.Option.Id, ballot.Key, repId);
        await supporter.VoteForRepAnswered(ack.Committed
            ? new RepAnswerNotice(ballot.PollId, repId, true, $"{ballot.RepName} said yes. Your vote is counted.")
            : new RepAnswerNotice(ballot.PollId, repId, false, $"{ballot.RepName} said yes, but it was not counted. {ack.Message}"));
        return ack;
    }

    /// <summary>The Rep told their supporter in person (they have no device): counts at once, recorded as such.</summary>
    public async Task<BallotAck> ToldInPersonAsync(long boardId, long meetingId, long supporterId, string supporterName, long pollId, long optionId, string key, long repId)
    {
        var ack = await box.CastToldInPersonAsync(boardId, meetingId, supporterId, pollId, optionId, key, repId);
        if (ack.Committed)
        {
            await pending.TakeForAsync(pollId, repId);
            await hub.Clients.Group(MeetingHub.PersonGroupOf(repId)).BallotRecorded(
                new BallotNotice(pollId, $"{supporterName} recorded the vote you told them. Your vote is counted."));
        }
        return ack;
    }

    /// <summary>The ballot waiting for this Rep in the open poll, for a Rep who reloads or reconnects.</summary>
    public async Task<PendingVoteView?> WaitingForAsync(long pollId, long repId) => await pending.WaitingForAsync(pollId, repId) is { } ballot ? View(ballot) : null;

    /// <summary>A poll closed: every ballot still waiting in it is dropped, uncounted, and the supporter is told (the Rep sees the result).</summary>
    public async Task PollClosedAsync(long pollId)
    {
        foreach (var ballot in await pending.DropPollAsync(pollId))
            await hub.Clients.Group(MeetingHub.PersonGroupOf(ballot.SupporterId)).VoteForRepAnswered(
                new RepAnswerNotice(pollId, ballot.RepId, false, $"Voting finished before {ballot.RepName} said yes. Nothing was counted for them."));
    }

    private static PendingVoteView View(PendingBallot ballot) =>
        new(ballot.PollId, ballot.Token, ballot.SupporterName, ballot.Option, $"Your supporter sent {ballot.Option.Label}. Is that what you want?");
}

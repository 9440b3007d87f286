namespace Board.Web.Hubs;

public sealed record OptionView(long Id, string Label, string Symbol, string Meaning);

public sealed record PollView(long PollId, string Question, string PictureUrl, string PictureLabel, bool Secret, IReadOnlyList<OptionView> Options);

/// <summary>How many have voted, never how: what everyone sees while a poll is open.</summary>
public sealed record ProgressView(long PollId, int Voted, int Eligible);

public sealed record CountView(string Label, string Symbol, string Meaning, int Votes);

public sealed record ResultView(long PollId, string Question, string Headline, string Explanation, IReadOnlyList<CountView> Counts);

/// <summary>Sent to a Rep's own devices when their supporter (or the coordinator in the room) recorded their vote.</summary>
public sealed record BallotNotice(long PollId, string Message);

public sealed record HelpNotice(long MeetingId, string PersonName, string Message);

/// <summary>The answer to a ballot: sent only after the ballot is committed (or clearly refused).</summary>
/// <param name="Waiting">A supporter's ballot for a Rep, held until the Rep says yes on their own device: not counted yet.</param>
public sealed record BallotAck(bool Committed, string Message, long PollId, long? OptionId, bool Waiting = false);

/// <summary>
/// To a Rep's own devices: their supporter sent this answer for them, and it counts only if they say yes. The token
/// answers it; it is kept in the server's memory only (ADR-007).
/// </summary>
public sealed record PendingVoteView(long PollId, string Token, string SupporterName, OptionView Option, string Message);

/// <summary>To the supporter's devices: what came of the ballot they sent for a Rep (yes, no, or the vote closed first).</summary>
public sealed record RepAnswerNotice(long PollId, long RepId, bool Counted, string Message);

/// <summary>Whether the meeting can decide now, in plain words: sent to everyone in the meeting whenever someone arrives or leaves.</summary>
public sealed record QuorumView(long MeetingId, bool IsMet, string Headline, string Explanation);

/// <summary>"Now: item 3. Later buses", or nothing before the first item is called.</summary>
public sealed record CurrentItemView(long MeetingId, long? ItemId, int? Position, string? Title, string Text);

/// <summary>To the meeting console: one person's new state, and how far the marking has got.</summary>
public sealed record AttendanceNews(long MeetingId, long PersonId, string State, string StateText, string Roster, bool EveryoneExpectedIsHere);

/// <summary>To the meeting console: a person waiting for help (one row per person, however often they pressed).</summary>
public sealed record HelpRowView(long PersonId, string PersonName, string AskedAt);

/// <summary>What the console needs after joining: the help requests not yet dealt with.</summary>
public sealed record ConsoleSync(long MeetingId, IReadOnlyList<HelpRowView> Help);

/// <summary>Everything a client needs after joining or rejoining: the open poll, whether I have voted, and the last result.</summary>
public sealed record MeetingSync(
    long MeetingId, bool CanVote, string VoteMessage, PollView? OpenPoll, bool HasVoted, long? MyOptionId,
    ProgressView? Progress, ResultView? LastResult, IReadOnlyList<RepresentedView> CanVoteFor, PendingVoteView? WaitingForYou = null,
    QuorumView? Quorum = null, CurrentItemView? Now = null, string? NoVoteReason = null);

/// <summary>To a member's own devices: they declared an interest in the open poll's item and said they will not vote on it.</summary>
public sealed record NoVoteNotice(long PollId, string Message);

/// <summary>A Rep a supporter may vote for, at the Rep's request.</summary>
/// <param name="Waiting">A ballot the supporter sent is waiting for this Rep's yes (kept in memory only: a restart forgets it).</param>
public sealed record RepresentedView(long PersonId, string Name, bool HasVoted, bool Waiting = false);

/// <summary>A question open now in a live meeting of the board: what a member's home page shows as "Vote now".</summary>
public sealed record OpenVoteView(long MeetingId, long PollId, string Question, string PictureUrl, string PictureLabel, string MeetingTitle, string VoteUrl);

/// <summary>A question of the board that is no longer open, so a member's home page can take its "Vote now" away.</summary>
public sealed record VoteClosedNotice(long MeetingId, long PollId);

/// <summary>What the meeting hub sends to clients. Strongly typed, so a renamed message cannot go out unnoticed.</summary>
public interface IMeetingClient
{
    Task PollOpened(PollView poll);

    Task VoteProgress(ProgressView progress);

    Task PollClosed(ResultView result);

    Task BallotRecorded(BallotNotice notice);

    Task HelpRequested(HelpNotice notice);

    /// <summary>To a Rep's own devices: a vote their supporter sent for them, waiting for their yes or no.</summary>
    Task VoteWaitingForYou(PendingVoteView vote);

    /// <summary>To a supporter's devices: the Rep said yes or no, or the vote closed before they answered.</summary>
    Task VoteForRepAnswered(RepAnswerNotice notice);

    /// <summary>To everyone of the board watching their home page, wherever they are, when a question opens.</summary>
    Task VoteOpened(OpenVoteView vote);

    Task VoteClosed(VoteClosedNotice notice);

    /// <summary>To everyone in the meeting (console, room's screen, vote screens): quorum after someone arrived or left.</summary>
    Task QuorumChanged(QuorumView quorum);

    /// <summary>To everyone in the meeting: the coordinator moved the meeting on to another item.</summary>
    Task CurrentItemChanged(CurrentItemView item);

    /// <summary>To the meeting console only: someone was marked, or checked themselves in.</summary>
    Task AttendanceChanged(AttendanceNews news);

    /// <summary>To the meeting console only: the help requests not yet dealt with.</summary>
    Task HelpListChanged(IReadOnlyList<HelpRowView> help);

    /// <summary>To a member's own devices, after a poll opens: they cannot vote on this one, and why (a declaration of interest).</summary>
    Task NoVoteHere(NoVoteNotice notice);
}

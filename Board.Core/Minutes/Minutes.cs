namespace Board.Core.Minutes;

/// <summary>Drafting → with the Reps to check → published. Approval is not a state: it is worked out from the
/// sign-offs or the vote for the current version, so any change after approval needs approving again.</summary>
public enum MinutesState
{
    Drafting,
    WithReps,
    Published,
}

/// <summary>How the board's constitution says minutes are approved.</summary>
public enum MinutesApproval
{
    CoChairsSignOff,
    VoteAtNextMeeting,
}

/// <summary>A Rep's check of one item's easy read words.</summary>
public enum RepMark
{
    Understood,
    Hard,
}

/// <summary>The coordinator's notes for one agenda item. <paramref name="Revision"/> counts this item's changes.</summary>
public sealed record MinutesItem(
    long AgendaItemId,
    int Position,
    string Title,
    string StandardNote,
    string EasyReadNote,
    IReadOnlyList<string> Actions,
    string Picture,
    int Revision,
    string? OwnPictureAlt = null)
{
    /// <summary>The board's own picture is used instead of <see cref="Picture"/> when there is one.</summary>
    public bool HasOwnPicture => OwnPictureAlt is not null;
}

/// <summary>A change to an item's own picture, saved with its notes: keep it, replace it, or go back to the set's picture.</summary>
public abstract record OwnPictureChange
{
    public sealed record Keep : OwnPictureChange;

    public sealed record Remove : OwnPictureChange;

    public sealed record Replace(byte[] Content, string ContentType, string Alt) : OwnPictureChange;
}

/// <param name="Version">Goes up with every change; sign-offs and approval votes name the version they approve.</param>
public sealed record MinutesDraft(long MeetingId, long BoardId, MinutesState State, int Version, IReadOnlyList<MinutesItem> Items);

/// <summary>The vote at a later meeting that approves these minutes, as far as it has got.</summary>
/// <param name="Passed">Null while the vote is not closed.</param>
/// <param name="ForVersion">The minutes' version when the vote was set up.</param>
/// <param name="MeetingClosed">The meeting the vote was put on has finished: a vote still not closed was never held.</param>
public sealed record ApprovalVote(long PollId, long MeetingId, bool? Passed, int ForVersion, bool MeetingClosed = false)
{
    public bool NotHeld => Passed is null && MeetingClosed;
}

/// <param name="WaitingFor">Co-chairs who still need to sign off this version (empty for a vote).</param>
public sealed record ApprovalStatus(bool IsApproved, string Explanation, IReadOnlyList<long> WaitingFor);

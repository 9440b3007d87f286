using Board.Core.Minutes;

namespace Board.Tests.Core.Minutes;

/// <summary>An approval vote put on a meeting that finished without holding it must not block the minutes for ever.</summary>
public sealed class ApprovalVoteNotHeldTests
{
    private static readonly ApprovalVote NotHeld = new(PollId: 7, MeetingId: 3, Passed: null, ForVersion: 4, MeetingClosed: true);

    [Test]
    public void AVoteNotHeld_IsNotApproval_AndSaysWhatToDo() =>
        Assert.That(MinutesRules.Approval(MinutesApproval.VoteAtNextMeeting, 4, [1, 2], [], NotHeld),
            Is.EqualTo(new ApprovalStatus(false, "The vote was not held at that meeting. Add the approval vote to the next meeting.", [])).Using<ApprovalStatus>(
                (a, b) => a.IsApproved == b.IsApproved && a.Explanation == b.Explanation));

    [Test]
    public void AVoteNotHeld_CanBeSetUpAgain() =>
        Assert.That(MinutesRules.CanSetUpApprovalVote(MinutesState.WithReps, MinutesApproval.VoteAtNextMeeting, NotHeld, 4), Is.Null);

    [Test]
    public void AVoteStillToBeHeld_CannotBeSetUpTwice() =>
        Assert.That(MinutesRules.CanSetUpApprovalVote(MinutesState.WithReps, MinutesApproval.VoteAtNextMeeting, NotHeld with { MeetingClosed = false }, 4),
            Is.EqualTo("The approval vote is already set up."));

    [Test]
    public void AVoteThatPassedForTheseWords_IsNotSetUpAgain() =>
        Assert.That(MinutesRules.CanSetUpApprovalVote(MinutesState.WithReps, MinutesApproval.VoteAtNextMeeting, NotHeld with { Passed = true }, 4),
            Is.EqualTo("The board has already voted to approve these minutes."));
}

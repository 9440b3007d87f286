using Board.Core.Voting;

namespace Board.Tests.Core.Voting;

[TestFixture]
public sealed class ShowOfHandsTests
{
    [TestCase(0, 0, true)]
    [TestCase(5, 5, true)]
    [TestCase(4, 5, true)]
    [TestCase(6, 5, false)]
    [TestCase(15, 5, false)]
    [TestCase(-1, 5, false)]
    public void Recording_AllowsHandsOnlyForMembersWhoHaveNotVotedAnotherWay(int hands, int notYetVoted, bool allowed) =>
        Assert.That(ShowOfHands.Recording(hands, notYetVoted).IsAllowed, Is.EqualTo(allowed));

    [TestCase(0, 1, true)]
    [TestCase(0, 15, true)]
    [TestCase(1, 15, false)]
    [TestCase(4, 5, false)]
    [TestCase(5, 5, false)]
    [TestCase(0, 0, false)]
    [TestCase(15, 5, false)]
    public void NewBallot_IsRefusedOnceHandsAreRecorded(int hands, int notYetVoted, bool allowed) =>
        Assert.That(ShowOfHands.NewBallot(hands, notYetVoted).IsAllowed, Is.EqualTo(allowed));

    /// <summary>The case: 15 may vote, 15 hands For, then 10 vote For on devices. However it came about, never 25.</summary>
    [TestCase(new[] { 10, 0, 0 }, new[] { 15, 0, 0 }, 5, new[] { 10, 0, 0 }, false)]
    [TestCase(new[] { 10, 0, 0 }, new[] { 5, 0, 0 }, 5, new[] { 15, 0, 0 }, true)]
    [TestCase(new[] { 3, 2, 0 }, new[] { 1, 2, 1 }, 4, new[] { 4, 4, 1 }, true)]
    [TestCase(new[] { 3, 2, 0 }, new[] { 1, 2, 1 }, 3, new[] { 3, 2, 0 }, false)]
    [TestCase(new[] { 0, 0, 0 }, new[] { 0, 0, 0 }, 0, new[] { 0, 0, 0 }, true)]
    public void AtClose_CountsTheHandsOnlyIfTheyFit(int[] ballots, int[] hands, int notYetVoted, int[] expected, bool handsCounted)
    {
        var poll = TestPolls.Motion(secrecy: BallotSecrecy.Secret);
        var counted = ShowOfHands.AtClose(TestPolls.Counts(poll, ballots), TestPolls.Counts(poll, hands), notYetVoted);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(counted.Counts.Select(c => c.Votes), Is.EqualTo(expected));
            Assert.That(counted.HandsCounted, Is.EqualTo(handsCounted));
            Assert.That(counted.Note, handsCounted ? Is.Null : Does.StartWith("The show of hands was not counted"));
            Assert.That(counted.Counts.Sum(c => c.Votes), Is.LessThanOrEqualTo(ballots.Sum() + notYetVoted), "never more people than could vote");
        }
    }
}

using Board.Core.Voting;

namespace Board.Tests.Core.Voting;

[TestFixture]
public sealed class CastingVoteTests
{
    [TestCase(5, 5, OptionMeaning.For, Outcome.Passed)]
    [TestCase(5, 5, OptionMeaning.Against, Outcome.NotPassed)]
    [TestCase(1, 1, OptionMeaning.For, Outcome.Passed)]
    public void Settle_ClosedTie_IsDecidedByTheCastingVote(int votesFor, int against, OptionMeaning casting, Outcome expected)
    {
        var poll = TestPolls.Motion(state: PollState.Closed, secrecy: BallotSecrecy.Secret);
        var (result, problem) = CastingVote.Settle(poll, TestPolls.Counts(poll, votesFor, against, 0), casting);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem, Is.Null);
            Assert.That(result!.Outcome, Is.EqualTo(expected));
            Assert.That(result.CastingVoteUsed, Is.True);
            Assert.That(result.Explanation, Does.Contain("casting vote decided"));
        }
    }

    [TestCase(PollState.Open, 5, 5, OptionMeaning.For, "The casting vote is given after the vote has closed.")]
    [TestCase(PollState.Draft, 5, 5, OptionMeaning.For, "The casting vote is given after the vote has closed.")]
    [TestCase(PollState.Closed, 6, 5, OptionMeaning.For, "This vote is not a tie. It does not need a casting vote.")]
    [TestCase(PollState.Closed, 0, 0, OptionMeaning.For, "This vote is not a tie. It does not need a casting vote.")]
    [TestCase(PollState.Closed, 5, 5, OptionMeaning.Abstain, "Choose For or Against.")]
    public void Settle_IsRefused_BeforeCloseOrWithoutATie(PollState state, int votesFor, int against, OptionMeaning casting, string expected)
    {
        var poll = TestPolls.Motion(state: state, secrecy: BallotSecrecy.Secret);
        var (result, problem) = CastingVote.Settle(poll, TestPolls.Counts(poll, votesFor, against, 0), casting);

        Assert.That((result, problem), Is.EqualTo(((PollResult?)null, expected)));
    }
}

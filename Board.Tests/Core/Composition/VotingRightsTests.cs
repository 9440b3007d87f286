using Board.Core.Composition;

namespace Board.Tests.Core.Composition;

public sealed class VotingRightsTests
{
    private static readonly Constitution Standard = Constitutions.Standard();

    // Whether someone votes comes only from the seat type in the constitution, never from their role.
    [TestCase(Seats.Rep, true)]
    [TestCase(Seats.Carer, true)]
    [TestCase(Seats.Councillor, false)]
    [TestCase(Seats.Partner, false)]
    public void Evaluate_ActiveMemberBySeatType_VotesOnlyInVotingSeats(string seatCode, bool expected)
    {
        var membership = A.Membership(1).InSeat(seatCode).Build();

        var right = VotingRights.Evaluate(Standard, membership, Dates.AsOf);

        Assert.That(right.CanVote, Is.EqualTo(expected));
    }

    [Test]
    public void Evaluate_NonVotingSeat_SaysTheSeatDoesNotVote()
    {
        var membership = A.Membership(1).InSeat(Seats.Councillor).Build();

        var right = VotingRights.Evaluate(Standard, membership, Dates.AsOf);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(right.CanVote, Is.False);
            Assert.That(right.Reason, Is.EqualTo("Councillor seats do not vote."));
        }
    }

    [Test]
    public void Evaluate_UnknownSeat_CannotVote()
    {
        var membership = A.Membership(1).InSeat("observer").Build();

        var right = VotingRights.Evaluate(Standard, membership, Dates.AsOf);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(right.CanVote, Is.False);
            Assert.That(right.Reason, Does.Contain("\"observer\"").And.Contain("not in the board's rules"));
        }
    }

    [Test]
    public void Evaluate_SeatCodeInOtherCase_StillMatchesSeat()
    {
        var membership = A.Membership(1).InSeat("REP").Build();

        var right = VotingRights.Evaluate(Standard, membership, Dates.AsOf);

        Assert.That(right.CanVote, Is.True);
    }

    [Test]
    public void Evaluate_SeatThatStopsVotingInConstitution_CannotVote()
    {
        var carersDoNotVote = Standard with
        {
            SeatTypes = [.. Standard.SeatTypes.Select(s => s.Code == Seats.Carer ? s with { Votes = false } : s)],
        };
        var membership = A.Membership(1).InSeat(Seats.Carer).Build();

        var right = VotingRights.Evaluate(carersDoNotVote, membership, Dates.AsOf);

        Assert.That(right.CanVote, Is.False);
    }

    [TestCase("2025-03-31", false, TestName = "Evaluate_RepBeforeTermStarts_CannotVote")]
    [TestCase("2025-04-01", true, TestName = "Evaluate_RepOnFirstDayOfTerm_CanVote")]
    [TestCase("2026-03-31", true, TestName = "Evaluate_RepOnLastDayOfTerm_CanVote")]
    [TestCase("2026-04-01", false, TestName = "Evaluate_RepAfterTermEnded_CannotVote")]
    public void Evaluate_RepByDate_VotesOnlyDuringTerm(string asOf, bool expected)
    {
        var membership = A.Membership(1).Between(Dates.Parse("2025-04-01"), Dates.Parse("2026-03-31")).Build();

        var right = VotingRights.Evaluate(Standard, membership, Dates.Parse(asOf));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(right.CanVote, Is.EqualTo(expected));
            Assert.That(right.Reason, Is.Not.Empty);
        }
    }

    [Test]
    public void VotingMembers_MixedBoard_ReturnsOnlyActiveMembersInVotingSeats()
    {
        var rep = A.Membership(1).Build();
        var carer = A.Membership(2).InSeat(Seats.Carer).To(null).Build();
        var councillor = A.Membership(3).InSeat(Seats.Councillor).AsCoChair().Build();
        var partner = A.Membership(4).InSeat(Seats.Partner).Build();
        var endedRep = A.Membership(5).To(Dates.AsOf.AddDays(-1)).Build();
        var futureRep = A.Membership(6).From(Dates.AsOf.AddDays(1)).Build();
        var unknownSeat = A.Membership(7).InSeat("observer").Build();

        var voters = VotingRights.VotingMembers(
            Standard, [rep, carer, councillor, partner, endedRep, futureRep, unknownSeat], Dates.AsOf);

        Assert.That(voters, Is.EquivalentTo(new[] { rep, carer }));
    }

    [Test]
    public void VotingMembers_FakedRepsAllActive_AllVote()
    {
        var reps = Fakes.ActiveMemberships(Seats.Rep, Dates.AsOf).Generate(10);

        var voters = VotingRights.VotingMembers(Standard, reps, Dates.AsOf);

        Assert.That(voters, Has.Count.EqualTo(10));
    }
}

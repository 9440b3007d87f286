using Board.Core.Composition;

namespace Board.Tests.Core.Composition;

public sealed class CompositionCheckTests
{
    private static readonly Constitution Standard = Constitutions.Standard();

    private static Membership[] CoChairPair() =>
    [
        A.Membership(1).InSeat(Seats.Councillor).AsCoChair().Build(),
        A.Membership(2).AsCoChair().Build(),
    ];

    [Test]
    public void Evaluate_FullyCoChairedBoardWithSpareSeats_IsHealthyAndCountsVacancies()
    {
        var reps = Fakes.ActiveMemberships(Seats.Rep, Dates.AsOf, firstId: 100).Generate(6);
        var carers = Fakes.ActiveMemberships(Seats.Carer, Dates.AsOf, firstId: 200).Generate(5);

        var report = CompositionCheck.Evaluate(Standard, [.. CoChairPair(), .. reps, .. carers], Dates.AsOf);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.IsHealthy, Is.True, string.Join(" ", report.Problems));
            Assert.That(Fill(report, Seats.Rep).Filled, Is.EqualTo(7));
            Assert.That(Fill(report, Seats.Rep).Vacancies, Is.EqualTo(3));
            Assert.That(Fill(report, Seats.Carer).Vacancies, Is.Zero);
            Assert.That(Fill(report, Seats.Councillor).Vacancies, Is.Zero);
            Assert.That(Fill(report, Seats.Partner).Vacancies, Is.EqualTo(6));
            Assert.That(report.TotalVacancies, Is.EqualTo(3 + 6));
            Assert.That(report.EndingSoon, Is.Empty);
        }
    }

    [Test]
    public void Evaluate_EndedAndFutureTerms_DoNotFillSeats()
    {
        var ended = A.Membership(10).To(Dates.AsOf.AddDays(-1)).Build();
        var future = A.Membership(11).From(Dates.AsOf.AddDays(1)).Build();

        var report = CompositionCheck.Evaluate(Standard, [.. CoChairPair(), ended, future], Dates.AsOf);

        Assert.That(Fill(report, Seats.Rep).Filled, Is.EqualTo(1));
    }

    [Test]
    public void Evaluate_MorePeopleThanSeats_ReportsOverfilledSeat()
    {
        var secondCouncillor = A.Membership(3).InSeat(Seats.Councillor).Build();

        var report = CompositionCheck.Evaluate(Standard, [.. CoChairPair(), secondCouncillor], Dates.AsOf);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Fill(report, Seats.Councillor).IsOverfilled, Is.True);
            Assert.That(Fill(report, Seats.Councillor).Vacancies, Is.Zero);
            Assert.That(report.IsHealthy, Is.False);
            Assert.That(report.Problems, Does.Contain("Councillor: 2 people hold 1 seats."));
        }
    }

    // Terms ending within 60 days are flagged so the groups can hold elections in time.
    [TestCase(0, true)]
    [TestCase(1, true)]
    [TestCase(59, true)]
    [TestCase(60, true)]
    [TestCase(61, false)]
    [TestCase(365, false)]
    public void Evaluate_TermEndingInDays_FlagsWithinSixtyDays(int daysLeft, bool expectedFlagged)
    {
        var ending = A.Membership(10).To(Dates.AsOf.AddDays(daysLeft)).Build();

        var report = CompositionCheck.Evaluate(Standard, [.. CoChairPair(), ending], Dates.AsOf);

        var flaggedDays = report.EndingSoon.Where(e => e.Membership == ending).Select(e => e.DaysLeft);
        Assert.That(flaggedDays, Is.EqualTo(expectedFlagged ? new[] { daysLeft } : []));
    }

    [Test]
    public void Evaluate_TermWithNoEndDate_IsNotEndingSoon()
    {
        var openEnded = A.Membership(10).To(null).Build();

        var report = CompositionCheck.Evaluate(Standard, [.. CoChairPair(), openEnded], Dates.AsOf);

        Assert.That(report.EndingSoon, Is.Empty);
    }

    [Test]
    public void Evaluate_TermEndedYesterday_IsNotEndingSoon()
    {
        var ended = A.Membership(10).To(Dates.AsOf.AddDays(-1)).Build();

        var report = CompositionCheck.Evaluate(Standard, [.. CoChairPair(), ended], Dates.AsOf);

        Assert.That(report.EndingSoon, Is.Empty);
    }

    [Test]
    public void Evaluate_SeveralTermsEndingSoon_SoonestFirst()
    {
        var inForty = A.Membership(10).To(Dates.AsOf.AddDays(40)).Build();
        var inFive = A.Membership(11).InSeat(Seats.Carer).To(Dates.AsOf.AddDays(5)).Build();
        var inTwenty = A.Membership(12).To(Dates.AsOf.AddDays(20)).Build();

        var report = CompositionCheck.Evaluate(Standard, [.. CoChairPair(), inForty, inFive, inTwenty], Dates.AsOf);

        Assert.That(report.EndingSoon.Select(e => e.DaysLeft), Is.EqualTo(new[] { 5, 20, 40 }));
    }

    // Quorum needs a number of Reps present; it can never be met if there are fewer Rep seats that vote.
    [TestCase(3, 10, false)]
    [TestCase(10, 10, false)]
    [TestCase(11, 10, true)]
    [TestCase(0, 0, false)]
    [TestCase(1, 0, true)]
    public void Evaluate_QuorumRepsAgainstRepSeats_ReportsImpossibleQuorum(int minimumReps, int repSeats, bool expectedProblem)
    {
        var constitution = Constitutions.Standard(repSeats: repSeats, minimumReps: minimumReps);

        var report = CompositionCheck.Evaluate(constitution, CoChairPair(), Dates.AsOf);

        var quorumProblems = report.Problems.Where(p => p.StartsWith("The quorum needs", StringComparison.Ordinal));
        Assert.That(quorumProblems, expectedProblem
            ? Is.EqualTo(new[] { $"The quorum needs {minimumReps} Reps but there are only {repSeats} Rep seats that vote." })
            : Is.Empty);
    }

    [Test]
    public void Evaluate_RepSeatsThatDoNotVote_DoNotCountTowardsQuorum()
    {
        var repsDoNotVote = Standard with
        {
            SeatTypes = [.. Standard.SeatTypes.Select(s => s.Code == Seats.Rep ? s with { Votes = false } : s)],
        };

        var report = CompositionCheck.Evaluate(repsDoNotVote, CoChairPair(), Dates.AsOf);

        Assert.That(report.Problems, Does.Contain("The quorum needs 3 Reps but there are only 0 Rep seats that vote."));
    }

    [Test]
    public void Evaluate_MembershipInSeatNotInRules_ReportsIt()
    {
        var orphan = A.Membership(10).InSeat("observer").Build();

        var report = CompositionCheck.Evaluate(Standard, [.. CoChairPair(), orphan], Dates.AsOf);

        Assert.That(report.Problems, Does.Contain("A membership uses the seat \"observer\", which is not in the board's rules."));
    }

    [Test]
    public void Evaluate_NoCoChairs_IncludesCoChairProblems()
    {
        var report = CompositionCheck.Evaluate(Standard, [A.Membership(1).Build()], Dates.AsOf);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.CoChairs.IsValid, Is.False);
            Assert.That(report.IsHealthy, Is.False);
            Assert.That(report.Problems, Is.SupersetOf(report.CoChairs.Problems));
        }
    }

    private static SeatFill Fill(CompositionReport report, string seatCode) =>
        report.Seats.Single(s => s.Seat.Code == seatCode);
}

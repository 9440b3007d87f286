using Board.Core.Composition;

namespace Board.Tests.Core.Composition;

public sealed class CoChairsTests
{
    // The standard board is co-chaired by a councillor and a Rep, so a Rep always shares the chair.
    private static readonly Constitution Standard = Constitutions.Standard();

    [Test]
    public void Evaluate_NoCoChairs_IsInvalidWithOneProblemPerRequiredSeat()
    {
        var members = new[] { A.Membership(1).Build(), A.Membership(2).InSeat(Seats.Councillor).Build() };

        var check = CoChairs.Evaluate(Standard, members, Dates.AsOf);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.IsValid, Is.False);
            Assert.That(check.CoChairs, Is.Empty);
            Assert.That(check.Problems, Is.EqualTo(new[]
            {
                "There is no co-chair from the Councillor seats.",
                "There is no co-chair from the Rep seats.",
            }));
        }
    }

    [Test]
    public void Evaluate_OneCoChairFromEachRequiredSeat_IsValid()
    {
        var councillor = A.Membership(1).InSeat(Seats.Councillor).AsCoChair().Build();
        var rep = A.Membership(2).AsCoChair().Build();
        var otherRep = A.Membership(3).Build();

        var check = CoChairs.Evaluate(Standard, [councillor, rep, otherRep], Dates.AsOf);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.IsValid, Is.True);
            Assert.That(check.Problems, Is.Empty);
            Assert.That(check.CoChairs, Is.EquivalentTo(new[] { councillor, rep }));
        }
    }

    [Test]
    public void Evaluate_TwoCoChairsFromRepSeats_IsInvalid()
    {
        var councillor = A.Membership(1).InSeat(Seats.Councillor).AsCoChair().Build();
        var rep = A.Membership(2).AsCoChair().Build();
        var secondRep = A.Membership(3).AsCoChair().Build();

        var check = CoChairs.Evaluate(Standard, [councillor, rep, secondRep], Dates.AsOf);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.IsValid, Is.False);
            Assert.That(check.Problems, Is.EqualTo(new[] { "There are 2 co-chairs from the Rep seats. There should be one." }));
        }
    }

    [Test]
    public void Evaluate_CoChairFromSeatNotAllowed_IsInvalid()
    {
        var councillor = A.Membership(1).InSeat(Seats.Councillor).AsCoChair().Build();
        var rep = A.Membership(2).AsCoChair().Build();
        var carer = A.Membership(3).InSeat(Seats.Carer).AsCoChair().Build();

        var check = CoChairs.Evaluate(Standard, [councillor, rep, carer], Dates.AsOf);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.IsValid, Is.False);
            Assert.That(check.Problems, Is.EqualTo(new[] { "A Family carer member cannot be a co-chair under the board's rules." }));
        }
    }

    [Test]
    public void Evaluate_RepCoChairWhoseTermEnded_DoesNotCount()
    {
        var councillor = A.Membership(1).InSeat(Seats.Councillor).AsCoChair().Build();
        var endedRep = A.Membership(2).AsCoChair().To(Dates.AsOf.AddDays(-1)).Build();

        var check = CoChairs.Evaluate(Standard, [councillor, endedRep], Dates.AsOf);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.IsValid, Is.False);
            Assert.That(check.CoChairs, Is.EqualTo(new[] { councillor }));
            Assert.That(check.Problems, Is.EqualTo(new[] { "There is no co-chair from the Rep seats." }));
        }
    }

    [Test]
    public void Evaluate_SeatCodeInOtherCase_MatchesRequiredSeat()
    {
        var councillor = A.Membership(1).InSeat("Councillor").AsCoChair().Build();
        var rep = A.Membership(2).InSeat("REP").ElectedBy(Constitutions.GroupId).AsCoChair().Build();

        var check = CoChairs.Evaluate(Standard, [councillor, rep], Dates.AsOf);

        Assert.That(check.IsValid, Is.True);
    }

    [Test]
    public void ProblemWithNewCoChair_SeatNotAllowed_NamesTheSeatsThatAre()
    {
        var problem = CoChairs.ProblemWithNewCoChair(Standard, [], Seats.Carer, Dates.AsOf, null);

        Assert.That(problem, Is.EqualTo("Only members in these seats can be co-chair: Councillor, Rep."));
    }

    [Test]
    public void ProblemWithNewCoChair_SeatAlreadyHasActiveCoChair_SaysItIsTaken()
    {
        var rep = A.Membership(1).AsCoChair().Build();

        var problem = CoChairs.ProblemWithNewCoChair(Standard, [rep], Seats.Rep, Dates.AsOf, null);

        Assert.That(problem, Does.StartWith("There is already a co-chair from this kind of seat for some of these dates."));
    }

    [Test]
    public void ProblemWithNewCoChair_OtherSeatHasCoChair_IsNull()
    {
        var councillor = A.Membership(1).InSeat(Seats.Councillor).AsCoChair().Build();

        var problem = CoChairs.ProblemWithNewCoChair(Standard, [councillor], Seats.Rep, Dates.AsOf, null);

        Assert.That(problem, Is.Null);
    }

    [Test]
    public void ProblemWithNewCoChair_PreviousCoChairTermEnded_IsNull()
    {
        var endedRep = A.Membership(1).AsCoChair().To(Dates.AsOf.AddDays(-1)).Build();

        var problem = CoChairs.ProblemWithNewCoChair(Standard, [endedRep], Seats.Rep, Dates.AsOf, null);

        Assert.That(problem, Is.Null);
    }

    [Test]
    public void ProblemWithNewCoChair_CoChairBookedToStartLater_SaysItIsTaken()
    {
        var laterRep = A.Membership(1).AsCoChair().From(Dates.AsOf.AddMonths(6)).Build();

        var problem = CoChairs.ProblemWithNewCoChair(Standard, [laterRep], Seats.Rep, Dates.AsOf, null);

        Assert.That(problem, Is.Not.Null);
    }

    [Test]
    public void ProblemWithNewCoChair_NewTermEndsBeforeTheOtherStarts_IsNull()
    {
        var laterRep = A.Membership(1).AsCoChair().From(Dates.AsOf.AddMonths(6)).Build();

        var problem = CoChairs.ProblemWithNewCoChair(Standard, [laterRep], Seats.Rep, Dates.AsOf, Dates.AsOf.AddMonths(6).AddDays(-1));

        Assert.That(problem, Is.Null);
    }
}

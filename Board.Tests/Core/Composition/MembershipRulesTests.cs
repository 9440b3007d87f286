using Board.Core.Composition;

namespace Board.Tests.Core.Composition;

public sealed class MembershipRulesTests
{
    private static readonly Constitution Standard = Constitutions.Standard();
    private static readonly long[] BoardGroups = [Constitutions.GroupId];
    private static readonly Person NewRep = A.Person(50, Role.Rep, "Sam Rep");
    private static readonly Person NewPartner = A.Person(51, Role.Partner, "Pat Partner");

    /// <summary>A valid new Rep membership from today, open-ended, elected by the board's group.</summary>
    private static MembershipDraft RepDraft() =>
        new(ExistingId: null, NewRep, Seats.Rep, Dates.AsOf, TermTo: null, IsCoChair: false, Constitutions.GroupId);

    private static MembershipDraft CouncillorDraft() =>
        new(ExistingId: null, NewPartner, Seats.Councillor, Dates.AsOf, TermTo: null, IsCoChair: false, ElectedByGroupId: null);

    private static IReadOnlyList<RuleError> Validate(MembershipDraft draft, params Membership[] boardMemberships) =>
        MembershipRules.Validate(draft, Standard, boardMemberships, BoardGroups);

    [Test]
    public void Validate_NewRepInFreeSeat_HasNoErrors()
    {
        var errors = Validate(RepDraft(), A.Membership(1).Build());

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Validate_UnknownSeat_AsksToChooseSeat()
    {
        var errors = Validate(RepDraft() with { SeatCode = "observer" });

        Assert.That(errors, Is.EqualTo(new[] { new RuleError(nameof(MembershipDraft.SeatCode), "Choose a seat from the list.") }));
    }

    [TestCase("2026-06-01", "2026-05-31", true, TestName = "Validate_TermEndsDayBeforeStart_HasTermToError")]
    [TestCase("2026-06-01", "2026-06-01", false, TestName = "Validate_TermEndsOnStartDay_IsAllowed")]
    [TestCase("2026-06-01", "2029-05-31", false, TestName = "Validate_TermEndsAfterStart_IsAllowed")]
    public void Validate_TermEndAgainstStart_RejectsEndBeforeStart(string from, string to, bool expectedError)
    {
        var draft = RepDraft() with { TermFrom = Dates.Parse(from), TermTo = Dates.Parse(to) };

        var errors = Validate(draft);

        Assert.That(errors.Where(e => e.Field == nameof(MembershipDraft.TermTo)).Select(e => e.Message),
            expectedError ? Is.EqualTo(new[] { "The end of the term must be on or after the start." }) : Is.Empty);
    }

    // The person already holds a seat 2025-04-01 to 2026-03-31; both ends are inclusive.
    [TestCase("2025-01-01", "2025-03-31", false, TestName = "Validate_SamePersonTermEndsDayBeforeExisting_IsAllowed")]
    [TestCase("2025-01-01", "2025-04-01", true, TestName = "Validate_SamePersonTermEndsOnExistingFirstDay_Clashes")]
    [TestCase("2025-10-01", "2025-12-31", true, TestName = "Validate_SamePersonTermInsideExisting_Clashes")]
    [TestCase("2026-03-31", null, true, TestName = "Validate_SamePersonStartsOnExistingLastDay_Clashes")]
    [TestCase("2026-04-01", null, false, TestName = "Validate_SamePersonStartsDayAfterExistingEnds_IsAllowed")]
    public void Validate_SamePersonOverlappingDates_ReportsDuplicate(string from, string? to, bool expectedClash)
    {
        var existing = A.Membership(1).ForPerson(NewRep.Id).Between(Dates.Parse("2025-04-01"), Dates.Parse("2026-03-31")).Build();
        var draft = RepDraft() with { TermFrom = Dates.Parse(from), TermTo = Dates.ParseOrNull(to) };

        var errors = Validate(draft, existing);

        Assert.That(errors.Any(e => e.Message.Contains("already has a seat on this board", StringComparison.Ordinal)), Is.EqualTo(expectedClash));
    }

    [Test]
    public void Validate_SamePersonExistingTermOpenEnded_ClashesWithAnyLaterTerm()
    {
        var existing = A.Membership(1).ForPerson(NewRep.Id).InSeat(Seats.Carer).To(null).Build();
        var draft = RepDraft() with { TermFrom = Dates.Parse("2030-01-01") };

        var errors = Validate(draft, existing);

        Assert.That(errors, Has.Some.EqualTo(new RuleError(nameof(MembershipDraft.SeatCode),
            "Sam Rep already has a seat on this board for some of these dates. Change that membership instead.")));
    }

    [Test]
    public void Validate_SeatFullForThoseDates_ReportsSeatTaken()
    {
        var councillor = A.Membership(1).InSeat(Seats.Councillor).Between(Dates.Parse("2025-04-01"), Dates.Parse("2026-12-31")).Build();

        var errors = Validate(CouncillorDraft(), councillor);

        Assert.That(errors, Is.EqualTo(new[]
        {
            new RuleError(nameof(MembershipDraft.SeatCode),
                "All 1 Councillor seats are taken for these dates. End another term first, or add a seat in the board's rules."),
        }));
    }

    [TestCase("2026-05-31", false, TestName = "Validate_EarlierHolderEndedDayBeforeStart_SeatIsFree")]
    [TestCase("2026-06-01", true, TestName = "Validate_EarlierHolderEndsOnStartDay_SeatIsFull")]
    public void Validate_EarlierHolderTermEnd_DecidesWhetherSeatIsFree(string holderTermTo, bool expectedFull)
    {
        var councillor = A.Membership(1).InSeat(Seats.Councillor).Between(Dates.TermStart, Dates.Parse(holderTermTo)).Build();

        var errors = Validate(CouncillorDraft(), councillor);

        Assert.That(errors.Any(e => e.Message.StartsWith("All 1 Councillor seats are taken", StringComparison.Ordinal)), Is.EqualTo(expectedFull));
    }

    [Test]
    public void Validate_NextHolderAlreadyBookedInsideOpenEndedTerm_SeatIsFull()
    {
        var nextCouncillor = A.Membership(1).InSeat(Seats.Councillor).Between(Dates.Parse("2027-04-01"), null).Build();

        var errors = Validate(CouncillorDraft(), nextCouncillor);

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { nameof(MembershipDraft.SeatCode) }));
    }

    [Test]
    public void Validate_TwoHoldersOneAfterTheOther_FillOnlyOneOfTwoSeats()
    {
        var twoCouncillorSeats = Constitutions.Standard(councillorSeats: 2);
        var first = A.Membership(1).InSeat(Seats.Councillor).Between(Dates.Parse("2025-04-01"), Dates.Parse("2026-12-31")).Build();
        var second = A.Membership(2).InSeat(Seats.Councillor).Between(Dates.Parse("2027-01-01"), null).Build();

        var errors = MembershipRules.Validate(CouncillorDraft(), twoCouncillorSeats, [first, second], BoardGroups);

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Validate_SeatFullOfFakedReps_ReportsSeatTaken()
    {
        var reps = Fakes.ActiveMemberships(Seats.Rep, Dates.AsOf).Generate(10);

        var errors = Validate(RepDraft(), [.. reps]);

        Assert.That(errors.Select(e => e.Message), Has.One.StartsWith("All 10 Rep seats are taken"));
    }

    [TestCase(Role.FamilyCarer)]
    [TestCase(Role.Partner)]
    [TestCase(Role.Supporter)]
    public void Validate_NonRepInRepSeat_ReportsOnlyRepsCanHoldIt(Role role)
    {
        var draft = RepDraft() with { Person = A.Person(60, role, "Alex") };

        var errors = Validate(draft);

        Assert.That(errors, Is.EqualTo(new[]
        {
            new RuleError(nameof(MembershipDraft.SeatCode), "Only Reps can hold a Rep seat. Alex is not a Rep."),
        }));
    }

    [Test]
    public void Validate_RepInNonRepSeat_IsAllowed()
    {
        var draft = RepDraft() with { SeatCode = Seats.Carer, ElectedByGroupId = null };

        var errors = Validate(draft);

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Validate_RepSeatWithoutElectingGroup_AsksForGroup()
    {
        var errors = Validate(RepDraft() with { ElectedByGroupId = null });

        Assert.That(errors, Is.EqualTo(new[]
        {
            new RuleError(nameof(MembershipDraft.ElectedByGroupId), "Choose the self-advocacy group that elected this Rep."),
        }));
    }

    [Test]
    public void Validate_GroupFromAnotherBoard_AsksForGroupFromThisBoard()
    {
        var errors = Validate(RepDraft() with { ElectedByGroupId = Constitutions.OtherBoardGroupId });

        Assert.That(errors, Is.EqualTo(new[]
        {
            new RuleError(nameof(MembershipDraft.ElectedByGroupId), "Choose a self-advocacy group from this board."),
        }));
    }

    [Test]
    public void Validate_CoChairSeatAlreadyTaken_ReportsOnIsCoChair()
    {
        var repCoChair = A.Membership(1).AsCoChair().Build();

        var errors = Validate(RepDraft() with { IsCoChair = true }, repCoChair);

        Assert.That(errors, Is.EqualTo(new[]
        {
            new RuleError(nameof(MembershipDraft.IsCoChair),
                "There is already a co-chair from this kind of seat for some of these dates. Remove them as co-chair first."),
        }));
    }

    [Test]
    public void Validate_CoChairFromOtherSeatType_IsAllowed()
    {
        var councillorCoChair = A.Membership(1).InSeat(Seats.Councillor).AsCoChair().Build();

        var errors = Validate(RepDraft() with { IsCoChair = true }, councillorCoChair);

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Validate_CoChairAfterPreviousCoChairTermEnds_IsAllowed()
    {
        var repCoChair = A.Membership(1).AsCoChair().To(Dates.Parse("2026-12-31")).Build();
        var draft = RepDraft() with { TermFrom = Dates.Parse("2027-01-01"), IsCoChair = true };

        var errors = Validate(draft, repCoChair);

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Validate_CoChairFromSeatNotAllowed_ReportsOnIsCoChair()
    {
        var draft = RepDraft() with { SeatCode = Seats.Carer, ElectedByGroupId = null, IsCoChair = true };

        var errors = Validate(draft);

        Assert.That(errors, Is.EqualTo(new[]
        {
            new RuleError(nameof(MembershipDraft.IsCoChair), "Only members in these seats can be co-chair: Councillor, Rep."),
        }));
    }

    [Test]
    public void Validate_EditingExistingMembership_DoesNotClashWithItself()
    {
        // The only councillor seat, held by this person as co-chair: saving it again must not find it full, taken or duplicated.
        var existing = A.Membership(7).ForPerson(NewPartner.Id).InSeat(Seats.Councillor).AsCoChair().Between(Dates.TermStart, null).Build();
        var draft = CouncillorDraft() with
        {
            ExistingId = existing.Id,
            TermFrom = existing.TermFrom,
            TermTo = Dates.TermEnd,
            IsCoChair = true,
        };

        var errors = Validate(draft, existing);

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Validate_NewMembershipSameAsExistingOne_ClashesOnEveryRule()
    {
        // The same draft without ExistingId is a second membership, and each rule sees the first one.
        var existing = A.Membership(7).ForPerson(NewPartner.Id).InSeat(Seats.Councillor).AsCoChair().Between(Dates.TermStart, null).Build();
        var draft = CouncillorDraft() with { TermFrom = existing.TermFrom, IsCoChair = true };

        var errors = Validate(draft, existing);

        Assert.That(errors.Select(e => e.Field), Is.EquivalentTo(new[]
        {
            nameof(MembershipDraft.SeatCode),
            nameof(MembershipDraft.SeatCode),
            nameof(MembershipDraft.IsCoChair),
        }));
    }
}

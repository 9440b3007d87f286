using Board.Core.Payments;

namespace Board.Tests.Core.Payments;

public sealed class ClaimTotalsTests
{
    // A meeting at £30, preparation at £10, travel £4.50 and a carer £20.
    private static readonly ClaimInput Meeting = new(RateKind.Meeting, 0, Preparation: true, TravelPence: 450, CarerPence: 2000);

    [TestCase(PaymentChoice.PaidToMe, null, 4000L, 0L, 0L, 6450L)]
    [TestCase(PaymentChoice.Vouchers, null, 0L, 4000L, 0L, 6450L)]
    [TestCase(PaymentChoice.ExpensesOnly, null, 0L, 0L, 0L, 2450L)]
    [TestCase(PaymentChoice.Declined, null, 0L, 0L, 0L, 2450L)]
    [TestCase(PaymentChoice.LowerAmount, 1500L, 1500L, 0L, 0L, 3950L)]
    [TestCase(PaymentChoice.LowerAmount, 9000L, 4000L, 0L, 0L, 6450L)]
    [TestCase(PaymentChoice.ToCharity, null, 0L, 0L, 4000L, 6450L)]
    public void Compute_EachChoice_PaysTimeItsWayAndAlwaysPaysExpensesBack(
        PaymentChoice choice, long? lower, long toPerson, long vouchers, long charity, long total)
    {
        var result = ClaimTotals.Compute(Meeting, 3000, 1000, new PaymentSetting(choice, lower, "Mencap"));

        Assert.Multiple(() =>
        {
            Assert.That(result.TimeEarnedPence, Is.EqualTo(4000));
            Assert.That(result.FeeToPersonPence, Is.EqualTo(toPerson));
            Assert.That(result.VouchersPence, Is.EqualTo(vouchers));
            Assert.That(result.ToCharityPence, Is.EqualTo(charity));
            Assert.That(result.ExpensesPence, Is.EqualTo(2450), "travel and carer costs are paid back whatever the choice");
            Assert.That(result.TotalPence, Is.EqualTo(total));
            Assert.That(result.Explanation, Is.Not.Empty);
        });
    }

    [TestCase(120, 1250L, 2500L)]
    [TestCase(150, 1250L, 3125L)]
    [TestCase(50, 1000L, 833L)]
    public void Compute_PerHour_IsTheRateTimesTheTime(int minutes, long rate, long expected) =>
        Assert.That(ClaimTotals.Compute(new ClaimInput(RateKind.PerHour, minutes, false, 0, 0), rate, 0, PaymentSetting.Default).TimeEarnedPence,
            Is.EqualTo(expected));

    [TestCase(true, true, false, true, 120, new string[0])]
    [TestCase(true, false, false, true, 120, new[] { "Meeting" })]
    [TestCase(false, true, false, true, 120, new[] { "Meeting" })]
    [TestCase(true, true, true, true, 120, new[] { "Meeting" })]
    [TestCase(true, true, false, false, 120, new[] { "TimeKind" })]
    [TestCase(true, true, false, true, 0, new[] { "Hours" })]
    [TestCase(true, true, false, true, 13 * 60, new[] { "Hours" })]
    public void Check_PerHourClaim_RefusesWhatCannotBeRight(bool over, bool attended, bool already, bool hasRate, int minutes, string[] fields)
    {
        var rate = hasRate ? new Rate(1, RateKind.PerHour, 1250, new DateOnly(2025, 4, 1), null) : null;

        var errors = ClaimRules.Check(new ClaimInput(RateKind.PerHour, minutes, false, 0, 0), over, attended, already, rate);

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(fields));
    }

    [TestCase(ClaimState.Submitted, true, false, false)]
    [TestCase(ClaimState.Queried, false, true, false)]
    [TestCase(ClaimState.Approved, false, false, true)]
    [TestCase(ClaimState.Rejected, false, false, false)]
    [TestCase(ClaimState.Paid, false, false, false)]
    public void States_AllowOnlyTheNextStep(ClaimState state, bool decide, bool amend, bool pay) =>
        Assert.That((ClaimRules.CanDecide(state), ClaimRules.CanAmend(state), ClaimRules.CanRecordPayment(state)), Is.EqualTo((decide, amend, pay)));

    [TestCase(null, null, 120)]           // no times: the whole meeting
    [TestCase(30, null, 90)]              // came half an hour late
    [TestCase(null, 61, 75)]              // left after an hour: rounded up to the quarter
    [TestCase(-20, null, 120)]            // arrived early: counted from the start
    [TestCase(200, null, 120)]            // marked after the end: the whole meeting, to change if wrong
    public void AttendedMinutes_FromArrivalToLeaving_RoundedUpToAQuarter(int? arrivedAfter, int? leftAfter, int expected)
    {
        var start = new DateTime(2026, 5, 1, 10, 0, 0);
        Assert.That(ClaimRules.AttendedMinutes(start, start.AddHours(2), arrivedAfter is { } a ? start.AddMinutes(a) : null,
            leftAfter is { } l ? start.AddMinutes(l) : null), Is.EqualTo(expected));
    }

    [TestCase(PaymentChoice.Vouchers, false, null, null, "Choice")]
    [TestCase(PaymentChoice.Vouchers, true, null, null, null)]
    [TestCase(PaymentChoice.LowerAmount, false, null, null, "LowerAmount")]
    [TestCase(PaymentChoice.LowerAmount, false, 1000L, null, null)]
    [TestCase(PaymentChoice.ToCharity, false, null, " ", "Charity")]
    [TestCase(PaymentChoice.ToCharity, false, null, "Mencap", null)]
    [TestCase(PaymentChoice.Declined, false, null, null, null)]
    public void CheckChoice_AsksForWhatTheChoiceNeeds(PaymentChoice choice, bool vouchersOffered, long? lower, string? charity, string? field) =>
        Assert.That(PaymentChoices.Check(new PaymentSetting(choice, lower, charity), vouchersOffered).Select(e => e.Field).SingleOrDefault(), Is.EqualTo(field));

    [Test]
    public void BenefitsReminder_SaysExpensesAreNotEarningsAndWhereToAsk() =>
        Assert.That(string.Join(" ", PaymentChoices.BenefitsReminder), Does.Contain("not earnings").And.Contain("advice").And.Contain("benefits"));
}

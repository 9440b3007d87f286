using Board.Core.Documents;
using Board.Core.Payments;
using Board.Tests.Documents;

namespace Board.Tests.Core.Documents;

public sealed class StatementDocumentsTests
{
    private static IEnumerable<string> Sentences(DocumentContent content) =>
        content.Sections.SelectMany(s => s.Blocks).OfType<PictureRow>().SelectMany(r => r.Sentences);

    [Test]
    public void EasyRead_HasTheSectionsInOrder()
    {
        var content = SampleStatement.EasyRead();

        Assert.That(content.Sections.Select(s => s.Heading), Is.EqualTo(new[]
        {
            "About this statement", "Your money in 2026", "How you chose to be paid", "Meetings you claimed for", "Hard words",
        }));
        Assert.That(content.Title, Is.EqualTo("Riverside Partnership Board: money for meetings for Sam Rep, 2026"));
    }

    // Each case: the choice, and the totals of two agreed claims (£25 time, £4.50 travel, £10 carer each) by kind.
    [TestCase(PaymentChoice.PaidToMe, 5000, 0, 0)]
    [TestCase(PaymentChoice.Vouchers, 0, 5000, 0)]
    [TestCase(PaymentChoice.ToCharity, 0, 0, 5000)]
    [TestCase(PaymentChoice.Declined, 0, 0, 0)]
    [TestCase(PaymentChoice.ExpensesOnly, 0, 0, 0)]
    public void Totals_ByKind_FollowTheChoice(PaymentChoice choice, long time, long vouchers, long charity)
    {
        var setting = new PaymentSetting(choice, Charity: choice == PaymentChoice.ToCharity ? "Mencap" : null);
        var totals = StatementTotals.Of([SampleStatement.Claim(1, ClaimState.Paid, setting), SampleStatement.Claim(2, ClaimState.Approved, setting)]);

        Assert.That((totals.TimePence, totals.VouchersPence, totals.ToCharityPence, totals.TravelPence, totals.CarerPence),
            Is.EqualTo((time, vouchers, charity, 900L, 2000L)));
    }

    // Only agreed claims count; paid counts only what a payment record says was paid.
    [TestCase(ClaimState.Paid, true, 3950, 3950)]
    [TestCase(ClaimState.Paid, false, 3950, 0)]
    [TestCase(ClaimState.Approved, false, 3950, 0)]
    [TestCase(ClaimState.Submitted, false, 0, 0)]
    [TestCase(ClaimState.Queried, false, 0, 0)]
    [TestCase(ClaimState.Rejected, false, 0, 0)]
    public void Totals_CountAgreedClaimsAndPaymentsMade(ClaimState state, bool paid, long agreed, long paidPence)
    {
        var totals = StatementTotals.Of([SampleStatement.Claim(3, state, PaymentSetting.Default, paid)]);

        Assert.That((totals.TimePence + totals.TravelPence + totals.CarerPence, totals.PaidPence), Is.EqualTo((agreed, paidPence)));
    }

    [TestCase(ClaimState.Paid, "Paid £39.50 on 28 March 2026.")]
    [TestCase(ClaimState.Approved, "Agreed. Not paid yet.")]
    [TestCase(ClaimState.Submitted, "Waiting to be agreed.")]
    [TestCase(ClaimState.Queried, "The board asked a question about it.")]
    [TestCase(ClaimState.Rejected, "Not agreed.")]
    public void StateSentence_SaysWhatHappened(ClaimState state, string sentence) =>
        Assert.That(StatementDocuments.StateSentence(SampleStatement.Claim(3, state, PaymentSetting.Default)), Is.EqualTo(sentence));

    [TestCase(PaymentChoice.ToCharity, "Give the money for my time to a charity.", "The charity is Mencap.")]
    [TestCase(PaymentChoice.LowerAmount, "Pay me less than the full amount.", "At most £10.00 each meeting.")]
    [TestCase(PaymentChoice.Declined, "Do not pay me for my time.", "Money you spent on travel or a carer is always paid back.")]
    public void EasyRead_SaysTheChoiceInPlainWordsWithTheBenefitsReminder(PaymentChoice choice, string said, string also)
    {
        var setting = new PaymentSetting(choice, choice == PaymentChoice.LowerAmount ? 1000 : null, choice == PaymentChoice.ToCharity ? "Mencap" : null);
        var sentences = Sentences(StatementDocuments.EasyRead(SampleStatement.Facts(setting), SampleYearReport.Pictures, SampleStatement.Money)).ToList();

        Assert.That(sentences, Has.Member(said).And.Member(also));
        Assert.That(sentences, Is.SupersetOf(PaymentChoices.BenefitsReminder));
    }

    [Test]
    public void EasyRead_ListsEveryMeetingClaimedWithItsMoney()
    {
        var content = SampleStatement.EasyRead();
        var meetings = content.Sections.Single(s => s.Heading == "Meetings you claimed for").Blocks.OfType<PictureRow>().ToList();

        Assert.That(meetings, Has.Count.EqualTo(8));
        Assert.That(meetings[0].Heading, Is.EqualTo("Wednesday 14 January 2026"));
        Assert.That(meetings[0].Sentences, Is.EqualTo(new[] { "Board meeting.", "Claimed: £39.50.", "Paid £39.50 on 28 January 2026." }));
        Assert.That(Sentences(content), Has.Member("The board has paid £158.00 so far.").And.Member("Given to a charity: £125.00."));
    }

    [Test]
    public void EasyRead_NoClaims_SaysSo()
    {
        var content = StatementDocuments.EasyRead(SampleStatement.Facts(claims: []), SampleYearReport.Pictures, SampleStatement.Money);

        Assert.That(Sentences(content), Has.Member("You did not claim for any meetings in 2026."));
    }
}

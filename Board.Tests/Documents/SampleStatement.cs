using Board.Core.Documents;
using Board.Core.Payments;

namespace Board.Tests.Documents;

/// <summary>A Rep's yearly statement with fixed content: eight meetings in every claim state, paid to a charity.</summary>
internal static class SampleStatement
{
    public static DocumentPicture Money { get; } = new("money", "The money picture");

    private static readonly ClaimState[] States =
        [ClaimState.Paid, ClaimState.Paid, ClaimState.Approved, ClaimState.Submitted, ClaimState.Queried, ClaimState.Rejected, ClaimState.Paid, ClaimState.Paid];

    /// <summary>A claim for a meeting: £25 for time, given as <paramref name="setting"/> says, plus £4.50 travel and £10 carer costs.</summary>
    public static StatementClaim Claim(int month, ClaimState state, PaymentSetting setting, bool paid = true)
    {
        var total = ClaimTotals.Compute(new ClaimInput(RateKind.Meeting, 0, false, 450, 1000), 2500, 0, setting);
        return new StatementClaim(new DateTime(2026, month, 14, 10, 30, 0), "Board meeting", state, total,
            state == ClaimState.Paid && paid ? total.TotalPence : null, state == ClaimState.Paid && paid ? new DateOnly(2026, month, 28) : null);
    }

    public static StatementFacts Facts(PaymentSetting? setting = null, IReadOnlyList<StatementClaim>? claims = null)
    {
        var choice = setting ?? new PaymentSetting(PaymentChoice.ToCharity, Charity: "Mencap");
        return new(SampleDocuments.BoardName, "Sam Rep", 2026, new DateOnly(2027, 1, 10), choice,
            claims ?? States.Select((s, i) => Claim(1 + i, s, choice)).ToList());
    }

    public static DocumentContent EasyRead() => StatementDocuments.EasyRead(Facts(), SampleYearReport.Pictures, Money);
}

using Board.Core.Composition;

namespace Board.Core.Payments;

/// <summary>
/// A claim is made after a meeting, then approved, queried (back to the person with a reason) or rejected, and an
/// approved claim is paid. A queried claim can be amended and sent again.
/// </summary>
public enum ClaimState
{
    Submitted,
    Queried,
    Approved,
    Rejected,
    Paid,
}

/// <summary>What a person (or their supporter) asks for. <paramref name="Minutes"/> counts only for a per-hour rate.</summary>
public sealed record ClaimInput(RateKind TimeKind, int Minutes, bool Preparation, long TravelPence, long CarerPence);

/// <summary>
/// A claim's money, worked out from the rates applied and the person's choice. <paramref name="Explanation"/> says
/// why, in plain sentences, so the claim page, the approver and the statement show the same reasoning.
/// </summary>
public sealed record ClaimTotal(
    long TimeEarnedPence,
    long FeeToPersonPence,
    long VouchersPence,
    long ToCharityPence,
    long TravelPence,
    long CarerPence,
    IReadOnlyList<string> Explanation)
{
    public long ExpensesPence => TravelPence + CarerPence;

    /// <summary>What the board pays out in all: to the person, as vouchers, or to the charity.</summary>
    public long TotalPence => FeeToPersonPence + VouchersPence + ToCharityPence + ExpensesPence;
}

public static class ClaimTotals
{
    /// <summary>
    /// The money for a claim at the rates applied. Declined and expenses-only pay nothing for time, but travel and
    /// carer costs are always paid back (they are not earnings). A lower amount caps the time payment, never expenses.
    /// </summary>
    public static ClaimTotal Compute(ClaimInput input, long timeRatePence, long prepRatePence, PaymentSetting setting)
    {
        var time = input.TimeKind == RateKind.PerHour
            ? (long)Math.Round(timeRatePence * input.Minutes / 60m, MidpointRounding.AwayFromZero)
            : timeRatePence;
        var earned = time + (input.Preparation ? prepRatePence : 0);
        var lines = new List<string> { $"Your time: {Money.Format(earned)}." };
        long toPerson = 0, vouchers = 0, charity = 0;
        switch (setting.Choice)
        {
            case PaymentChoice.PaidToMe:
                toPerson = earned;
                lines.Add($"You are paid {Money.Format(earned)} for your time.");
                break;
            case PaymentChoice.Vouchers:
                vouchers = earned;
                lines.Add($"You get {Money.Format(earned)} in vouchers for your time.");
                break;
            case PaymentChoice.ExpensesOnly:
                lines.Add("You chose to be paid back only what you spent. You are not paid for your time.");
                break;
            case PaymentChoice.Declined:
                lines.Add("You chose not to be paid for your time.");
                break;
            case PaymentChoice.LowerAmount:
                toPerson = Math.Min(earned, setting.LowerAmountPence ?? 0);
                lines.Add($"You chose to be paid less. You are paid {Money.Format(toPerson)} for your time.");
                break;
            case PaymentChoice.ToCharity:
                charity = earned;
                lines.Add($"{Money.Format(earned)} for your time goes to {setting.Charity}.");
                break;
        }
        if (input.TravelPence + input.CarerPence > 0)
            lines.Add($"You are paid back {Money.Format(input.TravelPence + input.CarerPence)} you spent on travel and care.");
        return new ClaimTotal(earned, toPerson, vouchers, charity, input.TravelPence, input.CarerPence, lines);
    }
}

/// <summary>Why a claim cannot be made as asked, one plain message a field.</summary>
public static class ClaimRules
{
    /// <summary>The longest time one meeting's claim may be for: longer is a typing mistake.</summary>
    public const int MaxMinutes = 12 * 60;

    public const int MaxReasonLength = 1000;

    /// <summary>
    /// Checks a claim before it is saved: the person came to the meeting, has not claimed for it already (unless
    /// this is the queried claim being amended), the board has a rate for the time on the meeting's day, and the
    /// time is possible.
    /// </summary>
    public static IReadOnlyList<RuleError> Check(ClaimInput input, bool meetingOver, bool attended, bool alreadyClaimed, Rate? timeRate)
    {
        var errors = new List<RuleError>();
        if (!meetingOver)
            errors.Add(new("Meeting", "You can claim when the meeting has finished"));
        else if (!attended)
            errors.Add(new("Meeting", "You were not at this meeting, so you cannot claim for it. Ask the coordinator if this is wrong"));
        if (alreadyClaimed)
            errors.Add(new("Meeting", "You have already claimed for this meeting. You can only claim once for each meeting"));
        if (timeRate is null)
            errors.Add(new("TimeKind", "The board has no rate for this on the day of the meeting. Choose another"));
        if (input.TimeKind == RateKind.PerHour && input.Minutes is <= 0 or > MaxMinutes)
            errors.Add(new("Hours", $"Enter the hours you spent, from a quarter of an hour to {MaxMinutes / 60} hours"));
        return errors;
    }

    /// <summary>The meeting has finished (closed, or its minutes on the way), so its attendance is final.</summary>
    public static bool IsOver(Meetings.MeetingState state) => state >= Meetings.MeetingState.Closed;

    /// <summary>Approve, query or reject only a claim waiting for a decision.</summary>
    public static bool CanDecide(ClaimState state) => state == ClaimState.Submitted;

    /// <summary>The person may change and send again only a claim that was queried.</summary>
    public static bool CanAmend(ClaimState state) => state == ClaimState.Queried;

    /// <summary>A payment is recorded only for an approved claim, once.</summary>
    public static bool CanRecordPayment(ClaimState state) => state == ClaimState.Approved;

    /// <summary>A query or rejection must say why, in words the person can read.</summary>
    public static RuleError? CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? new("Reason", "Say why, in plain words. The person will read it")
        : reason.Trim().Length > MaxReasonLength ? new("Reason", $"The reason must be {MaxReasonLength} letters or fewer")
        : null;

    public static string Describe(ClaimState state) => state switch
    {
        ClaimState.Submitted => "Waiting to be checked",
        ClaimState.Queried => "Question for you",
        ClaimState.Approved => "Agreed, waiting to be paid",
        ClaimState.Rejected => "Not agreed",
        ClaimState.Paid => "Paid",
    };

    /// <summary>The time attended, from arrival to leaving (or the meeting's end), rounded up to a quarter hour, to pre-fill a claim.</summary>
    public static int AttendedMinutes(DateTime meetingStart, DateTime meetingEnd, DateTime? arrivedAt, DateTime? leftAt)
    {
        var from = arrivedAt is { } a && a > meetingStart ? a : meetingStart;
        var to = leftAt ?? meetingEnd;
        var minutes = (int)Math.Ceiling((to - from).TotalMinutes);
        // Times that make no sense (marked after the end): offer the whole meeting, the person can change it.
        if (minutes <= 0)
            minutes = (int)Math.Ceiling((meetingEnd - meetingStart).TotalMinutes);
        return Math.Min(MaxMinutes, (minutes + 14) / 15 * 15);
    }
}

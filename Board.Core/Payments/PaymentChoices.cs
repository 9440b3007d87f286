using Board.Core.Composition;

namespace Board.Core.Payments;

/// <summary>How a person wants to be paid for their time. Expenses are paid back whatever they choose.</summary>
public enum PaymentChoice
{
    PaidToMe,
    Vouchers,
    ExpensesOnly,
    Declined,
    LowerAmount,
    ToCharity,
}

/// <summary>A person's choice; <paramref name="LowerAmountPence"/> is the most they take a claim, <paramref name="Charity"/> who gets it.</summary>
public sealed record PaymentSetting(PaymentChoice Choice, long? LowerAmountPence = null, string? Charity = null)
{
    /// <summary>Nobody has chosen yet: paid to them, the usual way.</summary>
    public static PaymentSetting Default { get; } = new(PaymentChoice.PaidToMe);
}

public static class PaymentChoices
{
    public const int MaxCharityLength = 120;

    /// <summary>The plain words on the choice page, one sentence each (easy read).</summary>
    public static string Describe(PaymentChoice choice) => choice switch
    {
        PaymentChoice.PaidToMe => "Pay me for my time",
        PaymentChoice.Vouchers => "Give me vouchers for my time",
        PaymentChoice.ExpensesOnly => "Only pay back what I spent",
        PaymentChoice.Declined => "Do not pay me for my time",
        PaymentChoice.LowerAmount => "Pay me less than the full amount",
        PaymentChoice.ToCharity => "Give the money for my time to a charity",
    };

    /// <summary>
    /// The benefits reminder, in plain sentences: payment can change benefits, paid-back expenses are not earnings,
    /// and where to ask first. Shown on the choice page and on every claim.
    /// </summary>
    public static IReadOnlyList<string> BenefitsReminder { get; } =
    [
        "Being paid for your time can change your benefits.",
        "Money paid back for travel or a carer is not earnings. It does not change your benefits.",
        "Ask for advice before you choose.",
        "You can ask your supporter, a welfare rights adviser at the council, or Citizens Advice (phone 0800 144 8848).",
    ];

    /// <summary>Checks a choice: vouchers only where the council offers them, a lower amount that is an amount, a charity's name.</summary>
    public static IReadOnlyList<RuleError> Check(PaymentSetting setting, bool boardOffersVouchers)
    {
        var errors = new List<RuleError>();
        if (setting.Choice == PaymentChoice.Vouchers && !boardOffersVouchers)
            errors.Add(new("Choice", "This board does not give vouchers. Choose another way"));
        if (setting.Choice == PaymentChoice.LowerAmount && setting.LowerAmountPence is not (>= 0 and <= Money.MaxPence))
            errors.Add(new("LowerAmount", "Enter the most you want to be paid for each meeting, like 10.00"));
        if (setting.Choice == PaymentChoice.ToCharity)
        {
            if (string.IsNullOrWhiteSpace(setting.Charity))
                errors.Add(new("Charity", "Enter the name of the charity"));
            else if (setting.Charity.Trim().Length > MaxCharityLength)
                errors.Add(new("Charity", $"The charity's name must be {MaxCharityLength} letters or fewer"));
        }
        return errors;
    }

    /// <summary>Only what the choice needs is kept: a lower amount for "less", a charity for "a charity".</summary>
    public static PaymentSetting Normalise(PaymentSetting setting) => setting with
    {
        LowerAmountPence = setting.Choice == PaymentChoice.LowerAmount ? setting.LowerAmountPence : null,
        Charity = setting.Choice == PaymentChoice.ToCharity ? setting.Charity?.Trim() : null,
    };
}

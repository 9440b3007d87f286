using Board.Core.Payments;

namespace Board.Data.Payments;

/// <summary>One claim as stored, with its meeting, its person and its payment record; totals come from Core.</summary>
public sealed record InvolvementClaim
{
    public long Id { get; init; }
    public long BoardId { get; init; }
    public long MeetingId { get; init; }
    public string MeetingTitle { get; init; } = "";
    public DateTime MeetingStartsAt { get; init; }
    public long PersonId { get; init; }
    public string PersonName { get; init; } = "";
    public ClaimState State { get; init; }
    public ClaimInput Input { get; init; } = new(RateKind.Meeting, 0, false, 0, 0);
    public long TimeRatePence { get; init; }
    public long PrepRatePence { get; init; }
    public PaymentSetting Setting { get; init; } = PaymentSetting.Default;
    public string? Note { get; init; }
    public string? QueryReason { get; init; }
    public string? Answer { get; init; }
    public string? DecisionReason { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public long SubmittedBy { get; init; }
    public long Version { get; init; }
    public ClaimPayment? Payment { get; init; }

    public ClaimTotal Total => ClaimTotals.Compute(Input, TimeRatePence, PrepRatePence, Setting);
}

public sealed record ClaimPayment(long AmountPence, DateOnly PaidOn, string Method, string Reference);

public sealed record ClaimReceipt
{
    public long Id { get; init; }
    public long ClaimId { get; init; }
    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public long Length { get; init; }
    public string StoredName { get; init; } = "";
}

/// <summary>A receipt file already checked by content and written under its stored name, to record with a claim.</summary>
public sealed record NewReceipt(string FileName, string ContentType, long Length, string StoredName);

/// <summary>A meeting the person came to that has finished and that they have not claimed for.</summary>
public sealed record UnclaimedMeeting
{
    public long MeetingId { get; init; }
    public string Title { get; init; } = "";
    public DateTime StartsAt { get; init; }
    public DateTime EndsAt { get; init; }
    public DateTime? ArrivedAt { get; init; }
    public DateTime? LeftAt { get; init; }
}

internal sealed class ClaimRow
{
    public long Id { get; init; }
    public long BoardId { get; init; }
    public long MeetingId { get; init; }
    public string MeetingTitle { get; init; } = "";
    public DateTime MeetingStartsAt { get; init; }
    public long PersonId { get; init; }
    public string PersonName { get; init; } = "";
    public string State { get; init; } = "";
    public string TimeKind { get; init; } = "";
    public long Minutes { get; init; }
    public long TimeRatePence { get; init; }
    public bool Preparation { get; init; }
    public long PrepRatePence { get; init; }
    public long TravelPence { get; init; }
    public long CarerPence { get; init; }
    public string Choice { get; init; } = "";
    public long? LowerAmountPence { get; init; }
    public string? Charity { get; init; }
    public string? Note { get; init; }
    public string? QueryReason { get; init; }
    public string? Answer { get; init; }
    public string? DecisionReason { get; init; }
    public long SubmittedBy { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public long Version { get; init; }
    public long? PaidPence { get; init; }
    public DateOnly? PaidOn { get; init; }
    public string? PaidMethod { get; init; }
    public string? PaidReference { get; init; }

    public ClaimTotal Total() => ToClaim().Total;

    public InvolvementClaim ToClaim() => new()
    {
        Id = Id,
        BoardId = BoardId,
        MeetingId = MeetingId,
        MeetingTitle = MeetingTitle,
        MeetingStartsAt = MeetingStartsAt,
        PersonId = PersonId,
        PersonName = PersonName,
        State = Enum.Parse<ClaimState>(State),
        Input = new ClaimInput(Enum.Parse<RateKind>(TimeKind), (int)Minutes, Preparation, TravelPence, CarerPence),
        TimeRatePence = TimeRatePence,
        PrepRatePence = PrepRatePence,
        Setting = new PaymentSetting(Enum.Parse<PaymentChoice>(Choice), LowerAmountPence, Charity),
        Note = Note,
        QueryReason = QueryReason,
        Answer = Answer,
        DecisionReason = DecisionReason,
        SubmittedBy = SubmittedBy,
        SubmittedAt = SubmittedAt,
        Version = Version,
        Payment = PaidPence is { } paid ? new ClaimPayment(paid, PaidOn!.Value, PaidMethod ?? "", PaidReference ?? "") : null,
    };
}

internal sealed class RateRow
{
    public long Id { get; init; }
    public string Kind { get; init; } = "";
    public long AmountPence { get; init; }
    public DateOnly AppliesFrom { get; init; }
    public DateOnly? AppliesTo { get; init; }

    public const string Select = "SELECT id AS Id, kind AS Kind, amount_pence AS AmountPence, applies_from AS AppliesFrom, applies_to AS AppliesTo FROM involvement_rates";

    public Rate ToRate() => new(Id, Enum.Parse<RateKind>(Kind), AmountPence, AppliesFrom, AppliesTo);
}

internal sealed class ChoiceRow
{
    public string Choice { get; init; } = "";
    public long? LowerAmountPence { get; init; }
    public string? Charity { get; init; }

    public const string Select = "SELECT choice AS Choice, lower_amount_pence AS LowerAmountPence, charity AS Charity FROM payment_choices";

    public PaymentSetting ToSetting() => new(Enum.Parse<PaymentChoice>(Choice), LowerAmountPence, Charity);
}

internal sealed class FactsRow
{
    public DateTime StartsAt { get; init; }
    public string State { get; init; } = "";
    public bool Attended { get; init; }
}

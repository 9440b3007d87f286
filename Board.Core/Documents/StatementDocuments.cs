using System.Globalization;
using Board.Core.EasyRead;
using Board.Core.Payments;
using Board.Core.Text;

namespace Board.Core.Documents;

/// <summary>One claim of the year as the statement shows it: its meeting, state, money, and what was paid, if it was.</summary>
public sealed record StatementClaim(DateTime MeetingDate, string MeetingTitle, ClaimState State, ClaimTotal Total, long? PaidPence, DateOnly? PaidOn);

/// <summary>Everything one person's yearly statement says. <paramref name="Setting"/> is their payment choice now.</summary>
public sealed record StatementFacts(string BoardName, string PersonName, int Year, DateOnly Today, PaymentSetting Setting, IReadOnlyList<StatementClaim> Claims);

/// <summary>The statement's totals by kind. Agreed claims only (approved or paid): a claim waiting or refused is not money owed.</summary>
public sealed record StatementTotals(long TimePence, long VouchersPence, long ToCharityPence, long TravelPence, long CarerPence, long PaidPence)
{
    public static StatementTotals Of(IEnumerable<StatementClaim> claims)
    {
        var agreed = claims.Where(c => c.State is ClaimState.Approved or ClaimState.Paid).ToList();
        return new(agreed.Sum(c => c.Total.FeeToPersonPence), agreed.Sum(c => c.Total.VouchersPence), agreed.Sum(c => c.Total.ToCharityPence),
            agreed.Sum(c => c.Total.TravelPence), agreed.Sum(c => c.Total.CarerPence), agreed.Sum(c => c.PaidPence ?? 0));
    }
}

/// <summary>A person's money for meetings in one year, in easy read, with the same parts as the minutes and the year report.</summary>
public static class StatementDocuments
{
    public static DocumentContent EasyRead(StatementFacts facts, StandardPictures pictures, DocumentPicture money)
    {
        var totals = StatementTotals.Of(facts.Claims);
        var year = facts.Year.ToString(CultureInfo.InvariantCulture);
        var sections = new List<DocumentSection>
        {
            new("About this statement",
            [
                new PictureRow(pictures.Document, null,
                [
                    $"This is the money for meetings for {facts.PersonName} in {year}.",
                    $"It was made on {PlainDates.Date(facts.Today)}.",
                    "Only you, your supporter and the people who agree payments can see it.",
                ]),
            ]),
            new("Your money in " + year,
            [
                new PictureRow(money, "Money agreed",
                [
                    $"Paid to you for your time: {Money.Format(totals.TimePence)}.",
                    $"Vouchers: {Money.Format(totals.VouchersPence)}.",
                    $"Given to a charity: {Money.Format(totals.ToCharityPence)}.",
                    $"Travel paid back: {Money.Format(totals.TravelPence)}.",
                    $"Carer or assistant costs paid back: {Money.Format(totals.CarerPence)}.",
                    $"Other costs: {Money.Format(0)}.",
                ]),
                new PictureRow(money, "Money paid", [$"The board has paid {Money.Format(totals.PaidPence)} so far."]),
            ]),
            Choice(facts.Setting, pictures),
            Meetings(facts, pictures),
        };
        var cover = new DocumentCover(facts.BoardName, "Money for meetings", $"{facts.PersonName}, {year}", pictures.Document);
        // The statement's words are the app's own and the meetings' titles (published with their agendas): the
        // built-in board words explain them, so it needs no glossary of its own.
        DocumentHardWords.Add(sections, cover, [], Names(facts));
        EasyReadBlocks.AddCredit(sections, pictures);
        return new DocumentContent(DocumentStyle.EasyRead, $"{facts.BoardName}: money for meetings for {facts.PersonName}, {year}", MinutesDocuments.Language,
            cover, sections);
    }

    /// <summary>The statement's hard words with no explanation (issue 17): none, unless a meeting's title has one.</summary>
    public static IReadOnlyList<FoundHardWord> UnexplainedHardWords(StatementFacts facts, StandardPictures pictures, DocumentPicture money) =>
        DocumentHardWords.Find(EasyRead(facts, pictures, money), [], Names(facts)).Where(w => w.Source == ExplanationSource.Missing).ToList();

    private static IEnumerable<string> Names(StatementFacts facts) => [facts.BoardName, facts.PersonName, .. facts.Setting.Charity is { } charity ? [charity] : Array.Empty<string>()];

    private static DocumentSection Choice(PaymentSetting setting, StandardPictures pictures)
    {
        var choice = new List<string> { $"{PaymentChoices.Describe(setting.Choice)}." };
        if (setting.Choice == PaymentChoice.ToCharity)
            choice.Add($"The charity is {setting.Charity}.");
        if (setting.Choice == PaymentChoice.LowerAmount)
            choice.Add($"At most {Money.Format(setting.LowerAmountPence ?? 0)} each meeting.");
        choice.Add("Money you spent on travel or a carer is always paid back.");
        return new("How you chose to be paid",
        [
            new PictureRow(pictures.People, null, choice),
            new PictureRow(pictures.Apologies, "Your benefits", PaymentChoices.BenefitsReminder),
        ]);
    }

    private static DocumentSection Meetings(StatementFacts facts, StandardPictures pictures)
    {
        if (facts.Claims.Count == 0)
            return new("Meetings you claimed for", [new PictureRow(pictures.Date, null, [$"You did not claim for any meetings in {facts.Year}."])]);
        return new("Meetings you claimed for", facts.Claims.OrderBy(c => c.MeetingDate).Select(c => (DocumentBlock)new PictureRow(pictures.Date,
            PlainDates.Date(c.MeetingDate), [$"{c.MeetingTitle.TrimEnd('.')}.", $"Claimed: {Money.Format(c.Total.TotalPence)}.", StateSentence(c)])).ToList());
    }

    /// <summary>What happened to the claim, in plain words.</summary>
    public static string StateSentence(StatementClaim claim) => claim.State switch
    {
        ClaimState.Paid when claim.PaidPence is { } paid && claim.PaidOn is { } on => $"Paid {Money.Format(paid)} on {PlainDates.Date(on)}.",
        ClaimState.Paid => "Paid.",
        ClaimState.Approved => "Agreed. Not paid yet.",
        ClaimState.Queried => "The board asked a question about it.",
        ClaimState.Rejected => "Not agreed.",
        _ => "Waiting to be agreed.",
    };
}

using System.Globalization;
using Board.Core.Payments;
using Board.Data.Payments;
using CsvHelper;

namespace Board.Web.Payments;

/// <summary>
/// Agreed and paid claims as CSV for the council's finance system. CsvHelper does the quoting, and its injection
/// guard escapes any field a spreadsheet would read as a formula (=, +, -, @, tab, return) with a leading
/// apostrophe, as the plan export does: a name like "=HYPERLINK(...)" stays text.
/// </summary>
public static class FinanceExport
{
    public static readonly string[] Header =
    [
        "claim_id", "person", "meeting_date", "meeting", "status", "choice", "time_paid", "vouchers", "charity", "to_charity",
        "travel", "carer", "total", "paid_on", "method", "reference",
    ];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static IEnumerable<InvolvementClaim> Exported(IEnumerable<InvolvementClaim> claims) =>
        claims.Where(c => c.State is ClaimState.Approved or ClaimState.Paid).OrderBy(c => c.MeetingStartsAt).ThenBy(c => c.PersonName);

    public static byte[] Write(IEnumerable<InvolvementClaim> claims)
    {
        using var bytes = new MemoryStream();
        using (var csv = CsvWriter.Create(bytes, Options, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            foreach (var claim in Exported(claims))
                csv.WriteRecord(Fields(claim));
        }
        return bytes.ToArray();
    }

    private static string[] Fields(InvolvementClaim claim)
    {
        var total = claim.Total;
        return [claim.Id.ToString(CultureInfo.InvariantCulture), claim.PersonName, claim.MeetingStartsAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), claim.MeetingTitle,
            claim.State.ToString(), claim.Setting.Choice.ToString(), Pounds(total.FeeToPersonPence), Pounds(total.VouchersPence),
            claim.Setting.Charity ?? "", Pounds(total.ToCharityPence), Pounds(total.TravelPence), Pounds(total.CarerPence), Pounds(total.TotalPence),
            claim.Payment?.PaidOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", claim.Payment?.Method ?? "", claim.Payment?.Reference ?? ""];
    }

    private static string Pounds(long pence) => Money.ForInput(pence);
}

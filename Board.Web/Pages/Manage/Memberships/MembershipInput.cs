using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Board.Core.Composition;

namespace Board.Web.Pages.Manage.Memberships;

/// <summary>
/// The membership form. Dates arrive as text (yyyy-MM-dd from a date field) and are checked here,
/// so a bad date gets our plain message rather than the framework's.
/// </summary>
public sealed class MembershipInput
{
    public long? PersonId { get; set; }

    [Required(ErrorMessage = "Choose a seat")]
    public string? SeatCode { get; set; }

    [Required(ErrorMessage = "Enter the date the term starts")]
    public string? TermFrom { get; set; }

    public string? TermTo { get; set; }

    public bool IsCoChair { get; set; }

    public long? ElectedByGroupId { get; set; }

    public static MembershipInput From(Membership m) => new()
    {
        PersonId = m.PersonId,
        SeatCode = m.SeatCode,
        TermFrom = m.TermFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TermTo = m.TermTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IsCoChair = m.IsCoChair,
        ElectedByGroupId = m.ElectedByGroupId,
    };

    /// <summary>Parses the dates, adding a plain message for each that is not a real date.</summary>
    public (DateOnly From, DateOnly? To)? ParseDates(Action<string, string> addError)
    {
        DateOnly? from = null;
        if (!string.IsNullOrWhiteSpace(TermFrom))
        {
            from = Parse(TermFrom);
            if (from is null)
                addError(nameof(TermFrom), "The start of the term must be a real date, like 1 April 2026");
        }
        DateOnly? to = null;
        if (!string.IsNullOrWhiteSpace(TermTo))
        {
            to = Parse(TermTo);
            if (to is null)
            {
                addError(nameof(TermTo), "The end of the term must be a real date, like 31 March 2029");
                return null;
            }
        }
        return from is { } f ? (f, to) : null;
    }

    private static DateOnly? Parse(string text) => Forms.DateText.Parse(text);
}

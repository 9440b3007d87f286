using System.Globalization;

namespace Board.Web.Forms;

/// <summary>
/// Reads a date typed by a person. Browsers with a date picker send 2026-04-01; people typing by hand write
/// 1/4/2026 or "1 April 2026", which is the form our hints use, so all of these are accepted (UK order).
/// </summary>
public static class DateText
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d/M/yyyy", "d MMMM yyyy", "d MMM yyyy"];
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, British, DateTimeStyles.AllowInnerWhite, out var date) ? date : null;
}

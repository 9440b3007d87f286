using System.Globalization;

namespace Board.Core.Payments;

/// <summary>Money is whole pence everywhere (never a float); people see and type pounds.</summary>
public static class Money
{
    /// <summary>The most one amount on a claim or a rate may be: more than this is a typing mistake, not a claim.</summary>
    public const long MaxPence = 1_000_00;

    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(long pence) =>
        (pence < 0 ? "-£" : "£") + (Math.Abs(pence) / 100m).ToString("#,##0.00", UkCulture);

    /// <summary>The amount as it goes back into a form field, without the pound sign.</summary>
    public static string ForInput(long pence) => (pence / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads "12", "12.5", "£12.50" or "1,000" as pence. Blank is nothing (null pence, no problem); a negative amount,
    /// more than 2 decimal places, or more than <see cref="MaxPence"/> is refused in plain words naming <paramref name="what"/>.
    /// </summary>
    public static (long? Pence, string? Problem) Parse(string? text, string what)
    {
        var trimmed = (text ?? "").Trim().Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
        if (trimmed.Length == 0)
            return (null, null);
        if (!decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds))
            return (null, $"Enter {what} in pounds and pence, like 12.50");
        if (pounds < 0)
            return (null, $"{Capital(what)} cannot be less than £0");
        if (decimal.Round(pounds, 2) != pounds)
            return (null, $"Enter {what} in pounds and pence, with no more than 2 numbers after the dot");
        if (pounds > MaxPence / 100m) // compared in pounds: pounds * 100 overflows decimal for absurd input
            return (null, $"{Capital(what)} must be {Format(MaxPence)} or less. Check the amount");
        return ((long)(pounds * 100), null);
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

using System.Text.RegularExpressions;

namespace Board.Core.Text;

/// <summary>
/// Dates, times and names that must not break across lines in easy read text (issue 17): the PDF's line breaking
/// treats each as one word, and the web pages join their words with no-break spaces. One rule for both, so a PDF and
/// the page made from the same content keep the same words together.
/// </summary>
public static partial class KeptTogether
{
    public const char NoBreakSpace = '\u00A0';

    /// <summary>The text with the spaces inside each date, time and name made no-break spaces.</summary>
    public static string NoBreak(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Pattern().Replace(text, m => m.Value.Replace(' ', NoBreakSpace));
    }

    private const string Days = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";

    // A date with or without its day and year; a time said in words; two or three capitalised words in a row that are
    // not a day or a month (a name: "Ruth Green", "Riverside Centre"). The date comes first, so it wins.
    [GeneratedRegex(@"\b(?:(?:" + Days + @") )?\d{1,2} (?:" + Months + @")(?: \d{4})?\b|\b(?:" + Days + @") \d{1,2}\b|\b(?:" + Months + @") \d{4}\b"
                    + @"|\b\d{1,2}(?::\d{2})? ?(?:am|pm|o'clock)\b"
                    + @"|\b(?!(?:" + Days + "|" + Months + @")\b)\p{Lu}[\p{Ll}'’-]+(?: (?!(?:" + Days + "|" + Months + @")\b)\p{Lu}[\p{Ll}'’-]+){1,2}\b")]
    private static partial Regex Pattern();
}

using System.Globalization;

namespace Board.Core.Text;

/// <summary>Dates and times the way people say them: "Tuesday 1 April 2026", "5pm", "10:30am".</summary>
public static class PlainDates
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateTime value) => value.ToString("dddd d MMMM yyyy", British);

    public static string Date(DateOnly value) => value.ToString("d MMMM yyyy", British);

    public static string Time(DateTime value)
    {
        var hour = value.Hour % 12 == 0 ? 12 : value.Hour % 12;
        var suffix = value.Hour < 12 ? "am" : "pm";
        return value.Minute == 0 ? $"{hour}{suffix}" : $"{hour}:{value.Minute:00}{suffix}";
    }

    /// <summary>How long ago, as people say it: "today", "yesterday", "3 days ago" (never "0 days ago").</summary>
    public static string DaysAgo(int days) => days switch
    {
        <= 0 => "today",
        1 => "yesterday",
        _ => $"{days} days ago",
    };

    public static string DateAndTime(DateTime value) => $"{Date(value)} at {Time(value)}";
}

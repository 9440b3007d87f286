using System.Globalization;
using System.Text.RegularExpressions;

namespace Board.Web.Forms;

/// <summary>Reads a time as people write it: 10:30, 10.30, 14:00, 10am, 2:30pm. Browsers' time pickers send 14:00.</summary>
public static partial class TimeText
{
    public static TimeOnly? Parse(string? text)
    {
        var match = TimePattern().Match(text?.Trim().ToLowerInvariant() ?? "");
        if (!match.Success)
            return null;
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var half = match.Groups["half"].Value;
        if (half.Length > 0)
        {
            if (hour is < 1 or > 12)
                return null;
            hour = hour % 12 + (half == "pm" ? 12 : 0);
        }
        else if (!match.Groups["m"].Success)
        {
            return null; // "10" alone could be morning or night
        }
        return hour < 24 && minute < 60 ? new TimeOnly(hour, minute) : null;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?\s*(?<half>am|pm)?$")]
    private static partial Regex TimePattern();
}

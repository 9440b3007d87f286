using System.Globalization;
using System.Text;
using Board.Core.Meetings;

namespace Board.Web.Meetings;

/// <summary>An iCalendar (RFC 5545) feed of a board's meetings, so members can see them in their own calendar.</summary>
public static class CalendarFeed
{
    public static string Build(string boardName, long boardId, IEnumerable<Meeting> meetings, Func<DateTime, DateTime> toUtc, DateTimeOffset now, string baseUrl)
    {
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//PartnershipBoard//Meetings//EN");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, $"X-WR-CALNAME:{Escape(boardName)}");
        foreach (var meeting in meetings.Where(m => m.State != MeetingState.Scheduled))
        {
            Line(text, "BEGIN:VEVENT");
            Line(text, $"UID:meeting-{meeting.Id}-board-{boardId}@partnershipboard");
            Line(text, $"DTSTAMP:{Utc(now.UtcDateTime)}");
            Line(text, $"DTSTART:{Utc(toUtc(meeting.StartsAt))}");
            Line(text, $"DTEND:{Utc(toUtc(meeting.EndsAt))}");
            Line(text, $"SUMMARY:{Escape($"{boardName}: {meeting.Title}")}");
            Line(text, $"LOCATION:{Escape(meeting.Venue)}");
            var description = (meeting.AccessNotes is null ? "" : $"Access: {meeting.AccessNotes}\n")
                              + (meeting.OnlineLink is null ? "" : $"Join online: {meeting.OnlineLink}\n")
                              + $"Agenda: {baseUrl}/boards/{boardId}/meetings/{meeting.Id}";
            Line(text, $"DESCRIPTION:{Escape(description)}");
            Line(text, $"URL:{baseUrl}/boards/{boardId}/meetings/{meeting.Id}");
            Line(text, "END:VEVENT");
        }
        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    private static string Utc(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r", "").Replace("\n", "\\n");

    /// <summary>Lines end in CRLF and are folded at 75 octets, as RFC 5545 asks.</summary>
    private static void Line(StringBuilder text, string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var start = 0;
        var first = true;
        while (start < bytes.Length)
        {
            var take = Math.Min(first ? 75 : 74, bytes.Length - start);
            while (take > 1 && start + take < bytes.Length && (bytes[start + take] & 0xC0) == 0x80)
                take--; // never split a UTF-8 character
            text.Append(first ? "" : " ").Append(Encoding.UTF8.GetString(bytes, start, take)).Append("\r\n");
            start += take;
            first = false;
        }
        if (bytes.Length == 0)
            text.Append("\r\n");
    }
}

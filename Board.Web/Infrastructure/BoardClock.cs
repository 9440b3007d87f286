namespace Board.Web.Infrastructure;

/// <summary>
/// The boards' local time. Meetings are arranged and read in local time ("Tuesday at 10am"), so they are stored
/// that way; this turns the UTC clock into it. One zone's clock: <see cref="BoardClocks"/> gives each board's (its
/// own zone, else Board:TimeZone, default Europe/London).
/// </summary>
public sealed class BoardClock(TimeProvider clock, TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    public DateTimeOffset UtcNow => clock.GetUtcNow();

    public DateTime LocalNow => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime;

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    /// <summary>A stored moment in this zone's local time, for showing to people.</summary>
    public DateTime Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone).DateTime;

    /// <summary>A local meeting time as a UTC moment, for calendars.</summary>
    public DateTime ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A time inside the spring-forward gap (01:30 on the last Sunday of March) does not exist: read it an hour on.
        if (Zone.IsInvalidTime(unspecified))
            unspecified = unspecified.AddHours(1);
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
    }
}

namespace Board.Core.Accounts;

/// <summary>Which time zone a board's dates and times are read in: its own, else the site's.</summary>
public static class BoardZones
{
    /// <summary>
    /// The zone id to use for a board, and whether its own zone was set but unknown (so it can be logged). Blank means
    /// "the site's"; an id this server does not know falls back to the site's too, rather than breaking every page.
    /// </summary>
    public static (string ZoneId, bool Unknown) Choose(string? boardZoneId, string siteZoneId, Func<string, bool> isKnown)
    {
        if (string.IsNullOrWhiteSpace(boardZoneId))
            return (siteZoneId, false);
        var zone = boardZoneId.Trim();
        return isKnown(zone) ? (zone, false) : (siteZoneId, true);
    }
}

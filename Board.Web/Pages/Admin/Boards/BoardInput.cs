using Board.Core.Accounts;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Board.Web.Pages.Admin.Boards;

/// <summary>The board's details as typed; checked by <see cref="BoardDetailsRules"/>, so every problem shows next to its field.</summary>
public sealed class BoardInput
{
    public string? Name { get; set; }
    public string? Area { get; set; }
    public string? About { get; set; }

    /// <summary>Empty: the site's time zone (Board:TimeZone).</summary>
    public string? TimeZone { get; set; }

    public BoardDetails ToDetails() => new((Name ?? "").Trim(), (Area ?? "").Trim(), (About ?? "").Trim(),
        string.IsNullOrWhiteSpace(TimeZone) ? null : TimeZone.Trim());

    /// <summary>The zones a board in the UK and nearby is likely to need; only those this server knows are offered.</summary>
    private static readonly string[] Offered =
        ["Europe/London", "Europe/Dublin", "Europe/Isle_of_Man", "Europe/Jersey", "Europe/Guernsey", "Europe/Gibraltar", "Atlantic/Stanley"];

    public static IReadOnlyList<string> KnownZones { get; } = Offered
        .Where(id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _)).ToList();

    public static IEnumerable<SelectListItem> ZoneChoices => KnownZones.Select(z => new SelectListItem(z.Replace('_', ' '), z));
}

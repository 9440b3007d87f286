using System.ComponentModel.DataAnnotations;
using Board.Core.Meetings;

namespace Board.Web.Pages.Meetings;

/// <summary>An item raised for a group. Messages follow the GOV.UK error message pattern.</summary>
public sealed class ItemInput
{
    /// <summary>The group the item is for; empty only for the coordinator's own items.</summary>
    public long? GroupId { get; set; }

    [Required(ErrorMessage = "Enter a short title, like Buses at night")]
    [StringLength(AgendaRules.MaxTitleLength, ErrorMessage = "The title must be 120 characters or fewer")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Write what the item is about in easy read")]
    [StringLength(AgendaRules.MaxSummaryLength, ErrorMessage = "The easy read summary must be 600 characters or fewer")]
    public string EasyReadSummary { get; set; } = "";

    [Required(ErrorMessage = "Write the details for the board")]
    [StringLength(AgendaRules.MaxDetailsLength, ErrorMessage = "The details must be 6,000 characters or fewer")]
    public string Details { get; set; } = "";

    [Required(ErrorMessage = "Choose what the group asks the board to do")]
    public BoardAsk? Ask { get; set; }

    [Required(ErrorMessage = "Choose a picture for the item")]
    public string? Picture { get; set; }
}

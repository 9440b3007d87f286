using System.ComponentModel.DataAnnotations;
using Board.Core.Composition;

namespace Board.Web.Pages.Manage.Meetings;

/// <summary>The form for a new poll. The rule checks live in Board.Core.Voting.PollRules.</summary>
public sealed class PollInput
{
    public string Question { get; set; } = "";

    [Required(ErrorMessage = "Choose a picture for the question")]
    public string? Picture { get; set; }

    public long? AgendaItemId { get; set; }

    public bool Secret { get; set; }

    /// <summary>One answer per line; empty for For, Against and Abstain.</summary>
    public string? CustomOptions { get; set; }

    /// <summary>Empty to use the constitution's majority rule.</summary>
    public MajorityRule? MajorityOverride { get; set; }

    public string? OverrideReason { get; set; }

    public int MinimumOpenSeconds { get; set; }

    public IReadOnlyList<string> OptionLines() =>
        (CustomOptions ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

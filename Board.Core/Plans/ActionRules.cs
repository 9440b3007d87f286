using Board.Core.Composition;

namespace Board.Core.Plans;

/// <summary>Checks on what a coordinator or owner types about an action, in plain words tied to the field.</summary>
public static class ActionRules
{
    public const int MaxWhatHappenedLength = 2000;
    public const int MaxWhatHappenedEasyReadLength = 1000;
    public const int MaxWhatLength = 500;
    public const int MaxWhatEasyReadLength = 500;
    public const int MaxOwnerLength = 200;

    /// <summary>
    /// An update may keep the status or change it, and a Done action may be reopened. It can never go back to
    /// <see cref="ActionStatus.NotStarted"/> once started: "not started" would hide the work already reported.
    /// </summary>
    public static IReadOnlyList<RuleError> ValidateUpdate(
        PlanAction action,
        ActionStatus newStatus,
        string? whatHappened,
        string? whatHappenedEasyRead,
        string? evidenceLink)
    {
        ArgumentNullException.ThrowIfNull(action);
        var errors = new List<RuleError>();

        Text(errors, "WhatHappened", whatHappened, MaxWhatHappenedLength,
            "Enter what happened.", "What happened");
        Text(errors, "WhatHappenedEasyRead", whatHappenedEasyRead, MaxWhatHappenedEasyReadLength,
            "Enter what happened in easy read.", "The easy-read text");

        if (!string.IsNullOrWhiteSpace(evidenceLink) && !IsWebLink(evidenceLink))
            errors.Add(new("EvidenceLink", "Enter a web link that starts with https://, like https://example.org/report."));

        if (!Enum.IsDefined(newStatus))
            errors.Add(new("NewStatus", "Choose a status from the list."));
        else if (newStatus == ActionStatus.NotStarted && action.Status != ActionStatus.NotStarted)
            errors.Add(new("NewStatus", "An action that has started cannot go back to not started."));

        return errors;
    }

    /// <summary>Checks for adding an action to a chapter. <paramref name="chapterExists"/> is whether the chosen chapter is in this plan.</summary>
    public static IReadOnlyList<RuleError> ValidateAction(
        string? what,
        string? whatEasyRead,
        string? owner,
        DateOnly? dueDate,
        bool chapterExists)
    {
        var errors = new List<RuleError>();
        if (!chapterExists)
            errors.Add(new("ChapterId", "Choose a chapter of the plan."));
        Text(errors, "What", what, MaxWhatLength, "Enter what will happen.", "What will happen");
        Text(errors, "WhatEasyRead", whatEasyRead, MaxWhatEasyReadLength,
            "Enter what will happen in easy read.", "The easy-read text");
        Text(errors, "Owner", owner, MaxOwnerLength,
            "Enter the organisation that will do this.", "The organisation's name");
        if (dueDate is null)
            errors.Add(new("DueDate", "Enter the due date, like 31 March 2027"));
        return errors;
    }

    /// <summary>Late means not done and the due date has passed; an action due today is not late yet.</summary>
    public static bool IsOverdue(PlanAction action, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Status != ActionStatus.Done && action.DueDate < today;
    }

    /// <summary>Where an action stands today, in one plain phrase: "Late" rather than "On track, late".</summary>
    public static string DescribeOn(PlanAction action, DateOnly today) =>
        IsOverdue(action, today) ? $"Late: it was due on {Board.Core.Text.PlainDates.Date(action.DueDate)}" : Describe(action.Status);

    public static string Describe(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.OnTrack => "On track",
        ActionStatus.AtRisk => "At risk",
        ActionStatus.OffTrack => "Off track",
        ActionStatus.Done => "Done",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    internal static bool IsWebLink(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);

    private static void Text(List<RuleError> errors, string field, string? value, int max, string missing, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
            errors.Add(new(field, missing));
        else if (value.Trim().Length > max)
            errors.Add(new(field, $"{name} must be {max} characters or fewer."));
    }
}

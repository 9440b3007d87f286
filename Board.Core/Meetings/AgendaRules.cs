using Board.Core.Composition;
using Board.Core.Text;

namespace Board.Core.Meetings;

/// <summary>What the coordinator types to accept an item onto the agenda.</summary>
public sealed record Acceptance(int Position, int Minutes, string Presenter);

/// <summary>Decisions about items and the words sent back to groups. Every refusal says why, in plain words.</summary>
public static class AgendaRules
{
    public const int MaxTitleLength = 120;
    public const int MaxSummaryLength = 600;
    public const int MaxDetailsLength = 6000;

    /// <summary>Whether an item can be raised for the meeting now. The coordinator may add late items; groups keep to the deadline.</summary>
    public static string? ProblemRaising(Meeting meeting, DateTime now, bool byCoordinator)
    {
        if (!MeetingLifecycle.AcceptsItems(meeting.State))
            return "This meeting's agenda is already published. Choose a later meeting.";
        if (!byCoordinator && now > meeting.ItemsDeadline)
            return $"The deadline for items for this meeting was {PlainDates.DateAndTime(meeting.ItemsDeadline)}. Choose a later meeting, or ask the coordinator.";
        return null;
    }

    public static IReadOnlyList<RuleError> ValidateAcceptance(AgendaItem item, Meeting meeting, Acceptance acceptance)
    {
        var errors = new List<RuleError>();
        if (Decidable(item, meeting) is { } problem)
            errors.Add(new("Decision", problem));
        if (acceptance.Position is < 1 or > 50)
            errors.Add(new(nameof(acceptance.Position), "Give the item a place on the agenda from 1 to 50."));
        if (acceptance.Minutes is < 5 or > 180)
            errors.Add(new(nameof(acceptance.Minutes), "Give the item from 5 to 180 minutes."));
        if (string.IsNullOrWhiteSpace(acceptance.Presenter))
            errors.Add(new(nameof(acceptance.Presenter), "Say who will present the item."));
        else if (acceptance.Presenter.Trim().Length > 100)
            errors.Add(new(nameof(acceptance.Presenter), "The presenter's name must be 100 characters or fewer."));
        return errors;
    }

    public static IReadOnlyList<RuleError> ValidateDeferral(AgendaItem item, Meeting meeting, Meeting? later)
    {
        var errors = new List<RuleError>();
        if (Decidable(item, meeting) is { } problem)
            errors.Add(new("Decision", problem));
        if (later is null || later.BoardId != meeting.BoardId)
            errors.Add(new("LaterMeetingId", "Choose a later meeting of this board."));
        else if (later.StartsAt <= meeting.StartsAt)
            errors.Add(new("LaterMeetingId", "Choose a meeting after this one."));
        else if (!MeetingLifecycle.AgendaCanChange(later.State))
            errors.Add(new("LaterMeetingId", "That meeting's agenda is already published. Choose another meeting."));
        return errors;
    }

    /// <summary>A group must always be told why: "not accepted" without a reason is the tokenism this exists to stop.</summary>
    public static IReadOnlyList<RuleError> ValidateDecline(AgendaItem item, Meeting meeting, string? reason)
    {
        var errors = new List<RuleError>();
        if (Decidable(item, meeting) is { } problem)
            errors.Add(new("Decision", problem));
        if (string.IsNullOrWhiteSpace(reason))
            errors.Add(new("Reason", "Write the reason the item is not accepted. The group will read it."));
        else if (reason.Trim().Length < 10)
            errors.Add(new("Reason", "Write the reason in a full sentence. The group will read it."));
        else if (reason.Trim().Length > 1000)
            errors.Add(new("Reason", "The reason must be 1,000 characters or fewer."));
        return errors;
    }

    public static IReadOnlyList<RuleError> ValidateOutcome(AgendaItem item, Meeting meeting, string? outcome, string? easyRead)
    {
        var errors = new List<RuleError>();
        if (meeting.State != MeetingState.Closed)
            errors.Add(new("Outcome", "Write what happened after the meeting has finished."));
        else if (item.State != AgendaItemState.Accepted)
            errors.Add(new("Outcome", "Only items that were on the agenda have an outcome."));
        if (string.IsNullOrWhiteSpace(outcome))
            errors.Add(new("Outcome", "Write what the board did about this item."));
        if (string.IsNullOrWhiteSpace(easyRead))
            errors.Add(new("OutcomeEasyRead", "Write what the board did in easy read, for the group."));
        return errors;
    }

    public static IReadOnlyList<RuleError> ValidateResponse(AgendaItem item, GroupResponse response, string? comment)
    {
        var errors = new List<RuleError>();
        if (item.Outcome is null)
            errors.Add(new("Response", "The board has not written what happened yet. You can answer when it has."));
        if (response == GroupResponse.None)
            errors.Add(new("Response", "Choose \"We agree\" or \"Not done yet\"."));
        if (response == GroupResponse.NotDoneYet && string.IsNullOrWhiteSpace(comment))
            errors.Add(new("Comment", "Say what is not done yet, so the board can act on it."));
        if (comment is { Length: > 1000 })
            errors.Add(new("Comment", "The comment must be 1,000 characters or fewer."));
        return errors;
    }

    /// <summary>Items are decided while the agenda can still change; a deferred item is decided again on its new meeting.</summary>
    private static string? Decidable(AgendaItem item, Meeting meeting)
    {
        if (!MeetingLifecycle.AgendaCanChange(meeting.State))
            return "The agenda is published, so its items cannot change now.";
        if (item.State == AgendaItemState.NotAccepted)
            return "This item was not accepted. The group can raise it again for another meeting.";
        return null;
    }
}

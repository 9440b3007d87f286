using Board.Core.Composition;

namespace Board.Core.Meetings;

/// <summary>The checks on a meeting's date, time and deadline, with plain messages tied to the field.</summary>
public static class MeetingRules
{
    /// <summary>Groups need time to talk an item through with their supporter, so the deadline is at least this long before.</summary>
    public static readonly TimeSpan MinimumNoticeForItems = TimeSpan.FromDays(1);

    public static IReadOnlyList<RuleError> Validate(MeetingDraft draft, DateTime now)
    {
        var errors = new List<RuleError>();
        if (draft.StartsAt <= now)
            errors.Add(new(nameof(draft.StartsAt), "The meeting must be in the future."));
        if (draft.EndsAt <= draft.StartsAt)
            errors.Add(new(nameof(draft.EndsAt), "The meeting must end after it starts."));
        else if (draft.EndsAt - draft.StartsAt > TimeSpan.FromHours(8))
            errors.Add(new(nameof(draft.EndsAt), "A meeting can be 8 hours long at most. Check the end time."));
        if (draft.ItemsDeadline >= draft.StartsAt)
            errors.Add(new(nameof(draft.ItemsDeadline), "The deadline for items must be before the meeting."));
        else if (draft.StartsAt - draft.ItemsDeadline < MinimumNoticeForItems)
            errors.Add(new(nameof(draft.ItemsDeadline), "The deadline for items must be at least a day before the meeting, so there is time to build the agenda."));
        if (draft.OnlineLink is { Length: > 0 } link && !IsWebLink(link))
            errors.Add(new(nameof(draft.OnlineLink), "The online link must start with https://"));
        return errors;
    }

    private static bool IsWebLink(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}

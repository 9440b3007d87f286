namespace Board.Core.Meetings;

public enum MeetingStep
{
    CallForItems,
    PublishAgenda,
    Start,
    Close,
}

/// <summary>What must be true before a meeting moves on; checked by the same rule on the page and in the store.</summary>
/// <param name="OpenPolls">The questions of the meeting's polls still open: the meeting cannot close while people can still vote.</param>
public sealed record AgendaReadiness(int ItemsStillToDecide, int AcceptedItems, bool ApprovedByBothCoChairs, IReadOnlyList<string>? OpenPolls = null);

public sealed record StepResult(bool Allowed, MeetingState Next, string Message)
{
    public static StepResult Refuse(MeetingState state, string message) => new(false, state, message);
}

/// <summary>Scheduled → calling for items → agenda published → live → closed. Each step says why it cannot happen.</summary>
public static class MeetingLifecycle
{
    /// <summary>From publication on, the agenda is public: its pages, its PDFs and the archive show it.</summary>
    public static bool AgendaIsPublished(MeetingState state) => state is MeetingState.AgendaPublished or MeetingState.Live or MeetingState.Closed;

    public static StepResult Apply(MeetingState state, MeetingStep step, AgendaReadiness readiness) => (state, step) switch
    {
        (MeetingState.Scheduled, MeetingStep.CallForItems) =>
            new(true, MeetingState.CallingForItems, "Groups can now send items for this meeting."),
        (MeetingState.CallingForItems, MeetingStep.PublishAgenda) => Publish(readiness),
        (MeetingState.AgendaPublished, MeetingStep.Start) =>
            new(true, MeetingState.Live, "The meeting has started."),
        (MeetingState.Live, MeetingStep.Close) => Close(readiness),
        _ => StepResult.Refuse(state, $"This cannot be done now: the meeting is {Describe(state).ToLowerInvariant()}."),
    };

    /// <summary>
    /// A meeting with a vote still open is not closed: people who have gone home could keep voting, and a vote could
    /// be closed later, away from the meeting. Closing the votes is left to the chair in the room (a vote may have to
    /// stay open a while yet, and a tie needs the casting vote there), so the step is refused, naming the votes.
    /// </summary>
    private static StepResult Close(AgendaReadiness readiness) => readiness.OpenPolls switch
    {
        null or [] => new(true, MeetingState.Closed, "The meeting is closed. Now write what happened to each item."),
        [var one] => StepResult.Refuse(MeetingState.Live, $"A vote is still open: \"{one}\". Close it on the Votes page first, then close the meeting."),
        var many => StepResult.Refuse(MeetingState.Live,
            $"{many.Count} votes are still open: {string.Join(", ", many.Select(q => $"\"{q}\""))}. Close them on the Votes page first, then close the meeting."),
    };

    private static StepResult Publish(AgendaReadiness readiness)
    {
        if (readiness.ItemsStillToDecide > 0)
            return StepResult.Refuse(MeetingState.CallingForItems, readiness.ItemsStillToDecide == 1
                ? "1 item from a group still needs a decision. Accept it, move it to a later meeting, or say why it is not accepted."
                : $"{readiness.ItemsStillToDecide} items from groups still need a decision. Accept each one, move it to a later meeting, or say why it is not accepted.");
        if (readiness.AcceptedItems == 0)
            return StepResult.Refuse(MeetingState.CallingForItems, "The agenda has no items yet. Accept at least one item first.");
        if (!readiness.ApprovedByBothCoChairs)
            return StepResult.Refuse(MeetingState.CallingForItems, "Both co-chairs must approve the agenda before it is published.");
        return new(true, MeetingState.AgendaPublished, "The agenda is published. Everyone can now read it.");
    }

    /// <summary>Whether supporters may still raise items for the meeting.</summary>
    public static bool AcceptsItems(MeetingState state) => state is MeetingState.Scheduled or MeetingState.CallingForItems;

    /// <summary>Whether the agenda can still change: after publication it is fixed, as people have read it.</summary>
    public static bool AgendaCanChange(MeetingState state) => state is MeetingState.Scheduled or MeetingState.CallingForItems;

    public static string Describe(MeetingState state) => state switch
    {
        MeetingState.Scheduled => "Planned",
        MeetingState.CallingForItems => "Asking for items",
        MeetingState.AgendaPublished => "Agenda published",
        MeetingState.Live => "Happening now",
        MeetingState.Closed => "Finished",
    };
}

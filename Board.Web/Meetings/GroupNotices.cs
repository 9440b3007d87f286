using Board.Core.Meetings;
using Board.Data.Groups;
using Board.Data.Notifications;

namespace Board.Web.Meetings;

/// <summary>
/// Tells a group (through its supporters' inboxes) what happened to its item, in plain words. Every decision is
/// told: an item that disappears without an answer is the tokenism this service exists to prevent.
/// </summary>
public sealed class GroupNotices(GroupStore groups, NotificationStore notifications, TimeProvider clock)
{
    public Task AcceptedAsync(AgendaItem item, Meeting meeting) =>
        SendAsync(item, $"accepted:{meeting.Id}", $"Your item is on the agenda: {item.Title}",
            $"The board will talk about \"{item.Title}\" at the meeting on {Core.Text.PlainDates.DateAndTime(meeting.StartsAt)}.");

    public Task DeferredAsync(AgendaItem item, Meeting later) =>
        SendAsync(item, $"deferred:{later.Id}", $"Your item moved to a later meeting: {item.Title}",
            $"The board will decide about \"{item.Title}\" at the meeting on {Core.Text.PlainDates.DateAndTime(later.StartsAt)}.");

    public Task DeclinedAsync(AgendaItem item, string reason) =>
        SendAsync(item, "declined", $"Your item was not accepted: {item.Title}", $"The reason: {reason.Trim()}");

    public Task OutcomeAsync(AgendaItem item, string easyRead) =>
        SendAsync(item, $"outcome:{clock.GetUtcNow().ToUnixTimeMilliseconds()}", $"What the board did: {item.Title}",
            $"{easyRead.Trim()} Do you agree? Tell us on your group's page.");

    private async Task SendAsync(AgendaItem item, string what, string subject, string body)
    {
        if (item.GroupId is not { } groupId)
            return;
        var supporters = (await groups.SupportersAsync(item.BoardId)).Where(s => s.GroupId == groupId);
        foreach (var (_, supporterId) in supporters)
            await notifications.SendAsync(supporterId, $"item:{item.Id}:{what}", subject, body,
                $"/boards/{item.BoardId}/groups/{groupId}", clock.GetUtcNow());
    }
}

using Board.Core.Composition;
using Board.Core.Plans;
using Board.Data.Boards;
using Board.Data.Notifications;
using Board.Data.People;
using Board.Data.Plans;
using Board.Web.Infrastructure;

namespace Board.Web.Jobs;

/// <summary>
/// Hourly: reminds an action's owners 14 and 3 days before it is due and each week while it is late, and tells its
/// followers once when it becomes late. From Monday on it also sends each follower a digest of last week's updates, once.
/// Every message has a key, so running again (or after a crash) sends nothing twice.
/// </summary>
public sealed class PlanReminderJob(BoardStore boards, PlanStore plans, PersonStore people, FollowStore follows, NotificationStore notifications, BoardClocks clocks)
{
    public async Task<int> RunAsync()
    {
        var sent = 0;
        foreach (var board in await boards.ListAsync())
        {
            // Each board's own today: an action is due, late or in last week's digest by the board's calendar.
            var clock = await clocks.ForBoardAsync(board.Id);
            var today = clock.Today;
            var boardPeople = await people.ListAsync(board.Id);
            foreach (var action in await plans.ActionsAsync(board.Id))
            {
                var link = $"/boards/{board.Id}/plan/actions/{action.Id}";
                // The owners are the owner organisation's partners, with the lead person if one is named.
                var owners = boardPeople.Where(p => p.Id == action.LeadPersonId || Ownership.CanPostUpdate(p.Role, p.Organisation, action) && p.Role == Role.Partner)
                    .Select(p => p.Id).Distinct().ToList();
                foreach (var reminder in PlanReminders.ForOwner(action, today))
                    sent += await SendAsync(owners, reminder, action, link, clock);
                if (PlanReminders.ForFollowers(action, today) is { } late)
                    sent += await SendAsync(await follows.FollowersOfActionAsync(action.Id), late, action, link, clock);
            }
            // Last week's digest, on the first run from Monday on: its key stops a second send, and a Monday
            // without a run is caught up on the next day.
            sent += await DigestAsync(board.Id, today.AddDays(-(((int)today.DayOfWeek + 6) % 7)), clock);
        }
        return sent;
    }

    private async Task<int> SendAsync(IEnumerable<long> people, PlanReminder reminder, PlanAction action, string link, BoardClock clock)
    {
        var text = PlanReminderTexts.For(reminder, action);
        var sent = 0;
        foreach (var personId in people)
            sent += await notifications.SendAsync(personId, reminder.DedupeKey, text.Subject, text.Body, link, clock.UtcNow) ? 1 : 0;
        return sent;
    }

    private async Task<int> DigestAsync(long boardId, DateOnly monday, BoardClock clock)
    {
        // The week in the board's local time, from midnight to midnight, so clock changes neither repeat nor skip an hour.
        var until = new DateTimeOffset(clock.ToUtc(monday.ToDateTime(TimeOnly.MinValue)), TimeSpan.Zero);
        var since = new DateTimeOffset(clock.ToUtc(monday.AddDays(-7).ToDateTime(TimeOnly.MinValue)), TimeSpan.Zero);
        var actions = await plans.ActionsAsync(boardId);
        var updates = await plans.UpdatesAsync(boardId);
        var boardPeople = (await people.ListAsync(boardId)).Select(p => p.Id).ToHashSet();
        var sent = 0;
        foreach (var personId in (await follows.FollowersAsync()).Where(boardPeople.Contains))
        {
            var (followedActions, followedChapters) = await follows.FollowedByAsync(personId);
            var week = Digest.WeeklyFor(followedActions, followedChapters, actions, updates, since, until);
            if (week.Count == 0)
                continue;
            var lines = week.Select(u => $"- {actions.First(a => a.Id == u.ActionId).WhatEasyRead}: {u.WhatHappenedEasyRead}");
            sent += await notifications.SendAsync(personId, Digest.DigestKey(personId, monday), "This week's news about the plan",
                string.Join("\n", lines), $"/boards/{boardId}/plan", clock.UtcNow) ? 1 : 0;
        }
        return sent;
    }
}

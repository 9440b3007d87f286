using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Plans;
using Board.Core.Text;
using Board.Data.Boards;
using Board.Data.Groups;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Data.Notifications;
using Board.Data.Plans;
using Board.Web.Hubs;
using Board.Web.Infrastructure;
using Board.Web.Pages.Groups;
using Board.Web.Security;
using Board.Web.Voting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Me;

/// <summary>A thing to do, with a link that says what it opens.</summary>
public sealed record ToDo(string Text, string LinkText, string Href, string Picture);

/// <summary>An action the member follows, and where it stands today.</summary>
public sealed record FollowedAction(long Id, string What, string Status, bool Late);

/// <summary>
/// "My board": where every member of a board lands after signing in. The vote open now (kept live by my-board.js
/// over the meeting hub), the next meeting, things to do, and the plan actions they follow, in easy read.
/// </summary>
public sealed class BoardModel(
    BoardStore boards, MeetingStore meetings, MyBoardQueries queries, PollViews views, MemberQueries members,
    NotificationStore notifications, GroupStore groups, AgendaItemStore items, FollowStore follows, PlanStore plans,
    global::Board.Web.Ladder.LadderViews ladders, global::Board.Data.Ladder.LadderStore ratings, BoardClock clock) : PageModel
{
    public BoardSummary Board { get; private set; } = null!;
    public IReadOnlyList<OpenVoteView> OpenVotes { get; private set; } = [];

    /// <summary>A voting member or a supporter (who votes for their Reps when asked): their button says "Vote now".</summary>
    public bool Votes { get; private set; }
    public Meeting? NextMeeting { get; private set; }
    public IReadOnlyList<ToDo> ToDos { get; private set; } = [];
    public IReadOnlyList<FollowedAction> Followed { get; private set; } = [];

    /// <summary>Finished meetings this person has not said everything about on the ladder yet (ADR-018), newest first.</summary>
    public IReadOnlyList<Meeting> ToRate { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.BoardIdOf() is not { } boardId)
            return Redirect("/");
        if (await boards.GetAsync(boardId) is not { } board)
            return NotFound();
        var me = User.PersonIdOrThrow();
        Board = board;
        OpenVotes = (await queries.OpenVotesAsync(boardId))
            .Select(v => views.OpenVote(boardId, v.MeetingId, v.MeetingTitle, v.PollId, v.Question, v.Picture)).ToList();
        Votes = User.IsInRole(Roles.Supporter) || (await members.CurrentAsync(boardId, clock.Today)).Any(m => m.PersonId == me && m.Votes);
        NextMeeting = await queries.NextMeetingIdAsync(boardId, clock.LocalNow) is { } next ? await meetings.GetAsync(boardId, next) : null;
        ToDos = await ToDosAsync(boardId, me);
        Followed = await FollowedAsync(boardId, me);
        ToRate = await ToRateAsync(boardId, me);
        return Page();
    }

    private async Task<IReadOnlyList<ToDo>> ToDosAsync(long boardId, long me)
    {
        var list = new List<ToDo>();
        if (User.IsInRole(Roles.Rep))
        {
            foreach (var minutes in await queries.MinutesToCheckAsync(boardId, me))
                list.Add(new($"Check the easy read minutes of {minutes.MeetingTitle}. {Things(minutes.ItemsLeft)} to check.",
                    "Check the minutes", $"/boards/{boardId}/meetings/{minutes.MeetingId}/minutes/check", "paper"));
        }
        if (User.IsInRole(Roles.Supporter))
        {
            // A supporter's main job before a meeting: one tap from home to the form (issue 13), for every meeting
            // that is asking for items now, not only the next one (a later meeting can ask before an earlier one ends).
            foreach (var asking in (await meetings.ListAsync(boardId))
                         .Where(m => AgendaRules.ProblemRaising(m, clock.LocalNow, byCoordinator: false) is null)
                         .OrderBy(m => m.StartsAt))
                list.Add(new($"The board wants items for the meeting on {PlainDates.Date(asking.StartsAt)}. Send them by {PlainDates.DateAndTime(asking.ItemsDeadline)}.",
                    "Send an item", $"/boards/{boardId}/meetings/{asking.Id}/items/new", "letter"));
            foreach (var groupId in await groups.GroupsSupportedByAsync(me))
            {
                if (await groups.GetAsync(boardId, groupId) is not { } group)
                    continue;
                foreach (var row in await ShowModel.LoadRowsAsync(items, meetings, groupId, boardId, clock))
                {
                    if (row.Progress.Status == ItemStatus.Decided)
                        list.Add(new($"The board answered {group.Name}'s item \"{row.Item.Title}\". Does the group agree?",
                            "Give the group's answer", $"/boards/{boardId}/groups/{groupId}/items/{row.Item.Id}/answer", "question"));
                }
            }
        }
        var unread = await notifications.UnreadCountAsync(me);
        if (unread > 0)
            list.Add(new(unread == 1 ? "You have 1 new message." : $"You have {unread} new messages.", "Read my new messages", "/me/inbox", "letter"));
        return list;
    }

    private async Task<IReadOnlyList<FollowedAction>> FollowedAsync(long boardId, long me)
    {
        var (actionIds, chapterIds) = await follows.FollowedByAsync(me);
        if (actionIds.Count == 0 && chapterIds.Count == 0)
            return [];
        var today = clock.Today;
        return (await plans.ActionsAsync(boardId))
            .Where(a => actionIds.Contains(a.Id) || chapterIds.Contains(a.ChapterId))
            .Select(a => new FollowedAction(a.Id, a.WhatEasyRead.Length > 0 ? a.WhatEasyRead : a.What, ActionRules.DescribeOn(a, today), ActionRules.IsOverdue(a, today)))
            .ToList();
    }

    private async Task<IReadOnlyList<Meeting>> ToRateAsync(long boardId, long me)
    {
        if (global::Board.Core.Ladder.LadderRules.ViewOf(global::Board.Web.Ladder.LadderRaters.RoleOf(User)) is null)
            return [];
        var list = new List<Meeting>();
        foreach (var meeting in await ladders.OpenForRatingAsync(boardId, clock.Today))
        {
            var parts = (await ladders.MeetingAsync(boardId, meeting.Id))!.All.Count(p => p.Subject.IsDecided);
            if (await ratings.CountMineAsync(boardId, meeting.Id, me) < parts)
                list.Add(meeting);
        }
        return list;
    }

    private static string Things(int count) => count == 1 ? "1 part" : $"{count} parts";
}

using Board.Core.Composition;
using Board.Core.Documents;
using Board.Core.Ladder;
using Board.Core.Meetings;
using Board.Data.Boards;
using Board.Data.Groups;
using Board.Data.Ladder;
using Board.Data.Meetings;
using Board.Data.Payments;
using Board.Data.Memberships;
using Board.Data.Minutes;
using Board.Data.Plans;
using Board.Web.Ladder;
using Board.Web.Pictures;

namespace Board.Web.Documents;

/// <summary>
/// Gathers the board's year in easy read from the stores. Public-safe by construction: attendance as counts of Reps
/// and carers (never who missed), decisions by their easy read outcome (no tallies, so nothing of a secret ballot),
/// the ladder as counts per rung, and involvement payments as totals only.
/// </summary>
public sealed class YearReports(
    BoardStore boards, MeetingStore meetings, AgendaItemStore items, AttendanceStore attendance, MemberQueries members,
    GroupStore groups, PlanStore plans, LadderViews ladders, LadderStore ladderRatings, InvolvementStore involvement, DocumentFactsLoader facts,
    MinutesStore minutes, PictureSet pictures)
{
    public YearPictures Pictures { get; } = new(
        DocumentFactsLoader.Picture(pictures, "ladder"), DocumentFactsLoader.Picture(pictures, "good"), DocumentFactsLoader.Picture(pictures, "money"),
        LadderRungs.All.ToDictionary(r => r, r => DocumentFactsLoader.Picture(pictures, LadderRungs.Text(r).Picture)));

    /// <param name="isMember">The reader belongs to the board: they see the ladder picture even when it is not published.</param>
    public async Task<YearFacts?> YearAsync(long boardId, int year, DateOnly today, bool isMember)
    {
        if (await boards.GetAsync(boardId) is not { } board)
            return null;
        var ladder = await ladders.YearAsync(boardId, year);
        var inYear = ladder.ByMeeting.Select(m => m.Meeting).ToList();

        // Roles as people hold them now: a count of who came, by the seat they are known by on the board.
        var roles = (await members.AllAsync(boardId)).GroupBy(m => m.PersonId).ToDictionary(g => g.Key, g => g.First().Role);
        // A decision is on the record once its minutes are published; before that its outcome is still a draft.
        var published = (await minutes.PublishedMeetingsAsync(boardId)).ToHashSet();
        var meetingFacts = new List<YearMeetingFacts>();
        var decisions = new List<YearDecisionFacts>();
        foreach (var meeting in inYear)
        {
            var came = (await attendance.ForMeetingAsync(meeting.Id)).Where(a => a.Mark is AttendanceMark.InRoom or AttendanceMark.Online)
                .Select(a => roles.GetValueOrDefault(a.PersonId)).ToList();
            meetingFacts.Add(new(meeting.StartsAt, meeting.Title, came.Count(r => r == nameof(Role.Rep)), came.Count(r => r == nameof(Role.FamilyCarer))));
            if (!published.Contains(meeting.Id))
                continue;
            var decided = (await ladders.MeetingAsync(boardId, meeting.Id))!.Items.Where(p => p.Subject.IsDecided).Select(p => p.Subject.ItemId).ToHashSet();
            foreach (var item in (await items.ForMeetingAsync(meeting.Id)).Where(i => decided.Contains(i.Id)))
                decisions.Add(new(item.Title, DocumentFactsLoader.Picture(pictures, item.Picture), meeting.StartsAt, item.OutcomeEasyRead));
        }

        var loops = await LoopsAsync(boardId, year, today);
        YearPlanFacts? plan = null;
        if (await plans.CurrentPlanAsync(boardId) is { } current)
        {
            var actions = await plans.ActionsAsync(boardId);
            plan = new(current.Title, actions.Count(a => a.Status == Core.Plans.ActionStatus.Done), actions.Count, actions.Count(a => Core.Plans.ActionRules.IsOverdue(a, today)));
        }
        var showLadder = isMember || await ladderRatings.IsPublicAsync(boardId);
        return new YearFacts(board.Name, year, today, meetingFacts, decisions, showLadder ? ladder.Decisions : null, loops, plan,
            await facts.GlossaryAsync(boardId), year < today.Year ? await InvolvementAsync(boardId, year) : null);
    }

    // Only for a finished year: a total that moves while the year runs would show each new payment to anyone who looks
    // twice. Paid for time = to the person, in vouchers or to their charity; repaid = travel and assistants' or carers' costs.
    private async Task<Core.Documents.InvolvementTotals?> InvolvementAsync(long boardId, int year)
    {
        var paid = await involvement.YearTotalsAsync(boardId, year);
        return Core.Documents.InvolvementTotals.Publishable((paid.TimePence + paid.VouchersPence + paid.ToCharityPence) / 100m,
            (paid.TravelPence + paid.CarerPence) / 100m, paid.PeoplePaid);
    }

    // The groups' items on the year's meetings, closed with the group or still open, as "you said, we did" counts them.
    private async Task<YearLoopFacts> LoopsAsync(long boardId, int year, DateOnly today)
    {
        var boardMeetings = (await meetings.ListAsync(boardId)).ToDictionary(m => m.Id);
        var closed = 0;
        var open = new List<string>();
        foreach (var group in await groups.ListAsync(boardId))
            foreach (var item in await items.ForGroupAsync(group.Id))
            {
                if (!boardMeetings.TryGetValue(item.MeetingId, out var meeting) || meeting.StartsAt.Year != year)
                    continue;
                if (GroupItemStatus.Evaluate(item, meeting.State, today).IsOpenLoop)
                    open.Add(item.Title);
                else
                    closed++;
            }
        return new(closed, open);
    }
}

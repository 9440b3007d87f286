using Board.Core.Ladder;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Ladder;
using Board.Data.Meetings;
using Board.Data.Voting;

namespace Board.Web.Ladder;

/// <summary>A thing to rate on a meeting: one decided (or not yet decided) item, or the meeting as a whole.</summary>
public sealed record LadderPart(LadderSubject Subject, string? PictureKey);

/// <summary>A meeting's parts to rate (its items, decided or not yet, in agenda order), the meeting as a whole last.</summary>
public sealed record MeetingLadder(Meeting Meeting, IReadOnlyList<LadderPart> Items, LadderPart Whole)
{
    public IEnumerable<LadderPart> All => Items.Append(Whole);

    public LadderPart? Find(long? itemId) => itemId is null ? Whole : Items.FirstOrDefault(p => p.Subject.ItemId == itemId);
}

/// <summary>The two views of one part, side by side, with the reasons people gave (without their names).</summary>
public sealed record LadderResult(LadderPart Part, LadderComparison Comparison, IReadOnlyList<string> MembersWhy, IReadOnlyList<string> OfficersWhy);

/// <summary>A meeting's results: each decision, then the meeting as a whole.</summary>
public sealed record MeetingLadderResults(Meeting Meeting, IReadOnlyList<LadderResult> Parts);

/// <summary>A year's picture: every rating of the year's meetings together, then meeting by meeting.</summary>
public sealed record YearLadder(int Year, LadderComparison Decisions, LadderComparison Meetings, IReadOnlyList<MeetingLadderResults> ByMeeting, DateOnly ReportMadeOn);

/// <summary>
/// Loads what the ladder pages and the year report show: which parts of a meeting can be rated (Core decides if an
/// item is decided), and the ratings grouped and compared by Core's aggregation rules.
/// </summary>
public sealed class LadderViews(MeetingStore meetings, AgendaItemStore items, PollStore polls, LadderStore ratings)
{
    public async Task<MeetingLadder?> MeetingAsync(long boardId, long meetingId)
    {
        if (await meetings.GetAsync(boardId, meetingId) is not { } meeting)
            return null;
        return await PartsAsync(meeting);
    }

    public async Task<MeetingLadderResults?> ResultsAsync(long boardId, long meetingId)
    {
        if (await MeetingAsync(boardId, meetingId) is not { } ladder)
            return null;
        var rows = await ratings.ForMeetingsAsync(boardId, [meetingId]);
        return Results(ladder, rows);
    }

    /// <summary>The board's meetings in the year that are over, with every rating, compared.</summary>
    public async Task<YearLadder> YearAsync(long boardId, int year)
    {
        var inYear = (await meetings.ListAsync(boardId))
            .Where(m => LadderRules.YearOf(DateOnly.FromDateTime(m.StartsAt)) == year && LadderRules.IsOver(m.State))
            .OrderBy(m => m.StartsAt).ToList();
        var rows = await ratings.ForMeetingsAsync(boardId, inYear.Select(m => m.Id).ToArray());
        var byMeeting = new List<MeetingLadderResults>();
        foreach (var meeting in inYear)
            byMeeting.Add(Results(await PartsAsync(meeting), rows.Where(r => r.MeetingId == meeting.Id).ToList()));
        return new(year,
            Compare(rows.Where(r => r.ItemId is not null)),
            Compare(rows.Where(r => r.ItemId is null)),
            byMeeting, LadderRules.ReportMadeOn(year));
    }

    /// <summary>Finished meetings of the board whose year is still open, newest first: the ones "My board" asks about.</summary>
    public async Task<IReadOnlyList<Meeting>> OpenForRatingAsync(long boardId, DateOnly today) =>
        (await meetings.ListAsync(boardId))
            .Where(m => LadderRules.IsOver(m.State) && LadderRules.IsOpen(DateOnly.FromDateTime(m.StartsAt), today))
            .OrderByDescending(m => m.StartsAt).ToList();

    private async Task<MeetingLadder> PartsAsync(Meeting meeting)
    {
        var date = DateOnly.FromDateTime(meeting.StartsAt);
        var closedVotes = (await polls.ForMeetingAsync(meeting.Id))
            .Where(p => p.State is PollState.Closed or PollState.Published && p.AgendaItemId is not null)
            .Select(p => p.AgendaItemId!.Value).ToHashSet();
        // Every item on the meeting, so one not decided yet is found and refused as such; pages list only decided ones.
        var parts = (await items.ForMeetingAsync(meeting.Id))
            .Select(i => new LadderPart(
                new LadderSubject(meeting.BoardId, meeting.Id, i.Id, i.Title, date, LadderRules.IsDecided(i.State, meeting.State, closedVotes.Contains(i.Id))),
                i.Picture))
            .ToList();
        var whole = new LadderPart(new LadderSubject(meeting.BoardId, meeting.Id, null, "The meeting as a whole", date, LadderRules.IsOver(meeting.State)), "people");
        return new(meeting, parts, whole);
    }

    private static MeetingLadderResults Results(MeetingLadder ladder, IReadOnlyList<LadderRatingRow> rows) =>
        new(ladder.Meeting, ladder.All.Where(p => p.Subject.IsDecided).Select(part =>
        {
            var mine = rows.Where(r => r.ItemId == part.Subject.ItemId).ToList();
            return new LadderResult(part, Compare(mine),
                Whys(mine, LadderView.RepsAndCarers), Whys(mine, LadderView.OfficersAndPartners));
        }).ToList());

    private static LadderComparison Compare(IEnumerable<LadderRatingRow> rows)
    {
        var list = rows.ToList();
        return LadderAggregation.Compare(
            list.Where(r => r.View == LadderView.RepsAndCarers).Select(r => r.Rung),
            list.Where(r => r.View == LadderView.OfficersAndPartners).Select(r => r.Rung));
    }

    private static IReadOnlyList<string> Whys(IEnumerable<LadderRatingRow> rows, LadderView view) =>
        rows.Where(r => r.View == view && !string.IsNullOrWhiteSpace(r.Why)).Select(r => r.Why!.Trim()).ToList();
}

/// <summary>Who the signed-in person is as a rater: their board and role, from their sign-in, never from the form.</summary>
public static class LadderRaters
{
    public static Core.Composition.Role RoleOf(System.Security.Claims.ClaimsPrincipal user) =>
        Enum.TryParse<Core.Composition.Role>(user.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value, out var role) ? role : Core.Composition.Role.Admin;
}

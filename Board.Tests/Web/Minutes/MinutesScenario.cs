using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Meetings;
using Board.Data.Voting;
using Board.Tests.Data.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Minutes;

/// <summary>
/// A finished Riverside meeting with two accepted items and a closed vote on the first, written through the real
/// stores, so each test drafts its own minutes from the start.
/// </summary>
internal sealed record MinutesScenario(long BoardId, long MeetingId, long FirstItemId, long SecondItemId, long PollId)
{
    public const string FirstTitle = "Cheaper swimming";
    public const string SecondTitle = "Easy read bills";

    public string ManagePath => $"/boards/{BoardId}/manage/meetings/{MeetingId}/minutes";
    public string ItemPath(long itemId) => $"{ManagePath}/items/{itemId}";
    public string CheckPath => $"/boards/{BoardId}/meetings/{MeetingId}/minutes/check";
    public string SignOffPath => $"/boards/{BoardId}/meetings/{MeetingId}/minutes/sign-off";

    public static async Task<MinutesScenario> CreateAsync(BoardAppFactory factory, DemoIds ids, int daysAgo = 7)
    {
        var database = factory.Database;
        var meetings = factory.Services.GetRequiredService<MeetingStore>();
        var items = factory.Services.GetRequiredService<AgendaItemStore>();
        var polls = factory.Services.GetRequiredService<PollStore>();
        var now = DateTimeOffset.UtcNow;
        var coordinator = await CoordinatorAsync(factory);

        var meetingId = await meetings.CreateAsync(ids.Riverside, MeetingData.Draft(DateTime.Today.AddDays(-daysAgo).AddHours(14)));
        await MeetingData.MoveToAsync(database, ids.Riverside, meetingId, MeetingState.CallingForItems);
        var first = await items.RaiseAsync(ids.Riverside, coordinator, new NewAgendaItem(meetingId, ids.RiversideGroup, FirstTitle,
            "Swimming costs too much. We want a cheaper price.", "The leisure centre's prices went up in April.", BoardAsk.Decide, "sport"), now);
        var second = await items.RaiseAsync(ids.Riverside, coordinator, new NewAgendaItem(meetingId, null, SecondTitle,
            "Bills are hard to read.", "Council tax bills are hard to read.", BoardAsk.Discuss, "money"), now);
        await items.AcceptAsync((await items.GetAsync(ids.Riverside, first))!, new Acceptance(1, 20, "Speak Up"), coordinator, now);
        await items.AcceptAsync((await items.GetAsync(ids.Riverside, second))!, new Acceptance(2, 20, "Coordinator"), coordinator, now);
        await MeetingData.MoveToAsync(database, ids.Riverside, meetingId, MeetingState.Live);

        var pollId = await polls.CreateAsync(ids.Riverside, coordinator, new NewPoll(meetingId, first, "Should swimming cost less?", "sport",
            BallotSecrecy.Open, MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions), now);
        await polls.OpenAsync(ids.Riverside, pollId, now);
        var poll = (await polls.GetAsync(ids.Riverside, pollId))!;
        await polls.RecordRoomCountsAsync(ids.Riverside, pollId, poll.Options.Zip([9, 3, 1]).ToDictionary(p => p.First.Id, p => p.Second), Board.Tests.Data.TestData.Eligible, coordinator, now);
        await ClosePassedAsync(factory, ids.Riverside, pollId);
        await MeetingData.MoveToAsync(database, ids.Riverside, meetingId, MeetingState.Closed);
        return new MinutesScenario(ids.Riverside, meetingId, first, second, pollId);
    }

    /// <summary>Closes a poll through the store, deciding it with a quorum present.</summary>
    public static async Task ClosePassedAsync(BoardAppFactory factory, long boardId, long pollId)
    {
        var polls = factory.Services.GetRequiredService<PollStore>();
        var poll = (await polls.GetAsync(boardId, pollId))!;
        await polls.CloseAsync(boardId, poll, Board.Tests.Data.TestData.Eligible, counts => PollResults.Decide(poll, counts, new QuorumResult(true, 13, 8, 5, 2, ""), TieRule.MotionFalls, null),
            DateTimeOffset.UtcNow);
    }

    public static async Task<long> CoordinatorAsync(BoardAppFactory factory)
    {
        await using var connection = await factory.Database.OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT person_id FROM accounts WHERE user_name = 'coordinator@riverside.example'");
    }

    /// <summary>Fields for a complete item note, changed by the caller where a test needs.</summary>
    public static Dictionary<string, string> Notes(string easyRead = "We talked about it.\nWe agreed to ask.", string picture = "sport") => new()
    {
        ["Input.StandardNote"] = "The board discussed the item and agreed to write to the provider.",
        ["Input.EasyReadNote"] = easyRead,
        ["Input.Actions"] = "The coordinator will write a letter this month.",
        ["Input.Picture"] = picture,
    };
}

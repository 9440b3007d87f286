using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Minutes;
using Board.Core.Voting;
using Board.Data.Boards;
using Board.Data.Glossary;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Data.Minutes;
using Board.Data.People;
using Board.Data.Voting;
using Board.Web.Demo;
using Board.Web.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Bench.Documents;

internal sealed record SeededMinutes(long BoardId, long MeetingId)
{
    public string EasyReadPath => $"boards/{BoardId}/meetings/{MeetingId}/minutes/easy-read";
}

/// <summary>
/// Writes the generated meeting through the app's own stores, as people would through the pages: the board and its
/// members, the agenda items accepted, the meeting held with a vote counted in the room on every item, the hard
/// words approved, then the minutes drafted, sent to the Reps, marked, signed off by both co-chairs and published,
/// and their PDFs rendered by the app's render job (so the published page links to them, as it does in use).
/// </summary>
internal static class MinutesSeeder
{
    // The generated votes are counted in the room only; "everyone" leaves room for any number of hands.
    private static readonly long[] Everyone = [.. Enumerable.Range(1, 100_000).Select(i => (long)i)];

    public static async Task<SeededMinutes> SeedAsync(IServiceProvider services, GeneratedMinutes generated)
    {
        var boards = services.GetRequiredService<BoardStore>();
        var people = services.GetRequiredService<PersonStore>();
        var memberships = services.GetRequiredService<MembershipStore>();
        var meetings = services.GetRequiredService<MeetingStore>();
        var items = services.GetRequiredService<AgendaItemStore>();
        var attendance = services.GetRequiredService<AttendanceStore>();
        var polls = services.GetRequiredService<PollStore>();
        var glossary = services.GetRequiredService<GlossaryStore>();
        var minutes = services.GetRequiredService<MinutesStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

        var boardId = await boards.CreateAsync(generated.BoardName, "Riverside", "The benchmark's board for documents.", now);
        await services.GetRequiredService<ConstitutionStore>().SaveAsync(boardId,
            DemoBoards.StandardConstitution(repSeats: 12, carerSeats: 3, minimumVoting: 8, minimumReps: 2));
        var coordinatorId = await people.CreateAsync(boardId, "Riverside Coordinator", Role.Coordinator, "Riverside Council", null, now);

        var meetingDay = DateOnly.FromDateTime(generated.Meeting.StartsAt);
        var ids = new List<(GeneratedMember Member, long PersonId)>();
        foreach (var member in generated.Members)
        {
            var personId = await people.CreateAsync(boardId, member.Name, member.Role, member.Organisation, null, now);
            await memberships.CreateAsync(new Membership(0, boardId, personId, member.SeatCode, meetingDay.AddYears(-1), meetingDay.AddYears(2), member.IsCoChair, null));
            ids.Add((member, personId));
        }

        var meetingId = await meetings.CreateAsync(boardId, generated.Meeting);
        await meetings.CreateAsync(boardId, generated.NextMeeting);
        await Move(meetings, boardId, meetingId, MeetingState.Scheduled, MeetingState.CallingForItems, now);
        var itemIds = new List<long>();
        foreach (var item in generated.Items)
        {
            var id = await items.RaiseAsync(boardId, coordinatorId, new NewAgendaItem(meetingId, null, item.Title, item.EasyReadNote.Split('\n')[0],
                item.StandardNote, BoardAsk.Decide, item.Picture), now);
            if (id == 0 || !await items.AcceptAsync((await items.GetAsync(boardId, id))!, new Acceptance(item.Number, 8, "Coordinator"), coordinatorId, now))
                throw new InvalidOperationException($"Could not put item {item.Number} on the agenda.");
            itemIds.Add(id);
        }
        await Move(meetings, boardId, meetingId, MeetingState.CallingForItems, MeetingState.AgendaPublished, now);
        await Move(meetings, boardId, meetingId, MeetingState.AgendaPublished, MeetingState.Live, now);

        foreach (var (member, personId) in ids)
            await attendance.MarkAsync(meetingId, personId, member.Mark, generated.Meeting.StartsAt);
        foreach (var (item, itemId) in generated.Items.Zip(itemIds))
        {
            var pollId = await polls.CreateAsync(boardId, coordinatorId, new NewPoll(meetingId, itemId, item.Question, "vote", BallotSecrecy.Open,
                MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions), now);
            if (!await polls.OpenAsync(boardId, pollId, now))
                throw new InvalidOperationException($"Could not open the vote on item {item.Number}.");
            var poll = (await polls.GetAsync(boardId, pollId))!;
            await polls.RecordRoomCountsAsync(boardId, pollId,
                poll.Options.Zip([item.For, item.Against, item.Abstain]).ToDictionary(p => p.First.Id, p => p.Second), Everyone, coordinatorId, now);
            if (await polls.CloseAsync(boardId, poll, Everyone, counts => MinutesGenerator.Decide(poll, counts), now) is null)
                throw new InvalidOperationException($"Could not close the vote on item {item.Number}.");
        }
        await Move(meetings, boardId, meetingId, MeetingState.Live, MeetingState.Closed, now);

        foreach (var word in generated.Glossary)
            await glossary.AddAsync(boardId, word.Word, word.Explanation, word.Picture, null, approved: true);

        if (!await minutes.StartAsync(boardId, meetingId, now))
            throw new InvalidOperationException("Could not start the minutes.");
        foreach (var (item, itemId) in generated.Items.Zip(itemIds))
            await minutes.SaveItemAsync(boardId, meetingId, itemId, item.StandardNote, item.EasyReadNote, string.Join("\n", item.Actions), item.Picture);
        if (!await minutes.SendToRepsAsync(boardId, meetingId, now))
            throw new InvalidOperationException("Could not send the minutes to the Reps.");
        var rep = ids.First(p => p.Member.Role == Role.Rep && !p.Member.IsCoChair).PersonId;
        foreach (var itemId in itemIds)
            await minutes.MarkAsync(boardId, meetingId, itemId, rep, RepMark.Understood, "", now);
        var version = (await minutes.GetAsync(boardId, meetingId))!.Version;
        var coChairs = ids.Where(p => p.Member.IsCoChair).Select(p => p.PersonId).ToList();
        foreach (var coChair in coChairs)
            await minutes.SignOffAsync(boardId, meetingId, coChair, version, now);
        if (!await minutes.PublishAsync(boardId, meetingId, coordinatorId, MinutesApproval.CoChairsSignOff, coChairs, now))
            throw new InvalidOperationException("Could not publish the minutes.");

        // What publishing from the page queues; run here and awaited, so no render runs while the benchmark times.
        using (var scope = services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<DocumentRenderJob>().RenderMinutesAsync(boardId, meetingId);
        return new SeededMinutes(boardId, meetingId);
    }

    private static async Task Move(MeetingStore meetings, long boardId, long meetingId, MeetingState from, MeetingState to, DateTimeOffset now)
    {
        if (!await meetings.MoveAsync(boardId, meetingId, from, to, now))
            throw new InvalidOperationException($"Could not move the meeting from {from} to {to}.");
    }
}

using Board.Core.Meetings;
using Board.Data.Glossary;
using Board.Data.Groups;
using Board.Data.Meetings;
using Board.Web.Infrastructure;

namespace Board.Web.Demo;

/// <summary>
/// A demo board's meetings: the last one, finished, with answers for the groups ("you said, we did"), and the next
/// one asking for items, with items from groups waiting for the coordinator. Plus a starter glossary.
/// </summary>
public sealed class DemoMeetings(MeetingStore meetings, AgendaItemStore items, GroupStore groups, GlossaryStore glossary, DemoMinutes minutes, DemoPapers papers, BoardClocks clocks)
{
    public async Task SeedAsync(long boardId, IReadOnlyList<long> groupIds, long coordinatorId)
    {
        var clock = await clocks.ForBoardAsync(boardId);
        var now = clock.UtcNow;
        var today = clock.LocalNow.Date;
        var supporters = (await groups.SupportersAsync(boardId)).ToDictionary(s => s.GroupId, s => s.SupporterId);
        long RaiserFor(long groupId) => supporters.TryGetValue(groupId, out var supporter) ? supporter : coordinatorId;

        var last = await meetings.CreateAsync(boardId, Draft("Board meeting", today.AddDays(-42)));
        var busItem = await RaiseAsync(boardId, last, groupIds[0], RaiserFor(groupIds[0]),
            "Buses at night", "We want buses to run later. Then we can go out in the evening.",
            "Members of the group cannot get home after evening events because the last bus leaves at 7pm.", BoardAsk.Decide, "transport", now);
        var lettersItem = await RaiseAsync(boardId, last, groupIds[^1], RaiserFor(groupIds[^1]),
            "Letters from the hospital", "Hospital letters are hard to read. We want easy read letters.",
            "Several members missed appointments because they could not read the letters.", BoardAsk.Discuss, "letter", now);
        await papers.AttachLetterAsync(lettersItem.Id, "letter-from-the-group.pdf", "Letters from the hospital",
            ["Dear board,", "Some of us missed our hospital appointments.", "The letters were too hard to read.",
             "We want every hospital letter in easy read.", "From our self-advocacy group"]);
        await items.AcceptAsync(busItem, new Acceptance(1, 20, "Speak Up group"), coordinatorId, now);
        await items.AcceptAsync(lettersItem, new Acceptance(2, 20, "Hospital liaison nurse"), coordinatorId, now);
        foreach (var step in new[] { (MeetingState.Scheduled, MeetingState.CallingForItems), (MeetingState.CallingForItems, MeetingState.AgendaPublished),
                     (MeetingState.AgendaPublished, MeetingState.Live), (MeetingState.Live, MeetingState.Closed) })
            await meetings.MoveAsync(boardId, last, step.Item1, step.Item2, now);
        await items.WriteOutcomeAsync((await items.GetAsync(boardId, busItem.Id))!,
            "The board asked the transport team to look at a later bus on route 12 and report back in three months.",
            "The board asked the bus people to look at a later bus. They will tell us in 3 months.", coordinatorId, now);

        await minutes.SeedAsync(boardId, last, coordinatorId);

        var next = await meetings.CreateAsync(boardId, Draft("Board meeting", today.AddDays(21)));
        await meetings.MoveAsync(boardId, next, MeetingState.Scheduled, MeetingState.CallingForItems, now);
        await RaiseAsync(boardId, next, groupIds[0], RaiserFor(groupIds[0]),
            "Day centre opening times", "Our day centre now shuts at 3pm. We want it open until 5pm.",
            "The change was made without asking the people who use the centre.", BoardAsk.Decide, "home", now);
        if (groupIds.Count > 1)
            await RaiseAsync(boardId, next, groupIds[1], RaiserFor(groupIds[1]),
                "Jobs fair", "We want a jobs fair for people with learning disabilities.",
                "Local employers could meet people who want paid work, with supporters there to help.", BoardAsk.Discuss, "work", now);

        foreach (var (word, explanation, picture) in GlossaryWords)
            await glossary.AddAsync(boardId, word, explanation, picture, suggestedBy: null, approved: true);
    }

    private static readonly (string Word, string Explanation, string Picture)[] GlossaryWords =
    [
        ("NHS", "The National Health Service. Doctors, nurses and hospitals.", "health"),
        ("agenda", "The list of things the meeting will talk about.", "plan"),
        ("minutes", "A record of what was said and decided at a meeting.", "paper"),
        ("respite", "A short break for a family carer. Someone else gives care for a while.", "rest"),
        ("commissioning", "How the council decides which services to pay for.", "money"),
    ];

    private static MeetingDraft Draft(string title, DateTime day) => new(
        title, day.AddHours(10).AddMinutes(30), day.AddHours(13), "Riverside Civic Centre, Room 2",
        "Step-free entrance from the car park. Hearing loop in the room. Quiet room next door.",
        "https://meet.example.org/riverside-board", day.AddDays(-10).AddHours(17));

    private async Task<AgendaItem> RaiseAsync(long boardId, long meetingId, long groupId, long raisedBy, string title, string summary,
        string details, BoardAsk ask, string picture, DateTimeOffset now)
    {
        var id = await items.RaiseAsync(boardId, raisedBy, new NewAgendaItem(meetingId, groupId, title, summary, details, ask, picture), now);
        return (await items.GetAsync(boardId, id))!;
    }
}

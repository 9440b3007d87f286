using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Minutes;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Data.Minutes;
using Board.Web.Infrastructure;

namespace Board.Web.Demo;

/// <summary>
/// The minutes of the demo's finished meeting, taken through the real workflow: who came, each item's notes, a Rep's
/// check, both co-chairs' sign-off and publication. The render job makes the PDFs when the app starts.
/// </summary>
public sealed class DemoMinutes(AttendanceStore attendance, MemberQueries members, MinutesStore minutes, Documents.DocumentFactsLoader facts, BoardClocks clocks)
{
    private static readonly Dictionary<string, (string Standard, string EasyRead, string Actions)> Notes = new()
    {
        ["Buses at night"] = (
            "The Speak Up group explained that the last bus on route 12 leaves the town centre at 7pm, so members cannot get home from evening events.\n\nThe board agreed to ask the council's transport team to look at a later bus and to report back within three months.",
            "The Speak Up group told us about the buses.\nThe last bus home is at 7pm.\nSo people cannot go out in the evening.\nWe asked the bus people to look at a later bus.",
            "The coordinator will write to the transport team this month.\nThe transport team will tell us what they found in 3 months."),
        ["Letters from the hospital"] = (
            "Members described missing appointments because hospital letters were hard to read. The hospital liaison nurse agreed to take easy read examples to the outpatients team.",
            "Hospital letters are hard to read.\nSome people missed their appointments.\nThe hospital nurse will show easy read letters to the hospital.",
            "The hospital nurse will bring an easy read letter to the next meeting."),
    };

    public async Task SeedAsync(long boardId, long meetingId, long coordinatorId)
    {
        var clock = await clocks.ForBoardAsync(boardId);
        var now = clock.UtcNow;
        var current = await members.CurrentAsync(boardId, clock.Today);
        var meetingTime = clock.LocalNow.Date.AddDays(-42).AddHours(14);
        var voting = current.Where(m => m.Votes).Select(m => m.PersonId).Distinct().ToList();
        foreach (var (personId, i) in voting.Select((p, i) => (p, i)))
            await attendance.MarkAsync(meetingId, personId, i == voting.Count - 1 ? AttendanceMark.Apologies : AttendanceMark.InRoom, meetingTime);

        await minutes.StartAsync(boardId, meetingId, now);
        var draft = (await minutes.GetAsync(boardId, meetingId))!;
        foreach (var item in draft.Items)
            if (Notes.TryGetValue(item.Title, out var note))
                await minutes.SaveItemAsync(boardId, meetingId, item.AgendaItemId, note.Standard, note.EasyRead, note.Actions, item.Picture);
        await minutes.SendToRepsAsync(boardId, meetingId, now);

        draft = (await minutes.GetAsync(boardId, meetingId))!;
        if (current.FirstOrDefault(m => m.Role == Roles.Rep) is { } rep)
            foreach (var item in draft.Items)
                await minutes.MarkAsync(boardId, meetingId, item.AgendaItemId, rep.PersonId, RepMark.Understood, "", now);
        var coChairs = current.Where(m => m.IsCoChair).Select(m => m.PersonId).Distinct().ToList();
        foreach (var coChair in coChairs)
            await minutes.SignOffAsync(boardId, meetingId, coChair, draft.Version, now);
        await minutes.PublishAsync(boardId, meetingId, coordinatorId, MinutesApproval.CoChairsSignOff, coChairs, now,
            await facts.RecordAsync(boardId, meetingId), draft.Version);
    }
}

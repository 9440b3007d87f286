using Board.Core.Documents;
using Board.Core.EasyRead;
using System.Text.Json;
using Board.Core.Meetings;
using Board.Core.Minutes;
using Board.Core.Voting;
using Board.Data.Boards;
using Board.Data.Glossary;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Data.Minutes;
using Board.Data.Plans;
using Board.Data.Voting;
using Board.Web.Meetings;
using Board.Web.Pictures;

namespace Board.Web.Documents;

/// <summary>
/// Gathers what an agenda or the minutes say from the stores, into the facts the document builders take. The
/// web pages, the PDF job and the benchmark all start here, so they all say the same thing.
/// </summary>
public sealed class DocumentFactsLoader(
    Board.Data.Interests.DeclarationStore declarations,
    AgendaViews agendas,
    BoardStore boards,
    MeetingStore meetings,
    AttendanceStore attendance,
    MemberQueries members,
    MinutesStore minutes,
    PollStore polls,
    BallotStore ballots,
    PlanStore plans,
    GlossaryStore glossary,
    AuditLog audit,
    PictureSet pictures)
{
    public StandardPictures Pictures { get; } = new(
        Picture(pictures, "paper"), Picture(pictures, "meeting-date"), Picture(pictures, "home"),
        Picture(pictures, "people"), Picture(pictures, "letter"), Picture(pictures, "plan"),
        "The pictures are from OpenMoji (openmoji.org), licensed CC BY-SA 4.0. The font is Atkinson Hyperlegible, licensed under the SIL Open Font License.");

    /// <summary>How an action stands, as pictures: a thumbs up, a star, a warning sign, a clock.</summary>
    public StatusPictures StatusPictures { get; } = new(
        Picture(pictures, "good"), Picture(pictures, "star"), Picture(pictures, "warning"), Picture(pictures, "time"));

    /// <summary>The board's current plan as it stands today, for the easy read plan report; null if there is no plan.</summary>
    public async Task<PlanFacts?> PlanAsync(long boardId, DateOnly today)
    {
        if (await boards.GetAsync(boardId) is not { } board || await plans.CurrentPlanAsync(boardId) is not { } plan)
            return null;
        var actions = await plans.ActionsAsync(boardId);
        var chapters = (await plans.ChaptersAsync(plan.Id))
            .Select(c => new PlanChapterFacts(c, Picture(pictures, c.Picture), actions.Where(a => a.ChapterId == c.Id).ToList())).ToList();
        return new PlanFacts(board.Name, plan, today, chapters, await GlossaryAsync(boardId));
    }

    public async Task<AgendaFacts?> AgendaAsync(long boardId, long meetingId)
    {
        if (await agendas.LoadAsync(boardId, meetingId) is not { } view || await boards.GetAsync(boardId) is not { } board)
            return null;
        var items = view.Accepted.Select((item, i) => new AgendaItemFacts(i + 1, item.Title, Picture(pictures, item.Picture), item.EasyReadSummary,
            item.Details, view.RaisedBy(item), view.AskText(item).TrimEnd('.').ToLowerInvariant(), item.Minutes, item.Presenter)).ToList();
        return new AgendaFacts(Facts(board.Name, view.Meeting), items, await GlossaryAsync(boardId));
    }

    /// <param name="withPictureBytes">Only the PDF needs the board's own pictures' bytes; a web page links to them,
    /// so an anonymous visitor never makes the server read megabytes of photos.</param>
    public async Task<MinutesFacts?> MinutesAsync(long boardId, long meetingId, bool withPictureBytes = false)
    {
        if (await minutes.GetAsync(boardId, meetingId) is not { } draft)
            return null;
        // Published minutes are the record made at publication: later edits elsewhere (a plan action's words, a hard
        // word, a name) do not change what was published.
        if (draft.State == MinutesState.Published && await minutes.PublishedFactsAsync(meetingId) is { } record
            && JsonSerializer.Deserialize<MinutesFacts>(record) is { } published)
            return published with { AuditRecord = await AuditRecordAsync(meetingId), OwnPictures = await OwnPicturesAsync(boardId, meetingId, draft, withPictureBytes) };
        return await LiveMinutesAsync(boardId, meetingId, draft, withPictureBytes);
    }

    /// <summary>The record of the minutes to keep at publication, made from their current version.</summary>
    public async Task<string?> RecordAsync(long boardId, long meetingId)
    {
        if (await minutes.GetAsync(boardId, meetingId) is not { } draft || await LiveMinutesAsync(boardId, meetingId, draft, withPictureBytes: false) is not { } facts)
            return null;
        // The audit anchor is added when read (it is fixed by the publishing itself), the pictures' bytes by the PDF job.
        return JsonSerializer.Serialize(facts with { AuditRecord = null, OwnPictures = null });
    }

    private async Task<MinutesFacts?> LiveMinutesAsync(long boardId, long meetingId, MinutesDraft draft, bool withPictureBytes)
    {
        if (await meetings.GetAsync(boardId, meetingId) is not { } meeting || await boards.GetAsync(boardId) is not { } board)
            return null;

        // Roles as they were on the day of the meeting (someone made co-chair later was not co-chair then); anyone
        // whose membership has ended since still appears, with the seat they last held.
        var roll = (await members.CurrentAsync(boardId, DateOnly.FromDateTime(meeting.StartsAt))).GroupBy(m => m.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.IsCoChair).First());
        foreach (var former in (await members.AllAsync(boardId)).OrderByDescending(m => m.TermFrom))
            roll.TryAdd(former.PersonId, former with { IsCoChair = false });
        var marks = await attendance.ForMeetingAsync(meetingId);
        var present = marks.Where(a => a.Mark is AttendanceMark.InRoom or AttendanceMark.Online)
            .Select(a => roll.TryGetValue(a.PersonId, out var m) ? new Attendee(m.PersonName, RoleName(m)) : null).OfType<Attendee>()
            .OrderBy(a => a.Name, StringComparer.CurrentCulture).ToList();
        var apologies = marks.Where(a => a.Mark == AttendanceMark.Apologies)
            .Select(a => roll.TryGetValue(a.PersonId, out var m) ? m.PersonName : null).OfType<string>().Order(StringComparer.CurrentCulture).ToList();

        var meetingPolls = (await polls.ForMeetingAsync(meetingId)).Where(p => p.State is PollState.Closed or PollState.Published).ToList();
        var planActions = (await plans.ActionsAsync(boardId)).ToDictionary(a => a.Id);
        var items = new List<MinutesItemFacts>();
        foreach (var item in draft.Items)
        {
            var picture = item.HasOwnPicture
                ? new DocumentPicture(MinutesDocuments.OwnPictureKey(item.AgendaItemId), item.OwnPictureAlt!)
                : Picture(pictures, item.Picture);
            var votes = new List<VoteFacts>();
            foreach (var poll in meetingPolls.Where(p => p.AgendaItemId == item.AgendaItemId))
                votes.Add(await VoteAsync(poll));
            var linked = (await plans.ActionsForItemAsync(item.AgendaItemId)).Select(id => planActions.TryGetValue(id, out var a) ? a.WhatEasyRead : null).OfType<string>().ToList();
            items.Add(new MinutesItemFacts(item.Position, item.Title, picture, item.StandardNote, item.EasyReadNote, votes, item.Actions, linked));
        }

        var itemIds = draft.Items.Select(i => i.AgendaItemId).ToHashSet();
        var other = new List<VoteFacts>();
        foreach (var poll in meetingPolls.Where(p => p.AgendaItemId is not { } id || !itemIds.Contains(id)))
            other.Add(await VoteAsync(poll));

        var next = (await meetings.ListAsync(boardId)).Where(m => m.StartsAt > meeting.StartsAt).OrderBy(m => m.StartsAt).FirstOrDefault();
        // Each declaration at its item, numbered as the minutes number it (the agenda's position for an item with no notes).
        var numbers = draft.Items.ToDictionary(i => i.AgendaItemId, i => i.Position);
        var declared = (await declarations.ForMeetingAsync(boardId, meetingId))
            .Select(d => new DeclarationFacts(numbers.GetValueOrDefault(d.AgendaItemId, d.ItemPosition ?? 0), d.ItemTitle, d.PersonName, d.Kind.ToString(),
                d.Description, d.Action.ToString(), d.InRoom))
            .OrderBy(d => d.ItemNumber).ThenBy(d => d.PersonName, StringComparer.CurrentCulture).ToList();
        return new MinutesFacts(Facts(board.Name, meeting), present, apologies, items, next is null ? null : Facts(board.Name, next),
            await GlossaryAsync(boardId), await AuditRecordAsync(meetingId), await OwnPicturesAsync(boardId, meetingId, draft, withPictureBytes),
            other, MinutesFacts.CurrentRecordVersion, declared);
    }

    // Published minutes print the entry recorded when they were published, so the record never moves; a draft
    // shows where the log stands now.
    private async Task<string?> AuditRecordAsync(long meetingId) =>
        await minutes.AuditAnchorAsync(meetingId) is { } anchor
            ? $"Votes are kept in the audit log, where each entry is chained to the one before. When these minutes were published the log's newest entry was number {anchor.Sequence}, with fingerprint {anchor.Hash}."
            : await audit.LatestAsync() is { } latest
                ? $"Votes are kept in the audit log, where each entry is chained to the one before. The log's newest entry is now number {latest.Sequence}, with fingerprint {latest.Hash}."
                : null;

    private async Task<IReadOnlyDictionary<string, byte[]>> OwnPicturesAsync(long boardId, long meetingId, MinutesDraft draft, bool withBytes)
    {
        var own = new Dictionary<string, byte[]>();
        if (!withBytes)
            return own;
        foreach (var item in draft.Items.Where(i => i.HasOwnPicture))
            if (await minutes.OwnPictureAsync(boardId, meetingId, item.AgendaItemId) is { } picture)
                own[MinutesDocuments.OwnPictureKey(item.AgendaItemId)] = picture.Content;
        return own;
    }

    private async Task<VoteFacts> VoteAsync(Poll poll)
    {
        var counts = await ballots.TallyAsync(poll);
        var result = await polls.ResultTextAsync(poll.Id) ?? "";
        var tallies = counts.Select(c => new VoteTally(c.Option.Symbol, c.Option.Label, Meaning(c.Option.Meaning), c.Votes)).ToList();
        return new VoteFacts(poll.Question, Picture(pictures, poll.Picture), tallies, result, result);
    }

    /// <summary>
    /// The board's whole approved glossary, for the easy read minutes and agenda: their builders pick the words the
    /// document uses (DocumentHardWords), so the words come from the document's own text, not a copy of part of it.
    /// </summary>
    public async Task<IReadOnlyList<HardWord>> GlossaryAsync(long boardId) =>
        (await glossary.ListAsync(boardId, approvedOnly: true)).Where(w => w.Explanation.Trim().Length > 0)
            .Select(w => new HardWord(w.Word, w.Explanation, Picture(pictures, w.Picture))).ToList();

    /// <summary>The easy read minutes' hard words nobody has explained yet; publishing waits for them.</summary>
    public async Task<IReadOnlyList<FoundHardWord>> UnexplainedInMinutesAsync(long boardId, long meetingId) =>
        await MinutesAsync(boardId, meetingId) is { } facts ? MinutesDocuments.UnexplainedHardWords(facts, Pictures) : [];

    /// <summary>The easy read plan report's hard words nobody has explained yet; the coordinator's plan page asks for them.</summary>
    public async Task<IReadOnlyList<FoundHardWord>> UnexplainedInPlanAsync(long boardId, DateOnly today) =>
        await PlanAsync(boardId, today) is { } facts ? PlanDocuments.UnexplainedHardWords(facts, Pictures, StatusPictures) : [];

    /// <summary>The easy read agenda's hard words nobody has explained yet; publishing waits for them.</summary>
    public async Task<IReadOnlyList<FoundHardWord>> UnexplainedInAgendaAsync(long boardId, long meetingId) =>
        await AgendaAsync(boardId, meetingId) is { } facts ? AgendaDocuments.UnexplainedHardWords(facts, Pictures) : [];

    private static MeetingFacts Facts(string boardName, Meeting meeting) =>
        new(boardName, meeting.StartsAt, meeting.EndsAt, meeting.Venue, meeting.AccessNotes, meeting.OnlineLink is not null);

    private static string RoleName(MemberListing member)
    {
        var seat = member.Organisation is { Length: > 0 } organisation ? $"{member.SeatName}, {organisation}" : member.SeatName;
        return member.IsCoChair ? $"Co-chair, {seat}" : seat;
    }

    private static VoteMeaning Meaning(OptionMeaning meaning) => meaning switch
    {
        OptionMeaning.For => VoteMeaning.For,
        OptionMeaning.Against => VoteMeaning.Against,
        OptionMeaning.Abstain => VoteMeaning.Abstain,
        _ => VoteMeaning.Other,
    };

    // A picture missing from the set (say, removed from pictures.json after an item chose it) falls back to the
    // page picture rather than failing the whole document.
    internal static DocumentPicture Picture(PictureSet set, string? key) =>
        set.Find(key) is { } picture ? new DocumentPicture(picture.Key, picture.Label)
        : set.Find("paper") is { } fallback ? new DocumentPicture(fallback.Key, fallback.Label)
        : throw new InvalidOperationException("The picture set has no \"paper\" picture.");
}

using System.Globalization;
using Board.Core.Composition;
using Board.Core.Documents;
using Board.Core.EasyRead;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Web.Pictures;

namespace Board.Bench.Documents;

/// <summary>A member of the generated board: their seat, whether they chair, and whether they came.</summary>
internal sealed record GeneratedMember(string Name, Role Role, string SeatCode, string SeatName, string? Organisation, bool IsCoChair, AttendanceMark Mark);

/// <summary>One agenda item as the coordinator typed it, and the vote taken on it (counted in the room).</summary>
internal sealed record GeneratedItem(
    int Number, string Title, string Picture, string EasyReadNote, string StandardNote, IReadOnlyList<string> Actions,
    string Question, int For, int Against, int Abstain);

internal sealed record GeneratedWord(string Word, string Explanation, string Picture);

/// <summary>
/// A meeting's worth of input (who came, the items, their votes, the hard words) and the <see cref="MinutesFacts"/>
/// that <c>DocumentFactsLoader</c> reads back once <see cref="MinutesSeeder"/> has written it through the stores.
/// </summary>
internal sealed record GeneratedMinutes(
    string BoardName, MeetingDraft Meeting, MeetingDraft NextMeeting, IReadOnlyList<GeneratedMember> Members,
    IReadOnlyList<GeneratedItem> Items, IReadOnlyList<GeneratedWord> Glossary, MinutesFacts Facts);

/// <summary>
/// A realistic easy read meeting with fixed text (no randomness): each item has 3 or 4 short sentences, a picture,
/// one vote with For, Against and Abstain counts, and 1 or 2 actions; 16 people came and 2 sent apologies; the next
/// meeting is set; 5 hard words from the board's glossary appear in the text.
/// </summary>
internal static class MinutesGenerator
{
    public const string BoardName = "Riverside Partnership Board";

    /// <summary>Quorum met: 12 voting members present, at least 8 needed; 10 Reps present, at least 2 needed.</summary>
    public static readonly QuorumResult Quorum = new(true, 12, 8, 10, 2, "");

    private static readonly (string Title, string Picture, string EasyRead, string Actions, string Question, int For, int Against, int Abstain)[] Topics =
    [
        ("Buses at night", "transport",
            "The last bus home is at 7pm.\nSo people cannot go out in the evening.\nWe want a later bus on route 12.\nThe council will ask the bus company.",
            "The coordinator will write to the bus company this month.\nThe transport team will tell us what they found in 3 months.",
            "Should we ask for a later bus on route 12?", 11, 0, 1),
        ("Money for day services", "money",
            "The council has a new budget for day services.\nThe budget is smaller than last year.\nReps are worried that some groups will close.\nWe asked the council to explain the cuts.",
            "Councillor Green will bring the budget in easy read to the next meeting.",
            "Should we ask the council to keep the day services open?", 12, 0, 0),
        ("Health checks", "health",
            "Everyone with a learning disability can have a health check every year.\nMany people did not get one last year.\nThe doctors will send easy read letters.\nReps will help tell people about it.",
            "The health partner will share the numbers for each surgery.\nReps will make a poster about health checks.",
            "Should we make a poster about health checks?", 10, 1, 1),
        ("Letters from the hospital", "hospital",
            "Hospital letters are hard to read.\nSome people missed their appointments.\nThe hospital nurse will show easy read letters to the hospital.",
            "The hospital nurse will bring an easy read letter to the next meeting.",
            "Should the hospital send easy read letters?", 12, 0, 0),
        ("Getting your medicine", "medicine",
            "Some people take too much medicine.\nA doctor should check your medicine every year.\nThis is called a medicine review.\nYou can ask your doctor for one.",
            "The health partner will send us the leaflet about medicine reviews.",
            "Should we tell every member about medicine reviews?", 9, 2, 1),
        ("Finding a job", "work",
            "Only a few people with a learning disability have a paid job.\nThe job centre has a new helper.\nThe helper can come to your group.",
            "The coordinator will invite the job centre helper to each group.\nReps will ask their groups who wants a job.",
            "Should the job centre helper visit every group?", 8, 3, 1),
        ("Somewhere to live", "home",
            "The council is building new flats in Riverside.\nSome flats will be for people who need support.\nWe want to see the plans.\nThe flats must be accessible.",
            "The housing officer will bring the plans to the next meeting.",
            "Should some new flats be kept for people who need support?", 11, 1, 0),
        ("Staying safe in town", "safety",
            "Some people feel scared in town.\nShops can join the safe places scheme.\nA safe place has a sticker in the window.",
            "Reps will count the safe places in the town centre.",
            "Should we ask more shops to be safe places?", 12, 0, 0),
        ("The friendship club", "friends",
            "The friendship club meets on Fridays.\nMore people want to come.\nThe club needs a bigger room.",
            "The coordinator will look for a bigger room.",
            "Should the club move to a bigger room?", 7, 4, 1),
        ("Breaks for carers", "family",
            "Family carers need a break sometimes.\nThe waiting list for short breaks is long.\nCarers told us how hard this is.\nThe council will review the waiting list.",
            "Social care will send the waiting list numbers.\nThe carer members will write down what carers told us.",
            "Should the council pay for more short breaks?", 10, 0, 2),
        ("Letters from the council", "letter",
            "Council letters use hard words.\nThe council wants to make its letters easier.\nReps will check new letters before they are sent.",
            "Two Reps will check the new council tax letter.",
            "Should Reps check council letters?", 12, 0, 0),
        ("Speaking up", "speak-up",
            "The speak up group wants more members.\nAn advocate helps you say what you want.\nThe group will meet in the library.",
            "Speak Up will put posters up in the library.",
            "Should the board pay for the posters?", 6, 5, 1),
        ("College courses", "learning",
            "Some college courses have stopped.\nPeople want to learn cooking and money skills.\nThe college will ask people what they want.\nThis is called a consultation.",
            "The college will send the consultation in easy read.",
            "Should we answer the college consultation together?", 11, 0, 1),
        ("The computer club", "computer",
            "The computer club helps people use the internet.\nSome people want to learn video calls.\nThe library has free computers.",
            "The computer club will start a video call class.",
            "Should the computer club teach video calls?", 12, 0, 0),
        ("Phones and apps", "phone",
            "Some people pay too much for their phone.\nA helper can check your phone bill.\nThere is free phone help on Tuesdays.",
            "The coordinator will share the times of the phone help.",
            "Should we tell every group about the phone help?", 10, 1, 1),
        ("Healthy food", "food",
            "The cooking class is very popular.\nPeople learn to make cheap healthy meals.\nThe class needs more money to carry on.",
            "The coordinator will ask for money for the class from the budget.\nReps will share their favourite recipes.",
            "Should the board ask for money for the cooking class?", 9, 2, 1),
        ("Swimming", "sport",
            "Swimming costs too much.\nThe leisure centre prices went up in April.\nWe want a cheaper price for members.",
            "The coordinator will write to the leisure centre.",
            "Should swimming cost less for members?", 12, 0, 0),
        ("Art in the park", "art",
            "The art project made a big painting in the park.\nEveryone can come and see it.\nThe project wants to do another painting next summer.",
            "The art group will tell us the date of the next painting day.",
            "Should the board help with the next painting?", 5, 6, 1),
        ("Changing Places toilets", "access",
            "A Changing Places toilet has a bed and a hoist.\nThe town centre has only one.\nWe want one at the new leisure centre.\nIt must be accessible for everyone.",
            "Councillor Green will ask the planning team about the leisure centre.",
            "Should the new leisure centre have a Changing Places toilet?", 12, 0, 0),
        ("The police and you", "police",
            "A police officer came to talk to us.\nThe police want to know if people feel safe.\nYou can report hate crime online or by phone.",
            "The police officer will bring an easy read leaflet about hate crime.",
            "Should the police officer come back in the spring?", 11, 0, 1),
    ];

    private static readonly GeneratedWord[] Words =
    [
        new("accessible", "Easy for everyone to get to and use, including people who use a wheelchair.", "access"),
        new("advocate", "Someone who helps you say what you want and makes sure people listen.", "speak-up"),
        new("budget", "How much money there is to spend, and what it is for.", "money"),
        new("consultation", "When people are asked what they think before something is decided.", "question"),
        new("review", "When someone looks at something again to check it is still right.", "paper"),
    ];

    public static GeneratedMinutes Generate(int items, PictureSet pictures)
    {
        var meeting = new MeetingDraft("Partnership Board meeting", new DateTime(2026, 11, 12, 10, 0, 0), new DateTime(2026, 11, 12, 13, 0, 0),
            "the Riverside Centre, Mill Lane", "Step-free entrance on Mill Lane. A hearing loop is in the main room.", "https://meet.example/riverside",
            new DateTime(2026, 10, 29, 17, 0, 0));
        var next = new MeetingDraft("Partnership Board meeting", new DateTime(2026, 12, 10, 10, 0, 0), new DateTime(2026, 12, 10, 13, 0, 0),
            "the Riverside Centre, Mill Lane", meeting.AccessNotes, meeting.OnlineLink, new DateTime(2026, 11, 26, 17, 0, 0));
        var members = Members();
        var generated = Enumerable.Range(1, items).Select(Item).ToList();

        var present = members.Where(m => m.Mark is AttendanceMark.InRoom or AttendanceMark.Online)
            .Select(m => new Attendee(m.Name, RoleName(m))).OrderBy(a => a.Name, StringComparer.CurrentCulture).ToList();
        var apologies = members.Where(m => m.Mark == AttendanceMark.Apologies).Select(m => m.Name).Order(StringComparer.CurrentCulture).ToList();
        var vote = Picture(pictures, "vote");
        var itemFacts = generated.Select(i => new MinutesItemFacts(i.Number, i.Title, Picture(pictures, i.Picture), i.StandardNote, i.EasyReadNote,
            [Vote(i, vote)], i.Actions, [])).ToList();

        // The hard words the loader finds: the board's approved words (in the store's order) that the text uses.
        var text = string.Join("\n", itemFacts.Select(i => $"{i.Title}\n{i.EasyReadNote}\n{string.Join("\n", i.Actions)}"));
        var glossary = Words.OrderBy(w => w.Word, StringComparer.Ordinal).ToList();
        var used = EasyReadChecker.HardWordsUsed(text, glossary.Select(w => new GlossaryTerm(w.Word, w.Explanation)).ToList());
        var hardWords = used.Select(u => glossary.First(w => w.Word == u.Word)).Select(w => new HardWord(w.Word, w.Explanation, Picture(pictures, w.Picture))).ToList();

        // As DocumentFactsLoader reads the published meeting back: every vote is on an item (no other votes), the current
        // record version, and the declarations section saying nobody declared (the seeder records no declarations).
        var facts = new MinutesFacts(Facts(meeting), present, apologies, itemFacts, Facts(next), hardWords, AuditRecord: null,
            OtherVotes: [], RecordVersion: MinutesFacts.CurrentRecordVersion, Declarations: []);
        return new GeneratedMinutes(BoardName, meeting, next, members, generated, glossary, facts);
    }

    /// <summary>The result the store writes when the poll closes with these counts: the same rule, quorum and tie rule.</summary>
    public static PollResult Decide(Poll poll, IReadOnlyList<OptionCount> counts) =>
        PollResults.Decide(poll, counts, Quorum, TieRule.MotionFalls, castingVote: null);

    private static VoteFacts Vote(GeneratedItem item, DocumentPicture picture)
    {
        var options = PollRules.DefaultOptions.Select((o, i) => new PollOption(i + 1, o.Label, o.Meaning, o.Symbol)).ToList();
        var poll = new Poll(0, 0, 0, null, item.Question, picture.Key, BallotSecrecy.Open, MajorityRule.SimpleMajorityOfVotesCast, null, 0,
            PollState.Open, null, null, options);
        var counts = options.Zip([item.For, item.Against, item.Abstain], (o, n) => new OptionCount(o, n)).ToList();
        var result = Decide(poll, counts).Explanation;
        var tallies = counts.Select(c => new VoteTally(c.Option.Symbol, c.Option.Label, Meaning(c.Option.Meaning), c.Votes)).ToList();
        return new VoteFacts(item.Question, picture, tallies, result, result);
    }

    private static GeneratedItem Item(int number)
    {
        var topic = Topics[(number - 1) % Topics.Length];
        var round = (number - 1) / Topics.Length;
        var title = round == 0 ? topic.Title : $"{topic.Title} ({round + 1})";
        var sentences = topic.EasyRead.Split('\n');
        var standard = $"The board discussed {topic.Title.ToLower(CultureInfo.InvariantCulture)}. {string.Join(" ", sentences)}\n\n" +
                       $"The board voted on the question \"{topic.Question}\": {topic.For} for, {topic.Against} against, {topic.Abstain} abstaining.";
        return new GeneratedItem(number, title, topic.Picture, topic.EasyRead, standard, topic.Actions.Split('\n'), topic.Question,
            topic.For, topic.Against, topic.Abstain);
    }

    private static List<GeneratedMember> Members()
    {
        GeneratedMember Rep(string name, AttendanceMark mark = AttendanceMark.InRoom, bool coChair = false) =>
            new(name, Role.Rep, "rep", "Rep", null, coChair, mark);
        GeneratedMember Carer(string name, AttendanceMark mark = AttendanceMark.InRoom) =>
            new(name, Role.FamilyCarer, "carer", "Family carer", null, false, mark);
        GeneratedMember Partner(string name, string organisation, AttendanceMark mark = AttendanceMark.InRoom) =>
            new(name, Role.Partner, "partner", "Partner organisation", organisation, false, mark);
        return
        [
            Rep("Sam Patel", coChair: true), Rep("Jo Brown"), Rep("Ali Khan"), Rep("Mo Reed"), Rep("Priya Shah"), Rep("Tom Hughes", AttendanceMark.Online),
            Rep("Grace Okafor"), Rep("Liam Walsh"), Rep("Chloe Evans"), Rep("Daniel Price", AttendanceMark.Online), Rep("Amy Turner", AttendanceMark.Apologies),
            Carer("Pat Young"), Carer("Helen Morris", AttendanceMark.Online), Carer("Ian Clarke", AttendanceMark.Apologies),
            new("Ruth Green", Role.Partner, "councillor", "Councillor", "Riverside Council", true, AttendanceMark.InRoom),
            Partner("Nadia Hussain", "Riverside NHS Integrated Care Board"), Partner("Mark Davies", "Riverside Council Adult Social Care"),
            Partner("Kate Wilson", "Speak Up Riverside Advocacy", AttendanceMark.Online),
        ];
    }

    // As DocumentFactsLoader words a member's role.
    private static string RoleName(GeneratedMember member)
    {
        var seat = member.Organisation is { Length: > 0 } organisation ? $"{member.SeatName}, {organisation}" : member.SeatName;
        return member.IsCoChair ? $"Co-chair, {seat}" : seat;
    }

    private static MeetingFacts Facts(MeetingDraft meeting) =>
        new(BoardName, meeting.StartsAt, meeting.EndsAt, meeting.Venue, meeting.AccessNotes, meeting.OnlineLink is not null);

    private static DocumentPicture Picture(PictureSet set, string key) =>
        set.Find(key) is { } picture ? new DocumentPicture(picture.Key, picture.Label) : throw new InvalidOperationException($"pictures.json has no \"{key}\".");

    private static VoteMeaning Meaning(OptionMeaning meaning) => meaning switch
    {
        OptionMeaning.For => VoteMeaning.For,
        OptionMeaning.Against => VoteMeaning.Against,
        OptionMeaning.Abstain => VoteMeaning.Abstain,
        _ => VoteMeaning.Other,
    };
}

using Board.Core.Documents;
using Board.Core.Ladder;

namespace Board.Tests.Documents;

/// <summary>A board's year in easy read with fixed content: six meetings, a dozen decisions, the ladder, loops, plan and payments.</summary>
internal static class SampleYearReport
{
    private static DocumentPicture P(string key) => new(key, $"The {key} picture");

    public static StandardPictures Pictures { get; } = new(P("paper"), P("meeting-date"), P("home"), P("people"), P("letter"), P("plan"));

    public static YearPictures YearPictures { get; } = new(P("ladder"), P("good"), P("money"),
        LadderRungs.All.ToDictionary(r => r, r => P(LadderRungs.Text(r).Picture)));

    private static readonly string[] Topics =
        ["Buses at night", "Money for day services", "Going to the doctor", "Hospital passports", "Finding a job", "Somewhere to live",
         "Staying safe in town", "Carers' breaks", "Letters from the council", "College courses", "Healthy food", "Changing Places toilets"];

    private static readonly string[] Keys = ["transport", "money", "health", "hospital", "work", "home", "safety", "family", "letter", "learning", "food", "access"];

    public static YearFacts Facts(InvolvementTotals? involvement = null, bool withLadder = true) => new(
        SampleDocuments.BoardName, 2026, new DateOnly(2027, 2, 3),
        Enumerable.Range(0, 6).Select(i => new YearMeetingFacts(new DateTime(2026, 1 + 2 * i, 14, 10, 30, 0), "Board meeting", 6 + i % 3, 2 + i % 2)).ToList(),
        Topics.Select((t, i) => new YearDecisionFacts(t, P(Keys[i]), new DateTime(2026, 1 + 2 * (i / 2), 14, 10, 30, 0),
            i % 4 == 3 ? null : $"The board agreed to look at {t.ToLowerInvariant()}. We will hear back in 3 months.")).ToList(),
        withLadder ? LadderAggregation.Compare(
            [LadderRung.Consultation, LadderRung.Engagement, LadderRung.Consultation, LadderRung.CoDesign, LadderRung.Informing],
            [LadderRung.CoDesign, LadderRung.CoProduction, LadderRung.Engagement]) : null,
        new YearLoopFacts(7, ["Day centre opening times", "Jobs fair"]),
        new YearPlanFacts("Our plan for 2025 to 2028", 9, 24, 2),
        [new HardWord("respite", "A short break for a family carer.", P("rest"))],
        involvement);

    public static DocumentContent EasyRead(InvolvementTotals? involvement = null) =>
        YearDocuments.EasyRead(Facts(involvement ?? new InvolvementTotals(1234.5m, 310m)), Pictures, YearPictures);
}

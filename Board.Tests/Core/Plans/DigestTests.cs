using Board.Core.Plans;
using static Board.Tests.Core.Plans.TestPlans;

namespace Board.Tests.Core.Plans;

public sealed class DigestTests
{
    private static readonly DateTimeOffset Since = At("2026-11-23 00:00");
    private static readonly DateTimeOffset Until = At("2026-11-30 00:00");

    private static readonly IReadOnlyList<PlanAction> Actions =
    [
        Action(1, chapterId: RightSupport),
        Action(2, chapterId: RightSupport),
        Action(3, chapterId: GoodHomes),
        Action(4, chapterId: GoodHomes),
    ];

    private static readonly IReadOnlyList<ActionUpdate> Updates =
    [
        Update(100, 1, "2026-11-22 23:59"),
        Update(101, 3, "2026-11-25 10:00"),
        Update(102, 1, "2026-11-23 00:00"),
        Update(103, 2, "2026-11-24 12:00"),
        Update(104, 4, "2026-11-26 12:00"),
        Update(105, 1, "2026-11-29 23:59"),
        Update(106, 1, "2026-11-30 00:00"),
        Update(101, 3, "2026-11-25 10:00"),
    ];

    [TestCase(new long[0], new long[0], new long[0])]
    [TestCase(new long[] { 1 }, new long[0], new long[] { 102, 105 })]
    [TestCase(new long[] { 3 }, new long[0], new long[] { 101 })]
    [TestCase(new long[0], new long[] { RightSupport }, new long[] { 102, 103, 105 })]
    [TestCase(new long[] { 1, 3 }, new long[] { RightSupport }, new long[] { 102, 103, 101, 105 })]
    [TestCase(new long[] { 4 }, new long[] { GoodHomes, RightSupport }, new long[] { 102, 103, 101, 104, 105 })]
    [TestCase(new long[] { 99 }, new long[] { 98 }, new long[0])]
    public void WeeklyFor_FollowedActionsAndChapters_UpdatesInTheWeekOnceEachOldestFirst(long[] actionIds, long[] chapterIds, long[] expected)
    {
        var digest = Digest.WeeklyFor(actionIds, chapterIds, Actions, Updates, Since, Until);

        Assert.That(digest.Select(u => u.Id), Is.EqualTo(expected));
    }

    [Test]
    public void DigestKey_NamesThePersonAndTheWeek()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Digest.DigestKey(7, new DateOnly(2026, 11, 23)), Is.EqualTo("digest:person:7:week:2026-11-23"));
            Assert.That(Digest.DigestKey(7, new DateOnly(2026, 11, 30)), Is.Not.EqualTo(Digest.DigestKey(7, new DateOnly(2026, 11, 23))));
        }
    }
}

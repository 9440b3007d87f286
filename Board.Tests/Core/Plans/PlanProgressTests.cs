using Board.Core.Plans;
using static Board.Tests.Core.Plans.TestPlans;

namespace Board.Tests.Core.Plans;

public sealed class PlanProgressTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Test]
    public void ByChapter_CountsEachStatusAndTheLateOnes_InThePlansOrder()
    {
        IReadOnlyList<PlanAction> actions =
        [
            Action(1, ActionStatus.OnTrack),
            Action(2, ActionStatus.OnTrack, due: new(2027, 3, 31)),
            Action(3, ActionStatus.AtRisk),
            Action(4, ActionStatus.Done),
            Action(5, ActionStatus.NotStarted, GoodHomes),
            Action(6, ActionStatus.Done, chapterId: 99),
        ];

        var progress = PlanProgress.ByChapter(Chapters(), actions, Today);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Select(p => p.ChapterId), Is.EqualTo(new[] { RightSupport, GoodHomes }));
            Assert.That(progress[0].Counts, Is.EquivalentTo(new Dictionary<ActionStatus, int>
            {
                [ActionStatus.NotStarted] = 0,
                [ActionStatus.OnTrack] = 2,
                [ActionStatus.AtRisk] = 1,
                [ActionStatus.OffTrack] = 0,
                [ActionStatus.Done] = 1,
            }));
            Assert.That((progress[0].Overdue, progress[0].Total), Is.EqualTo((2, 4)));
            Assert.That(progress[1].Counts[ActionStatus.NotStarted], Is.EqualTo(1));
            Assert.That((progress[1].Overdue, progress[1].Total), Is.EqualTo((1, 1)));
        }
    }

    [Test]
    public void ByChapter_ChapterWithNoActions_HasZeroForEveryStatus()
    {
        var progress = PlanProgress.ByChapter(Chapters(), [], Today);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress, Has.Count.EqualTo(2));
            Assert.That(progress.SelectMany(p => p.Counts.Values), Has.All.EqualTo(0));
            Assert.That(progress[0].Counts.Keys, Is.EquivalentTo(Enum.GetValues<ActionStatus>()));
            Assert.That(progress.Select(p => p.Total + p.Overdue), Has.All.EqualTo(0));
        }
    }

    [Test]
    public void ChangedSince_ActionsUpdatedAfterTheTime_MostRecentlyUpdatedFirst()
    {
        IReadOnlyList<PlanAction> actions = [Action(1), Action(2), Action(3), Action(4)];
        IReadOnlyList<ActionUpdate> updates =
        [
            Update(100, 1, "2026-11-02 09:00"),
            Update(101, 2, "2026-11-03 09:00"),
            Update(102, 1, "2026-11-05 09:00"),
            Update(103, 3, "2026-10-30 09:00"),
            Update(104, 4, "2026-11-01 00:00"),
            Update(105, 77, "2026-11-06 00:00"),
        ];

        var changed = PlanProgress.ChangedSince(actions, updates, At("2026-11-01 00:00"));

        Assert.That(changed.Select(a => a.Id), Is.EqualTo(new long[] { 1, 2 }));
    }

    [TestCase(null, null, null, new long[] { 1, 2, 3, 4 })]
    [TestCase("  riverside nhs trust ", null, null, new long[] { 1, 3 })]
    [TestCase("", null, null, new long[] { 1, 2, 3, 4 })]
    [TestCase(null, ActionStatus.AtRisk, null, new long[] { 2, 3 })]
    [TestCase(null, null, GoodHomes, new long[] { 3, 4 })]
    [TestCase("Riverside NHS Trust", ActionStatus.AtRisk, GoodHomes, new long[] { 3 })]
    [TestCase("Nobody", null, null, new long[0])]
    public void Filter_ByOwnerStatusAndChapter_KeepsOnlyMatches(string? owner, ActionStatus? status, long? chapterId, long[] expected)
    {
        IReadOnlyList<PlanAction> actions =
        [
            Action(1, ActionStatus.OnTrack, RightSupport, "Riverside NHS Trust"),
            Action(2, ActionStatus.AtRisk, RightSupport, "Speak Up Advocacy"),
            Action(3, ActionStatus.AtRisk, GoodHomes, "Riverside NHS Trust"),
            Action(4, ActionStatus.Done, GoodHomes, "Council housing"),
        ];

        var found = PlanProgress.Filter(actions, owner, status, chapterId);

        Assert.That(found.Select(a => a.Id), Is.EqualTo(expected));
    }
}

using Board.Core.Minutes;

namespace Board.Tests.Core.Minutes;

public sealed class HardItemsTests
{
    private static MinutesItem Item(long id, int position, string title, int revision) =>
        new(id, position, title, "Note.", "Easy note.", [], "sport", revision);

    private static readonly MinutesItem[] Items = [Item(1, 1, "Swimming", revision: 2), Item(2, 2, "Bills", revision: 1), Item(3, 3, "Buses", revision: 3)];

    [Test]
    public void BeforePublishing_NoHardMarks_NeedsNoConfirm()
    {
        var check = HardItems.BeforePublishing(Items, [new(1, 10, RepMark.Understood, 2)], confirmed: false);
        Assert.That(check, Is.EqualTo(new PublishCheck(false, [], null)).Using<PublishCheck>((a, b) => a.MustConfirm == b.MustConfirm && a.Items.Count == b.Items.Count && a.Question == b.Question));
    }

    [Test]
    public void BeforePublishing_HardSinceTheLastChange_AsksWithTheItemsInOrder()
    {
        var check = HardItems.BeforePublishing(Items,
        [
            new(3, 10, RepMark.Hard, 3), new(1, 10, RepMark.Hard, 2), new(1, 11, RepMark.Hard, 2), new(1, 11, RepMark.Hard, 2),
            new(2, 10, RepMark.Hard, 0), // marked before the last change: the words it was about are gone
        ], confirmed: false);
        Assert.Multiple(() =>
        {
            Assert.That(check.MustConfirm, Is.True);
            Assert.That(check.Items, Is.EqualTo(new[] { new HardItem(1, "Swimming", 2), new HardItem(3, "Buses", 1) }));
            Assert.That(check.Question, Is.EqualTo("2 items were marked hard to understand since you last changed them: \"Swimming\", \"Buses\". Publish anyway?"));
        });
    }

    [Test]
    public void BeforePublishing_OneHardItem_SaysItInTheSingular() =>
        Assert.That(HardItems.BeforePublishing(Items, [new(2, 10, RepMark.Hard, 1)], confirmed: false).Question,
            Is.EqualTo("1 item was marked hard to understand since you last changed it: \"Bills\". Publish anyway?"));

    [Test]
    public void BeforePublishing_Confirmed_GoesAhead_StillNamingTheItems()
    {
        var check = HardItems.BeforePublishing(Items, [new(2, 10, RepMark.Hard, 1)], confirmed: true);
        Assert.That((check.MustConfirm, check.Items.Count), Is.EqualTo((false, 1)));
    }

    [Test]
    public void BeforePublishing_ChangedAfterTheMark_NeedsNoConfirm() =>
        Assert.That(HardItems.BeforePublishing(Items, [new(1, 10, RepMark.Hard, 1)], confirmed: false).MustConfirm, Is.False);
}

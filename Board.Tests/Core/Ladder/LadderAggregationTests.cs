using Board.Core.Ladder;

namespace Board.Tests.Core.Ladder;

public sealed class LadderAggregationTests
{
    // Ratings as rung numbers (1 coercion … 7 co-production).
    private static IEnumerable<LadderRung> Rungs(string ratings) =>
        ratings.Length == 0 ? [] : ratings.Split(',').Select(r => (LadderRung)int.Parse(r, System.Globalization.CultureInfo.InvariantCulture));

    [TestCase("7", 7)]
    [TestCase("1,7", 1)]              // even: the lower middle, never a rung only half chose
    [TestCase("2,4,6", 4)]
    [TestCase("6,2,4", 4)]            // order does not matter
    [TestCase("3,3,5,5", 3)]
    [TestCase("1,2,6,7,7", 6)]
    [TestCase("5,5,5,5,1", 5)]
    [TestCase("4,4,4,4,4,4,7,7", 4)]
    public void Summarise_Median_IsTheLowerMiddleRating(string ratings, int median) =>
        Assert.That(LadderAggregation.Summarise(Rungs(ratings)).Median, Is.EqualTo((LadderRung)median));

    [TestCase("7", 7, false)]
    [TestCase("2,2,5", 2, false)]
    [TestCase("5,2,5,7", 5, false)]
    [TestCase("1,7", 1, true)]        // a tie: the lowest tied rung, and it says it is tied
    [TestCase("6,6,3,3,4", 3, true)]
    public void Summarise_Mode_IsTheMostChosen_LowestOnATie(string ratings, int mode, bool tied)
    {
        var summary = LadderAggregation.Summarise(Rungs(ratings));

        Assert.That(summary.Mode, Is.EqualTo((LadderRung)mode));
        Assert.That(summary.ModeIsTied, Is.EqualTo(tied));
    }

    [TestCase("", "0,0,0,0,0,0,0", 0)]
    [TestCase("1,1,4,7", "2,0,0,1,0,0,1", 4)]
    [TestCase("3,3,3", "0,0,3,0,0,0,0", 3)]
    public void Summarise_CountsEachRung_BottomToTop(string ratings, string counts, int total)
    {
        var summary = LadderAggregation.Summarise(Rungs(ratings));

        Assert.That(string.Join(",", summary.Counts), Is.EqualTo(counts));
        Assert.That(summary.Total, Is.EqualTo(total));
        Assert.That(summary.CountOf(LadderRung.Coercion), Is.EqualTo(summary.Counts[0]));
    }

    [Test]
    public void Summarise_Nobody_HasNoMiddleOrMode()
    {
        var summary = LadderAggregation.Summarise([]);

        Assert.That(summary.Median, Is.Null);
        Assert.That(summary.Mode, Is.Null);
        Assert.That(summary.ModeIsTied, Is.False);
    }

    [TestCase("2,3,3", "5,6", 2, "Officers and partners put it 2 rungs higher than Reps and carers did.")]  // 3 against the lower middle 5
    [TestCase("1,2", "5,6,7", 5, "Officers and partners put it 5 rungs higher than Reps and carers did.")]
    [TestCase("4", "5", 1, "Officers and partners put it 1 rung higher than Reps and carers did.")]
    [TestCase("6,7", "4", -2, "Reps and carers put it 2 rungs higher than officers and partners did.")]
    [TestCase("5,5", "5", 0, "Reps and carers and officers and partners put it on the same rung.")]
    [TestCase("", "5", null, "No Reps or carers have said yet.")]
    [TestCase("5", "", null, "No officers or partners have said yet.")]
    [TestCase("", "", null, "Nobody has said yet.")]
    public void Compare_Gap_IsOfficersMiddleMinusMembersMiddle_InPlainWords(string members, string officers, int? gap, string explanation)
    {
        var comparison = LadderAggregation.Compare(Rungs(members), Rungs(officers));

        Assert.That(comparison.Gap, Is.EqualTo(gap));
        Assert.That(comparison.Explanation, Is.EqualTo(explanation));
        Assert.That(comparison.RepsAndCarers.Total + comparison.OfficersAndPartners.Total, Is.EqualTo(Rungs(members).Count() + Rungs(officers).Count()));
    }
}

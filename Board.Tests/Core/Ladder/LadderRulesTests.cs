using Board.Core.Composition;
using Board.Core.Ladder;
using Board.Core.Meetings;

namespace Board.Tests.Core.Ladder;

public sealed class LadderRulesTests
{
    private static readonly DateOnly MeetingDay = new(2026, 10, 21);
    private static LadderSubject Decided(long? itemId = 5) => new(1, 10, itemId, "Buses at night", MeetingDay, IsDecided: true);

    [TestCase(Role.Rep, LadderView.RepsAndCarers)]
    [TestCase(Role.FamilyCarer, LadderView.RepsAndCarers)]
    [TestCase(Role.Coordinator, LadderView.OfficersAndPartners)]
    [TestCase(Role.Partner, LadderView.OfficersAndPartners)]
    [TestCase(Role.Supporter, null)]
    [TestCase(Role.Admin, null)]
    public void ViewOf_Role_IsTheRightSideOrNone(Role role, LadderView? view) =>
        Assert.That(LadderRules.ViewOf(role), Is.EqualTo(view));

    [TestCase(AgendaItemState.Accepted, MeetingState.Closed, false, true)]
    [TestCase(AgendaItemState.Accepted, MeetingState.Live, true, true)]
    [TestCase(AgendaItemState.Accepted, MeetingState.Live, false, false)]
    [TestCase(AgendaItemState.Accepted, MeetingState.AgendaPublished, false, false)]
    [TestCase(AgendaItemState.Proposed, MeetingState.Closed, false, false)]
    [TestCase(AgendaItemState.Deferred, MeetingState.Closed, false, false)]
    [TestCase(AgendaItemState.NotAccepted, MeetingState.Closed, true, false)]
    public void IsDecided_OnlyAcceptedItems_AfterTheMeetingOrAClosedVote(AgendaItemState state, MeetingState meeting, bool closedVote, bool decided) =>
        Assert.That(LadderRules.IsDecided(state, meeting, closedVote), Is.EqualTo(decided));

    [TestCase("2026-10-21", true)]
    [TestCase("2026-12-31", true)]
    [TestCase("2027-02-28", true)]   // a December meeting can still be rated in the new year
    [TestCase("2027-03-01", false)]  // the year's report is made: ratings stop changing
    [TestCase("2028-01-01", false)]
    public void IsOpen_UntilTheYearsReportIsMade(string today, bool open) =>
        Assert.That(LadderRules.IsOpen(MeetingDay, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(open));

    [Test]
    public void Check_AGoodRating_HasNoProblem() =>
        Assert.That(LadderRules.Check(Decided(), 1, Role.Rep, 6, "We wrote the plan together.", MeetingDay), Is.Null);

    [TestCase(0)]
    [TestCase(8)]
    [TestCase(-1)]
    [TestCase(null)]
    public void Check_UnknownRung_AsksForOneOfTheSevenPictures(int? rung) =>
        Assert.That(LadderRules.Check(Decided(), 1, Role.Rep, rung, null, MeetingDay)?.Message, Is.EqualTo("Choose one of the 7 pictures."));

    [Test]
    public void Check_AnotherBoardsDecision_IsNotFound() =>
        Assert.That(LadderRules.Check(Decided(), 2, Role.Coordinator, 4, null, MeetingDay)?.Message, Is.EqualTo("We could not find that decision on your board."));

    [Test]
    public void Check_NoSuchDecision_IsNotFound() =>
        Assert.That(LadderRules.Check(null, 1, Role.Rep, 4, null, MeetingDay)?.Message, Is.EqualTo("We could not find that decision on your board."));

    [Test]
    public void Check_AnUndecidedItem_SaysToWait() =>
        Assert.That(LadderRules.Check(Decided() with { IsDecided = false }, 1, Role.Rep, 4, null, MeetingDay)?.Message,
            Does.StartWith("This has not been decided yet."));

    [Test]
    public void Check_AMeetingNotOver_SaysToWait() =>
        Assert.That(LadderRules.Check(Decided(itemId: null) with { IsDecided = false }, 1, Role.Rep, 4, null, MeetingDay)?.Message,
            Is.EqualTo("You can say how we worked together when the meeting is over."));

    [Test]
    public void Check_ASupporter_HasNoRatingOfTheirOwn() =>
        Assert.That(LadderRules.Check(Decided(), 1, Role.Supporter, 4, null, MeetingDay)?.Message, Does.StartWith("Only members of the board"));

    [Test]
    public void Check_AfterTheReportIsMade_IsRefused() =>
        Assert.That(LadderRules.Check(Decided(), 1, Role.Rep, 4, null, new DateOnly(2027, 3, 1))?.Message, Is.EqualTo("The report for 2026 is made. Ratings for that year cannot change now."));

    [Test]
    public void Check_ALongWhy_IsRefusedOnTheWhyField()
    {
        var problem = LadderRules.Check(Decided(), 1, Role.Rep, 4, new string('a', LadderRules.WhyMaxLength + 1), MeetingDay);

        Assert.That(problem?.Field, Is.EqualTo("Why"));
    }

    [Test]
    public void Rungs_AreSeven_BottomToTop_EachWithOneSentenceAndAPicture()
    {
        Assert.That(LadderRungs.All.Select(r => (int)r), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6, 7 }));
        foreach (var rung in LadderRungs.All)
        {
            var text = LadderRungs.Text(rung);
            Assert.That(text.Sentence.Count(c => c == '.'), Is.EqualTo(1), $"{text.Name}: one sentence");
            Assert.That(text.Picture, Is.Not.Empty);
        }
        Assert.That(LadderRungs.All.Select(r => LadderRungs.Text(r).Picture).Distinct().Count(), Is.EqualTo(7), "a different picture for each rung");
    }
}

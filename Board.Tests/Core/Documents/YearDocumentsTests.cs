using Board.Core.Documents;
using Board.Tests.Documents;

namespace Board.Tests.Core.Documents;

public sealed class YearDocumentsTests
{
    private static IEnumerable<string> Sentences(DocumentContent content) =>
        content.Sections.SelectMany(s => s.Blocks).OfType<PictureRow>().SelectMany(r => r.Sentences);

    [Test]
    public void EasyRead_HasTheSectionsInOrder()
    {
        var content = SampleYearReport.EasyRead();

        Assert.That(content.Sections.Select(s => s.Heading), Is.EqualTo(new[]
        {
            "About this report", "Meetings and who came", "What the board decided", "How we worked together", "You said, we did",
            "The plan", "Paying people for their time", "Hard words",
        }));
        Assert.That(content.Title, Is.EqualTo("Riverside Partnership Board: the board's year in easy read, 2026"));
    }

    [TestCase(6, 2, "6 Reps came.", "2 family carers came.")]
    [TestCase(1, 1, "1 Rep came.", "1 family carer came.")]
    [TestCase(0, 0, "0 Reps came.", "0 family carers came.")]
    public void EasyRead_WhoCame_IsCountsOnly(int reps, int carers, string repsSentence, string carersSentence)
    {
        var facts = SampleYearReport.Facts() with { Meetings = [new YearMeetingFacts(new DateTime(2026, 3, 5, 10, 0, 0), "Board meeting", reps, carers)] };

        var row = YearDocuments.EasyRead(facts, SampleYearReport.Pictures, SampleYearReport.YearPictures)
            .Sections.Single(s => s.Heading == "Meetings and who came").Blocks.OfType<PictureRow>().Last();

        Assert.That(row.Sentences, Is.EqualTo(new[] { repsSentence, carersSentence }));
    }

    [TestCase(0, "The board did not meet in 2026.")]
    [TestCase(1, "The board met 1 time in 2026.")]
    [TestCase(4, "The board met 4 times in 2026.")]
    public void EasyRead_SaysHowOftenTheBoardMet(int meetings, string sentence)
    {
        var facts = SampleYearReport.Facts() with { Meetings = SampleYearReport.Facts().Meetings.Take(meetings).ToList() };

        Assert.That(Sentences(YearDocuments.EasyRead(facts, SampleYearReport.Pictures, SampleYearReport.YearPictures)), Has.Member(sentence));
    }

    [Test]
    public void EasyRead_WithoutPayments_HasNoPaymentsSection_AndNoFigure()
    {
        var content = YearDocuments.EasyRead(SampleYearReport.Facts(involvement: null), SampleYearReport.Pictures, SampleYearReport.YearPictures);

        Assert.That(content.Sections.Select(s => s.Heading), Has.No.Member("Paying people for their time"));
        Assert.That(Sentences(content), Has.None.Contains("£"));
    }

    [Test]
    public void EasyRead_WithPayments_ShowsTotalsOnly()
    {
        var payments = SampleYearReport.EasyRead(new InvolvementTotals(1234.5m, 310m)).Sections.Single(s => s.Heading == "Paying people for their time");

        Assert.That(((PictureRow)payments.Blocks.Single()).Sentences, Is.EqualTo(new[]
        {
            "The board paid £1,234.50 in total to people for their time.", "It paid back £310.00 for travel and other costs.", "We never show what one person was paid.",
        }));
    }

    [Test]
    public void EasyRead_WithoutTheLadder_HasNoLadderSection()
    {
        var content = YearDocuments.EasyRead(SampleYearReport.Facts(withLadder: false), SampleYearReport.Pictures, SampleYearReport.YearPictures);

        Assert.That(content.Sections.Select(s => s.Heading), Has.No.Member("How we worked together"));
    }

    [Test]
    public void EasyRead_TheLadder_GivesBothSidesAndTheGap_AndEveryRungTopFirst()
    {
        var ladder = SampleYearReport.EasyRead().Sections.Single(s => s.Heading == "How we worked together");
        var first = (PictureRow)ladder.Blocks[0];

        Assert.That(first.Sentences, Has.Member("Reps and carers: 5 said. The middle rung was Consultation."));
        Assert.That(first.Sentences, Has.Member("Officers and partners: 3 said. The middle rung was Co-design."));
        Assert.That(first.Sentences, Has.Member("Officers and partners put it 2 rungs higher than Reps and carers did."));
        Assert.That(ladder.Blocks.Skip(1).Cast<PictureRow>().Select(r => r.Heading), Is.EqualTo(new[]
            { "Co-production", "Co-design", "Engagement", "Consultation", "Informing", "Educating", "Coercion" }));
    }

    [Test]
    public void EasyRead_YouSaidWeDid_CountsClosedAndNamesTheOpenOnes()
    {
        var loops = SampleYearReport.EasyRead().Sections.Single(s => s.Heading == "You said, we did");

        Assert.That(((PictureRow)loops.Blocks[0]).Sentences, Is.EqualTo(new[] { "7 things the groups asked for are done or answered.", "2 things are still open." }));
        Assert.That(loops.Blocks.Skip(1).Cast<PictureRow>().SelectMany(r => r.Sentences), Is.EqualTo(new[] { "Day centre opening times.", "Jobs fair." }));
    }

    // Fewer than three people paid: the total would tell one person's pay (or, with two, each other's), so no section.
    [TestCase(0, false)]
    [TestCase(1, false)]
    [TestCase(2, false)]
    [TestCase(3, true)]
    [TestCase(40, true)]
    public void Involvement_IsPublishedOnlyWhenEnoughPeopleWerePaid(int peoplePaid, bool published)
    {
        var totals = InvolvementTotals.Publishable(900m, 120m, peoplePaid);

        Assert.That(totals, published ? Is.EqualTo(new InvolvementTotals(900m, 120m)) : Is.Null);
    }
}

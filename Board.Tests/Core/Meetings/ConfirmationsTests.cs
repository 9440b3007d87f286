using Board.Core.Meetings;

namespace Board.Tests.Core.Meetings;

public sealed class ConfirmationsTests
{
    [TestCase(10, 7, "3 of the 10 people here have not voted yet. Close the vote anyway?")]
    [TestCase(10, 9, "1 of the 10 people here has not voted yet. Close the vote anyway?")]
    [TestCase(10, 8, "2 of the 10 people here have not voted yet. Close the vote anyway?")]
    [TestCase(10, 0, "None of the 10 people here have voted yet. Close the vote anyway?")]
    [TestCase(2, 0, "None of the 2 people here have voted yet. Close the vote anyway?")]
    [TestCase(2, 1, "1 of the 2 people here has not voted yet. Close the vote anyway?")]
    [TestCase(3, 1, "2 of the 3 people here have not voted yet. Close the vote anyway?")]
    [TestCase(1, 0, "The 1 person here has not voted yet. Close the vote anyway?")]
    public void ClosingVote_WhenSomeHereHaveNotVoted_AsksInPlainWords(int here, int voted, string question)
    {
        var asked = Confirmations.ClosingVote(here, voted);

        Assert.That(asked, Is.Not.Null);
        Assert.That(asked!.Question, Is.EqualTo(question));
        Assert.That(asked.Yes, Is.EqualTo("Yes, close the vote"));
    }

    [TestCase(10, 10)]
    [TestCase(3, 5)]
    [TestCase(0, 0)]
    public void ClosingVote_WhenEveryoneHereHasVoted_AsksNothing(int here, int voted) =>
        Assert.That(Confirmations.ClosingVote(here, voted), Is.Null);

    [Test]
    public void StartingMeeting_OnAnotherDay_NamesBothDays() =>
        Assert.That(Confirmations.StartingMeeting(new DateOnly(2026, 1, 14), new DateOnly(2026, 12, 1))!.Question,
            Is.EqualTo("This meeting is on 14 January. Today is 1 December. Start it anyway?"));

    [Test]
    public void StartingMeeting_InAnotherYear_SaysTheYear() =>
        Assert.That(Confirmations.StartingMeeting(new DateOnly(2027, 1, 14), new DateOnly(2026, 12, 1))!.Question,
            Is.EqualTo("This meeting is on 14 January 2027. Today is 1 December 2026. Start it anyway?"));

    [Test]
    public void StartingMeeting_OnItsDay_AsksNothing() =>
        Assert.That(Confirmations.StartingMeeting(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1)), Is.Null);
}

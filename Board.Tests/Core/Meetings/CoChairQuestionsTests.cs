using Board.Core.Meetings;

namespace Board.Tests.Core.Meetings;

public sealed class CoChairQuestionsTests
{
    [TestCase(null)]
    [TestCase("")]
    [TestCase("   \n ")]
    public void Validate_NoWords_AsksForTheQuestion(string? question) =>
        Assert.That(CoChairQuestions.Validate(question).Single().Message, Is.EqualTo("Write your question, so the coordinator knows what to look at."));

    [Test]
    public void Validate_TooLong_SaysTheLimitAndTheLength() =>
        Assert.That(CoChairQuestions.Validate(new string('a', 1001)).Single().Message, Is.EqualTo("Your question must be 1,000 characters or fewer. It has 1,001."));

    [TestCase("Why is the bus item last?")]
    [TestCase("  Spaces round it count for nothing.  ")]
    public void Validate_AQuestion_IsFine(string question) => Assert.That(CoChairQuestions.Validate(question), Is.Empty);

    [Test]
    public void Validate_ExactlyTheLimit_IsFine() => Assert.That(CoChairQuestions.Validate(new string('a', 1000) + "  "), Is.Empty);

    [Test]
    public void Validate_NamesTheField() => Assert.That(CoChairQuestions.Validate("", "Input.Question").Single().Field, Is.EqualTo("Input.Question"));
}

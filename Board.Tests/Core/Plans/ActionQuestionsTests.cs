using Board.Core.Composition;
using Board.Core.Plans;
using static Board.Tests.Core.Plans.TestPlans;

namespace Board.Tests.Core.Plans;

public sealed class ActionQuestionsTests
{
    private static readonly DateTimeOffset Asked = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private static ActionQuestion Question(long askedBy = 5, string? answer = null) =>
        new(1, 12, QuestionKind.Question, askedBy, Asked, "When will it start?", answer, answer is null ? null : 9, answer is null ? null : Asked.AddDays(1));

    [TestCase(Role.Rep, true)]
    [TestCase(Role.FamilyCarer, true)]
    [TestCase(Role.Supporter, true)]
    [TestCase(Role.Partner, true)]
    [TestCase(Role.Coordinator, true)]
    [TestCase(Role.Admin, false)]
    public void CanAsk_ByRole(Role role, bool expected) => Assert.That(ActionQuestions.CanAsk(role), Is.EqualTo(expected));

    [TestCase(Role.Partner, "Riverside NHS Trust", true)]
    [TestCase(Role.Partner, " riverside nhs trust ", true)]
    [TestCase(Role.Partner, "Riverside Council", false)]
    [TestCase(Role.Partner, null, false)]
    [TestCase(Role.Coordinator, null, true)]
    [TestCase(Role.FamilyCarer, "Riverside NHS Trust", false)]
    [TestCase(Role.Rep, null, false)]
    [TestCase(Role.Admin, null, false)]
    public void CanAnswer_OnlyTheOwnerOrganisationOrTheCoordinator(Role role, string? organisation, bool expected) =>
        Assert.That(ActionQuestions.CanAnswer(role, organisation, Action()), Is.EqualTo(expected));

    [TestCase(null, "Kind")]
    [TestCase((QuestionKind)7, "Kind")]
    public void ValidateQuestion_WithoutAKind_SaysChoose(QuestionKind? kind, string field)
    {
        var errors = ActionQuestions.ValidateQuestion(kind, "When?");

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { field }));
    }

    [TestCase("", "Write your question or comment.")]
    [TestCase("   ", "Write your question or comment.")]
    [TestCase(null, "Write your question or comment.")]
    public void ValidateQuestion_Empty_SaysWrite(string? text, string message)
    {
        var errors = ActionQuestions.ValidateQuestion(QuestionKind.Question, text);

        Assert.That(errors, Is.EqualTo(new[] { new RuleError("Text", message) }));
    }

    [Test]
    public void ValidateQuestion_TooLong_SaysTheLimit()
    {
        var errors = ActionQuestions.ValidateQuestion(QuestionKind.Comment, new string('a', ActionQuestions.MaxTextLength + 1));

        Assert.That(errors.Single().Message, Is.EqualTo("Your question or comment must be 1,000 characters or fewer."));
    }

    [Test]
    public void ValidateQuestion_AtTheLimitWithSpaces_IsFine() =>
        Assert.That(ActionQuestions.ValidateQuestion(QuestionKind.Comment, $"  {new string('a', ActionQuestions.MaxTextLength)}  "), Is.Empty);

    [Test]
    public void ValidateAnswer_WhenAnsweredAlready_IsRefused()
    {
        var errors = ActionQuestions.ValidateAnswer(Question(answer: "In May."), "In June.");

        Assert.That(errors.Single().Message, Does.Contain("has an answer already"));
    }

    [TestCase("", "Write your answer.")]
    [TestCase(" ", "Write your answer.")]
    public void ValidateAnswer_Empty_SaysWrite(string answer, string message) =>
        Assert.That(ActionQuestions.ValidateAnswer(Question(), answer), Is.EqualTo(new[] { new RuleError("Answer", message) }));

    [Test]
    public void ValidateAnswer_TooLong_SaysTheLimit() =>
        Assert.That(ActionQuestions.ValidateAnswer(Question(), new string('a', 2001)).Single().Message, Does.Contain("2,000 characters or fewer"));

    [Test]
    public void WhoHearsOfAnswer_IsTheAskerAndFollowersOnceEach_NotTheAnswerer()
    {
        var told = ActionQuestions.WhoHearsOfAnswer(Question(askedBy: 5), [5, 6, 9, 6], answeredBy: 9);

        Assert.That(told, Is.EqualTo(new long[] { 5, 6 }));
    }

    [Test]
    public void WhoHearsOfQuestion_IsTheOwnerOrganisationAndTheCoordinator_NotTheAsker()
    {
        var people = new (long, Role, string?)[]
        {
            (1, Role.Coordinator, null), (2, Role.Partner, "Riverside NHS Trust"), (3, Role.Partner, "Riverside Council"),
            (4, Role.FamilyCarer, null), (5, Role.Partner, "Riverside NHS Trust"),
        };

        var told = ActionQuestions.WhoHearsOfQuestion(Action(), people, askedBy: 5);

        Assert.That(told, Is.EqualTo(new long[] { 1, 2 }));
    }

    [TestCase(0, 0, null)]
    [TestCase(4, 19, null)]
    [TestCase(5, 5, "in the last hour")]
    [TestCase(1, 20, "today")]
    public void TooMany_FiveAnHourOnAnAction_TwentyADay(int onAction, int inDay, string? says)
    {
        var problem = ActionQuestions.TooMany(onAction, inDay);
        if (says is null)
            Assert.That(problem, Is.Null);
        else
            Assert.That(problem, Does.Contain(says));
    }

    [Test]
    public void NotToldRecently_SkipsWhoeverWasToldOfAnotherQuestionOnTheActionInTheLastHour()
    {
        var now = Asked.AddMinutes(30);
        IReadOnlyList<long> hearers = [1, 2, 3];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ActionQuestions.NotToldRecently(hearers, [], now), Is.EqualTo(hearers), "the first question tells everyone");
            // Person 2 asked the earlier one, so only they were not told of it: they are told now.
            Assert.That(ActionQuestions.NotToldRecently(hearers, [Question(askedBy: 2)], now), Is.EqualTo(new long[] { 2 }));
            Assert.That(ActionQuestions.NotToldRecently(hearers, [Question(askedBy: 9)], now), Is.Empty);
            Assert.That(ActionQuestions.NotToldRecently(hearers, [Question(askedBy: 9)], Asked.AddMinutes(60)), Is.EqualTo(hearers), "an hour later, they are told again");
        }
    }
}

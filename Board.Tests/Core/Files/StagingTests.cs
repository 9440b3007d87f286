using Board.Core.Files;

namespace Board.Tests.Core.Files;

public sealed class StagingTests
{
    private static readonly DateTimeOffset Staged = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    [TestCase(0, false)]
    [TestCase(119, false)]
    [TestCase(120, true)]
    [TestCase(600, true)]
    public void HasRunOut_AfterTwoHours(int minutes, bool expected) =>
        Assert.That(Staging.HasRunOut(Staged, Staged.AddMinutes(minutes)), Is.EqualTo(expected));

    [Test]
    public void Plan_RemovesWhatThePersonRemoved_AndKeepsTheRestInOrder()
    {
        var plan = Staging.Plan(["a", "b", "c"], new HashSet<string> { "b" }, added: 0, maxFiles: 3);

        Assert.That(plan, Is.EqualTo(new StagingPlan(plan.Keep, null)));
        Assert.That(plan.Keep, Is.EqualTo(new[] { "a", "c" }));
    }

    [Test]
    public void Plan_CountsKeptFilesWithNewOnes()
    {
        var plan = Staging.Plan(["a", "b"], new HashSet<string>(), added: 2, maxFiles: 3);

        Assert.That(plan.Problem, Is.EqualTo("You can attach up to 3 files. 2 files are kept already: remove one first."));
    }

    [Test]
    public void Plan_TooManyNewFiles_WithNoneKept_SaysTheLimit() =>
        Assert.That(Staging.Plan([], new HashSet<string>(), added: 4, maxFiles: 3).Problem, Is.EqualTo("You can attach up to 3 files."));

    [Test]
    public void Plan_ATokenSentTwice_CountsOnce() =>
        Assert.That(Staging.Plan(["a", "a"], new HashSet<string>(), added: 2, maxFiles: 3).Problem, Is.Null);

    [TestCase(0, 15L * 1024 * 1024, false)]
    [TestCase(10L * 1024 * 1024, 5L * 1024 * 1024, false)]
    [TestCase(10L * 1024 * 1024, 5L * 1024 * 1024 + 1, true)]
    [TestCase(15L * 1024 * 1024, 1, true)]
    public void TooMuchKept_CountsWhatThePersonKeptWithTheNewFiles(long kept, long added, bool tooMuch)
    {
        var problem = Staging.TooMuchKept(kept, added);
        Assert.That(problem is not null, Is.EqualTo(tooMuch));
        if (tooMuch)
            Assert.That(problem, Does.Contain("up to 15 MB"));
    }
}

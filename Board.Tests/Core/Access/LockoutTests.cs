using Board.Core.Access;

namespace Board.Tests.Core.Access;

public sealed class LockoutTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void Evaluate_NeverLocked_IsNotLocked()
    {
        var state = Lockout.Evaluate(null, Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(state.IsLocked, Is.False);
            Assert.That(state.MinutesLeft, Is.Zero);
            Assert.That(state.Message, Is.Empty);
        }
    }

    // The lock lifts at the exact moment it ends; any time left is rounded up to whole minutes.
    [TestCase(-60, false, 0, TestName = "Evaluate_LockEndedAMinuteAgo_IsNotLocked")]
    [TestCase(0, false, 0, TestName = "Evaluate_LockEndsNow_IsNotLocked")]
    [TestCase(1, true, 1, TestName = "Evaluate_OneSecondLeft_LockedForOneMinute")]
    [TestCase(60, true, 1, TestName = "Evaluate_SixtySecondsLeft_LockedForOneMinute")]
    [TestCase(61, true, 2, TestName = "Evaluate_SixtyOneSecondsLeft_LockedForTwoMinutes")]
    [TestCase(15 * 60, true, 15, TestName = "Evaluate_FifteenMinutesLeft_LockedForFifteenMinutes")]
    public void Evaluate_SecondsUntilUnlock_GivesStateAndMinutes(int secondsLeft, bool expectedLocked, int expectedMinutes)
    {
        var state = Lockout.Evaluate(Now.AddSeconds(secondsLeft), Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(state.IsLocked, Is.EqualTo(expectedLocked));
            Assert.That(state.MinutesLeft, Is.EqualTo(expectedMinutes));
        }
    }

    [TestCase(30, "Try again in 1 minute,")]
    [TestCase(90, "Try again in 2 minutes,")]
    public void Evaluate_Locked_MessageSaysHowLongInPlainWords(int secondsLeft, string expectedPhrase)
    {
        var state = Lockout.Evaluate(Now.AddSeconds(secondsLeft), Now);

        Assert.That(state.Message, Does.Contain(expectedPhrase).And.Contain("ask your coordinator for help"));
    }

    [Test]
    public void Evaluate_LockInOtherTimeZone_ComparesInstants()
    {
        var sameInstantPlusOneHourOffset = Now.AddMinutes(5).ToOffset(TimeSpan.FromHours(1));

        var state = Lockout.Evaluate(sameInstantPlusOneHourOffset, Now);

        Assert.That(state.MinutesLeft, Is.EqualTo(5));
    }

    [Test]
    public void LockUntil_DefaultPolicy_IsFifteenMinutesFromNow()
    {
        var until = Lockout.LockUntil(LockoutPolicy.Default, Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(until, Is.EqualTo(Now.AddMinutes(15)));
            Assert.That(LockoutPolicy.Default.MaxFailedAttempts, Is.EqualTo(5));
        }
    }

    [Test]
    public void LockUntil_ThenEvaluateAtSameMoment_IsLockedForWholePeriod()
    {
        var policy = new LockoutPolicy(3, TimeSpan.FromMinutes(10));

        var state = Lockout.Evaluate(Lockout.LockUntil(policy, Now), Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(state.IsLocked, Is.True);
            Assert.That(state.MinutesLeft, Is.EqualTo(10));
        }
    }
}

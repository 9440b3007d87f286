namespace Board.Core.Access;

public sealed record LockoutPolicy(int MaxFailedAttempts, TimeSpan LockFor)
{
    /// <summary>Five tries, then a fifteen-minute wait: enough for a slip, too few to guess a password.</summary>
    public static LockoutPolicy Default { get; } = new(5, TimeSpan.FromMinutes(15));
}

public sealed record LockoutState(bool IsLocked, int MinutesLeft, string Message);

public static class Lockout
{
    public static LockoutState Evaluate(DateTimeOffset? lockedUntil, DateTimeOffset now)
    {
        if (lockedUntil is not { } until || until <= now)
            return new(false, 0, "");
        var minutes = (int)Math.Ceiling((until - now).TotalMinutes);
        var unit = minutes == 1 ? "minute" : "minutes";
        return new(true, minutes,
            $"This account is locked because the password was wrong too many times. Try again in {minutes} {unit}, or ask your coordinator for help.");
    }

    public static DateTimeOffset LockUntil(LockoutPolicy policy, DateTimeOffset now) => now + policy.LockFor;
}

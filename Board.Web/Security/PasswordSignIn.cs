using Board.Core.Access;
using Board.Core.Composition;
using Board.Data.Accounts;
using Board.Data.People;
using Microsoft.AspNetCore.Identity;

namespace Board.Web.Security;

public sealed record SignInOutcome(Person? Person, string? Error);

/// <summary>Checks a user name and password with ASP.NET Core Identity's hasher and the lockout rule.</summary>
public sealed class PasswordSignIn(AccountStore accounts, PersonStore people, TimeProvider clock)
{
    private const string WrongDetails = "The email or password is not right. Check them and try again.";
    private static readonly PasswordHasher<Account> Hasher = new();
    // Verified when the user name is unknown, so a wrong name takes as long as a wrong password.
    private static readonly string DecoyHash = Hasher.HashPassword(new Account(), "decoy-password-for-timing");

    public static string HashPassword(string password) => Hasher.HashPassword(new Account(), password);

    public async Task<SignInOutcome> CheckAsync(string userName, string password)
    {
        var now = clock.GetUtcNow();
        var account = await accounts.FindAsync(userName.Trim());
        if (account is null)
        {
            Hasher.VerifyHashedPassword(new Account(), DecoyHash, password);
            return new(null, WrongDetails);
        }

        var lockout = Lockout.Evaluate(account.LockedUntil, now);
        if (lockout.IsLocked)
            return new(null, lockout.Message);
        if (account.LockedUntil is not null)
        {
            // The lock has run out: start counting again, or a single slip would lock the account at once.
            await accounts.ClearFailuresAsync(account.PersonId);
        }

        if (Hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            var policy = LockoutPolicy.Default;
            var failures = await accounts.RecordFailureAsync(account.PersonId, policy.MaxFailedAttempts, Lockout.LockUntil(policy, now));
            return failures >= policy.MaxFailedAttempts
                ? new(null, Lockout.Evaluate(Lockout.LockUntil(policy, now), now).Message)
                : new(null, WrongDetails);
        }

        await accounts.RecordSuccessAsync(account.PersonId);
        var person = await people.GetSelfAsync(account.PersonId);
        return person is null ? new(null, WrongDetails) : new(person, null);
    }
}

using Board.Core.Access;
using Board.Core.Composition;
using Board.Data.Accounts;
using Board.Data.People;
using Microsoft.AspNetCore.Identity;

namespace Board.Web.Security;

public sealed record SignInOutcome(Person? Person, string? Error);

/// <summary>
/// Checks a user name and password with ASP.NET Core Identity's hasher, within the account's tries (ADR-010). Every
/// refusal gives the same words and does the same work (one hash check), whether the address is unknown, the password
/// wrong or the account out of tries, so the answer never tells anyone that an address has an account.
/// </summary>
public sealed class PasswordSignIn(AccountStore accounts, PersonStore people, TimeProvider clock, TrustedDeviceTries? deviceTries = null)
{
    private readonly TrustedDeviceTries _deviceTries = deviceTries ?? new TrustedDeviceTries();

    public const string Refused =
        "The email or password is not right. Check them and try again. If it still does not work, wait 15 minutes, " +
        "sign in with your sign-in card, or ask your coordinator for help.";

    private static readonly PasswordHasher<Account> Hasher = new();
    // Verified when no password may be checked, so every refusal takes as long as a wrong password.
    private static readonly string DecoyHash = Hasher.HashPassword(new Account(), "decoy-password-for-timing");

    public static string HashPassword(string password) => Hasher.HashPassword(new Account(), password);

    /// <param name="trustedDeviceOf">The person this browser signed in as before (<see cref="TrustedDevices"/>), if any.</param>
    public async Task<SignInOutcome> CheckAsync(string userName, string password, long? trustedDeviceOf = null)
    {
        var now = clock.GetUtcNow();
        var account = await accounts.FindAsync(userName.Trim());
        var policy = LockoutPolicy.Default;
        // A stranger's guesses use up the account's tries, but not on a device its owner has signed in on before: the
        // owner can still sign in there (and with their card), so nobody can lock a person out of a meeting. Such a
        // device has tries of its own (TrustedDeviceTries), so a shared tablet is no way round the limit either.
        var mayCheck = account is not null
                       && (trustedDeviceOf == account.PersonId
                           ? _deviceTries.TryTake(account.PersonId)
                           : await accounts.TryTakeAttemptAsync(account.PersonId, policy.MaxFailedAttempts, now, Lockout.LockUntil(policy, now)));
        if (!mayCheck)
        {
            Hasher.VerifyHashedPassword(new Account(), DecoyHash, password);
            return new(null, Refused);
        }
        if (Hasher.VerifyHashedPassword(account!, account!.PasswordHash, password) == PasswordVerificationResult.Failed)
            return new(null, Refused); // the try taken above stays used

        await accounts.RecordSuccessAsync(account.PersonId);
        var person = await people.GetSelfAsync(account.PersonId);
        return person is null ? new(null, Refused) : new(person, null);
    }
}

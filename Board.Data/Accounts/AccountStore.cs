using Board.Data.Database;
using Dapper;

namespace Board.Data.Accounts;

public sealed record Account
{
    public long PersonId { get; init; }
    public string UserName { get; init; } = "";
    public string PasswordHash { get; init; } = "";
    public int FailedAttempts { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
}

/// <summary>What a trusted-device cookie's stamp is made from (Board.Core.Accounts.DeviceStamp).</summary>
public sealed record DeviceStampParts
{
    public string PasswordHash { get; init; } = "";
    public DateTimeOffset? DevicesResetAt { get; init; }
}

/// <summary>Password accounts and their lockout counters.</summary>
public sealed class AccountStore(BoardDatabase database)
{
    public async Task<Account?> FindAsync(string userName)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<Account>(
            """
            SELECT person_id AS PersonId, user_name AS UserName, password_hash AS PasswordHash,
                   failed_attempts AS FailedAttempts, locked_until AS LockedUntil
            FROM accounts WHERE lower(user_name) = lower(@userName)
            """, new { userName });
    }

    /// <summary>The person's password hash and when they last signed out of every device (for the trusted-device stamp); null without an account.</summary>
    public async Task<DeviceStampParts?> DeviceStampPartsAsync(long personId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<DeviceStampParts>(
            "SELECT password_hash AS PasswordHash, devices_reset_at AS DevicesResetAt FROM accounts WHERE person_id = @personId", new { personId });
    }

    public async Task<string?> UserNameOfAsync(long personId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<string?>(
            "SELECT user_name FROM accounts WHERE person_id = @personId", new { personId });
    }

    public async Task<bool> UserNameTakenAsync(string userName, long exceptPersonId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM accounts WHERE lower(user_name) = lower(@userName) AND person_id <> @exceptPersonId)",
            new { userName, exceptPersonId });
    }

    public async Task SetPasswordAsync(long personId, string userName, string passwordHash)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO accounts (person_id, user_name, password_hash) VALUES (@personId, @userName, @passwordHash)
            ON CONFLICT (person_id) DO UPDATE SET user_name = excluded.user_name, password_hash = excluded.password_hash,
                                                  failed_attempts = 0, locked_until = NULL
            """, new { personId, userName, passwordHash });
    }

    /// <summary>
    /// Changes the email a person signs in with (and is written to) in one transaction. Returns false when someone
    /// else already signs in with it; the unique index decides, so two people cannot take it at once.
    /// </summary>
    public async Task<bool> ChangeUserNameAsync(long personId, string userName, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        try
        {
            await connection.ExecuteAsync("UPDATE accounts SET user_name = @userName WHERE person_id = @personId", new { personId, userName }, transaction);
        }
        catch (Exception ex) when (DatabaseErrors.IsUniqueViolation(ex)) // the email is taken
        {
            return false;
        }
        await connection.ExecuteAsync("UPDATE people SET email = @userName WHERE id = @personId", new { personId, userName }, transaction);
        // A link sent to the old address must not still work once the address has changed hands.
        await connection.ExecuteAsync(AccountLinkStore.RevokeUnusedSql, new { personId, now }, transaction);
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>Changes a password the person chose themselves, and ends their other sessions in the same transaction.</summary>
    public async Task ChangePasswordAsync(long personId, string passwordHash, string keepSessionId, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        await connection.ExecuteAsync(
            "UPDATE accounts SET password_hash = @passwordHash, failed_attempts = 0, locked_until = NULL WHERE person_id = @personId",
            new { personId, passwordHash }, transaction);
        await connection.ExecuteAsync(
            "UPDATE sessions SET ended_at = @now WHERE person_id = @personId AND ended_at IS NULL AND id <> @keepSessionId",
            new { personId, now, keepSessionId }, transaction);
        await connection.ExecuteAsync(AccountLinkStore.RevokeUnusedSql, new { personId, now }, transaction);
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Takes one of the account's tries before the password is checked, in one statement, so parallel guesses can never
    /// check more than <paramref name="limit"/> passwords: the try that reaches the limit locks the account until
    /// <paramref name="lockUntil"/>, and a locked account has no tries left (false). A lock that has run out starts
    /// the count again. A good password gives the tries back (<see cref="RecordSuccessAsync"/>). See ADR-010.
    /// </summary>
    public async Task<bool> TryTakeAttemptAsync(long personId, int limit, DateTimeOffset now, DateTimeOffset lockUntil)
    {
        await using var connection = await database.OpenAsync();
        var taken = await connection.ExecuteScalarAsync<int?>(
            """
            UPDATE accounts
            SET failed_attempts = CASE WHEN locked_until IS NOT NULL AND locked_until <= @now THEN 1 ELSE failed_attempts + 1 END,
                locked_until = CASE
                    WHEN locked_until IS NOT NULL AND locked_until <= @now THEN (CASE WHEN 1 >= @limit THEN @lockUntil END)
                    WHEN failed_attempts + 1 >= @limit THEN @lockUntil
                    ELSE NULL END
            WHERE person_id = @personId
              AND (locked_until IS NULL OR locked_until <= @now)
              AND (failed_attempts < @limit OR locked_until IS NOT NULL)
            RETURNING failed_attempts
            """, new { personId, limit, now, lockUntil });
        return taken is not null;
    }

    public Task RecordSuccessAsync(long personId) => ClearFailuresAsync(personId);

    /// <summary>Forgets past failures and any lock: after a good password, or once a lock has run out.</summary>
    public async Task ClearFailuresAsync(long personId)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            "UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE person_id = @personId", new { personId });
    }
}

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
            FROM accounts WHERE user_name = @userName
            """, new { userName });
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
            "SELECT EXISTS (SELECT 1 FROM accounts WHERE user_name = @userName AND person_id <> @exceptPersonId)",
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

    /// <summary>Counts a failed attempt in one statement, so two wrong guesses at once both count.</summary>
    public async Task<int> RecordFailureAsync(long personId, int lockAfter, DateTimeOffset lockUntil)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<int>(
            """
            UPDATE accounts SET failed_attempts = failed_attempts + 1,
                                locked_until = CASE WHEN failed_attempts + 1 >= @lockAfter THEN @lockUntil ELSE locked_until END
            WHERE person_id = @personId
            RETURNING failed_attempts
            """, new { personId, lockAfter, lockUntil });
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

using Board.Core.Accounts;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Accounts;

/// <summary>Set-your-password links (invitations and resets). Tokens arrive already hashed; the store never sees a usable one.</summary>
public sealed class AccountLinkStore(BoardDatabase database)
{
    /// <summary>Stops a person's unused links (parameters @personId, @now): run whenever their sign-in changes hands.</summary>
    internal const string RevokeUnusedSql =
        "UPDATE account_links SET revoked_at = @now WHERE person_id = @personId AND used_at IS NULL AND revoked_at IS NULL";

    /// <summary>Makes a new link and stops the person's older unused ones in the same transaction, so only the newest works.</summary>
    public async Task IssueAsync(long personId, LinkPurpose purpose, string tokenHash, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        await connection.ExecuteAsync(RevokeUnusedSql, new { personId, now }, transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO account_links (person_id, purpose, token_hash, created_at, expires_at)
            VALUES (@personId, @purpose, @tokenHash, @now, @expiresAt)
            """, new { personId, purpose = purpose.ToString(), tokenHash, now, expiresAt }, transaction);
        await transaction.CommitAsync();
    }

    public async Task<StoredLink?> FindAsync(string tokenHash)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<LinkRow>(
            """
            SELECT person_id AS PersonId, purpose AS Purpose, expires_at AS ExpiresAt, used_at AS UsedAt, revoked_at AS RevokedAt
            FROM account_links WHERE token_hash = @tokenHash
            """, new { tokenHash });
        return row?.ToLink();
    }

    /// <summary>
    /// Uses the link and sets the password in one transaction, and ends every session the person had (whoever knew the
    /// old password is signed out). Returns false when the link was used or stopped meanwhile: the check-and-set is
    /// one statement, so two tabs posting at once cannot both use it. Expiry is decided by the caller (AccountLinks.Check)
    /// and checked again here, so a link cannot run out between the check and the use.
    /// </summary>
    public async Task<bool> UseAsync(string tokenHash, long personId, string userName, string passwordHash, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var used = await connection.ExecuteAsync(
            """
            UPDATE account_links SET used_at = @now
            WHERE token_hash = @tokenHash AND person_id = @personId AND used_at IS NULL AND revoked_at IS NULL
              AND expires_at > @now
            """, new { tokenHash, personId, now }, transaction);
        if (used != 1)
            return false;
        await connection.ExecuteAsync(
            """
            INSERT INTO accounts (person_id, user_name, password_hash) VALUES (@personId, @userName, @passwordHash)
            ON CONFLICT (person_id) DO UPDATE SET user_name = excluded.user_name, password_hash = excluded.password_hash,
                                                  failed_attempts = 0, locked_until = NULL
            """, new { personId, userName, passwordHash }, transaction);
        await connection.ExecuteAsync(
            "UPDATE sessions SET ended_at = @now WHERE person_id = @personId AND ended_at IS NULL", new { personId, now }, transaction);
        await transaction.CommitAsync();
        return true;
    }

    private sealed class LinkRow
    {
        public long PersonId { get; init; }
        public string Purpose { get; init; } = "";
        public DateTimeOffset ExpiresAt { get; init; }
        public DateTimeOffset? UsedAt { get; init; }
        public DateTimeOffset? RevokedAt { get; init; }

        public StoredLink ToLink() => new(PersonId, Enum.Parse<LinkPurpose>(Purpose), ExpiresAt, UsedAt, RevokedAt);
    }
}

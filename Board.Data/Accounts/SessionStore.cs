using Board.Data.Database;
using Dapper;

namespace Board.Data.Accounts;

/// <summary>
/// Sign-in sessions the server can end. The cookie carries the session's id; every request checks it is still open,
/// so signing out (or out of every device, or being archived) stops a copied cookie at once.
/// </summary>
public sealed class SessionStore(BoardDatabase database)
{
    public async Task StartAsync(string sessionId, long personId, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            "INSERT INTO sessions (id, person_id, started_at) VALUES (@sessionId, @personId, @now)", new { sessionId, personId, now });
    }

    public async Task<bool> IsOpenAsync(string sessionId, long personId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM sessions WHERE id = @sessionId AND person_id = @personId AND ended_at IS NULL)",
            new { sessionId, personId });
    }

    public async Task EndAsync(string sessionId, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("UPDATE sessions SET ended_at = @now WHERE id = @sessionId AND ended_at IS NULL", new { sessionId, now });
    }

    /// <summary>
    /// Ends all the person's sessions but one (the device they are using), or all of them when none is kept, and stops
    /// their unused set-password links: "sign me out everywhere" must not leave a way back in through an old email.
    /// </summary>
    public async Task<int> EndAllAsync(long personId, DateTimeOffset now, string? keepSessionId = null)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var ended = await connection.ExecuteAsync(
            """
            UPDATE sessions SET ended_at = @now
            WHERE person_id = @personId AND ended_at IS NULL AND (@keepSessionId IS NULL OR id <> @keepSessionId)
            """, new { personId, now, keepSessionId }, transaction);
        await connection.ExecuteAsync(AccountLinkStore.RevokeUnusedSql, new { personId, now }, transaction);
        // Browsers trusted for sign-in stop being trusted too (TrustedDevices' stamp includes this time).
        await connection.ExecuteAsync("UPDATE accounts SET devices_reset_at = @now WHERE person_id = @personId", new { personId, now }, transaction);
        await transaction.CommitAsync();
        return ended;
    }

    public async Task<int> OpenCountAsync(long personId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM sessions WHERE person_id = @personId AND ended_at IS NULL", new { personId });
    }
}

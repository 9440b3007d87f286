using Board.Data.Database;
using Dapper;

namespace Board.Data.Accounts;

/// <summary>Printed QR sign-in cards. Tokens arrive here already hashed; the store never sees a usable token.</summary>
public sealed class SignInCardStore(BoardDatabase database)
{
    /// <summary>Issues a new card and revokes any older one in the same transaction, so only the newest card works.</summary>
    public async Task IssueAsync(long personId, string tokenHash, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        await connection.ExecuteAsync(
            "UPDATE sign_in_cards SET revoked_at = @now WHERE person_id = @personId AND revoked_at IS NULL",
            new { personId, now }, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO sign_in_cards (person_id, token_hash, issued_at) VALUES (@personId, @tokenHash, @now)",
            new { personId, tokenHash, now }, transaction);
        await transaction.CommitAsync();
    }

    public async Task<int> RevokeAsync(long personId, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            "UPDATE sign_in_cards SET revoked_at = @now WHERE person_id = @personId AND revoked_at IS NULL",
            new { personId, now });
    }

    /// <summary>The person a live card belongs to, or null if the card is unknown or revoked.</summary>
    public async Task<long?> FindHolderAsync(string tokenHash)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long?>(
            "SELECT person_id FROM sign_in_cards WHERE token_hash = @tokenHash AND revoked_at IS NULL", new { tokenHash });
    }

    public async Task<DateTimeOffset?> ActiveCardIssuedAtAsync(long personId)
    {
        await using var connection = await database.OpenAsync();
        var issued = await connection.ExecuteScalarAsync<string?>(
            "SELECT issued_at FROM sign_in_cards WHERE person_id = @personId AND revoked_at IS NULL", new { personId });
        return issued is null ? null : DateTimeOffset.Parse(issued, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The id of the person's live card, or null when they have none (never issued, or stopped).</summary>
    public async Task<long?> ActiveCardIdAsync(long personId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long?>(
            "SELECT id FROM sign_in_cards WHERE person_id = @personId AND revoked_at IS NULL", new { personId });
    }
}

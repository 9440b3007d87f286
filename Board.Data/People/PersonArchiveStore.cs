using Board.Data.Database;
using Dapper;

namespace Board.Data.People;

/// <summary>A person's account as the administrator and coordinator see it: how they sign in, and whether archived.</summary>
public sealed record AccountSummary
{
    public long PersonId { get; init; }
    public long? BoardId { get; init; }
    public string Name { get; init; } = "";
    public string Role { get; init; } = "";
    public string? Email { get; init; }
    public string? UserName { get; init; }
    public bool IsArchived { get; init; }
}

/// <summary>
/// Archiving a person: their row stays (minutes, votes and the audit log still name them), but everything that lets
/// them in or counts them as a member ends, in one transaction.
/// </summary>
public sealed class PersonArchiveStore(BoardDatabase database)
{
    private const string SelectSummary =
        """
        SELECT p.id AS PersonId, p.board_id AS BoardId, p.name AS Name, p.role AS Role, p.email AS Email,
               a.user_name AS UserName, p.archived_at IS NOT NULL AS IsArchived
        FROM people p LEFT JOIN accounts a ON a.person_id = p.id
        """;

    /// <summary>
    /// Ends current memberships yesterday (or on their first day, the earliest the schema allows), stops cards and
    /// links, removes the password and ends every session. Returns false when the person is not on this board or was
    /// archived already.
    /// </summary>
    public async Task<bool> ArchiveAsync(long boardId, long personId, DateTimeOffset now, DateOnly today)
    {
        var yesterday = today.AddDays(-1);
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var archived = await connection.ExecuteAsync(
            "UPDATE people SET archived_at = @now WHERE id = @personId AND board_id = @boardId AND archived_at IS NULL",
            new { personId, boardId, now }, transaction);
        if (archived != 1)
            return false;
        await connection.ExecuteAsync(
            """
            UPDATE memberships SET term_to = CASE WHEN term_from > @yesterday THEN term_from ELSE @yesterday END
            WHERE person_id = @personId AND board_id = @boardId AND (term_to IS NULL OR term_to > @yesterday)
            """, new { personId, boardId, yesterday }, transaction);
        await connection.ExecuteAsync(
            "UPDATE sign_in_cards SET revoked_at = @now WHERE person_id = @personId AND revoked_at IS NULL", new { personId, now }, transaction);
        await connection.ExecuteAsync(Accounts.AccountLinkStore.RevokeUnusedSql, new { personId, now }, transaction);
        await connection.ExecuteAsync("DELETE FROM accounts WHERE person_id = @personId", new { personId }, transaction);
        await connection.ExecuteAsync(
            "UPDATE sessions SET ended_at = @now WHERE person_id = @personId AND ended_at IS NULL", new { personId, now }, transaction);
        await transaction.CommitAsync();
        return true;
    }

    public async Task<bool> IsArchivedAsync(long personId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM people WHERE id = @personId AND archived_at IS NOT NULL)", new { personId });
    }

    public async Task<IReadOnlySet<long>> ArchivedIdsAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var ids = await connection.QueryAsync<long>(
            "SELECT id FROM people WHERE board_id = @boardId AND archived_at IS NOT NULL", new { boardId });
        return ids.ToHashSet();
    }

    /// <summary>The site's administrators (people on no board), for the administrator's page.</summary>
    public async Task<IReadOnlyList<AccountSummary>> AdministratorsAsync()
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<AccountSummary>(SelectSummary + " WHERE p.board_id IS NULL AND p.role = 'Admin' ORDER BY p.name");
        return rows.ToList();
    }

    /// <summary>The board's coordinators who are not archived.</summary>
    public async Task<IReadOnlyList<AccountSummary>> CoordinatorsAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<AccountSummary>(
            SelectSummary + " WHERE p.board_id = @boardId AND p.role = 'Coordinator' AND p.archived_at IS NULL ORDER BY p.name", new { boardId });
        return rows.ToList();
    }

    /// <summary>Whether an email is anyone's already: as a sign-in or on a person who is not archived.</summary>
    public async Task<bool> EmailInUseAsync(string email, long exceptPersonId = 0)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<bool>(
            """
            SELECT EXISTS (SELECT 1 FROM accounts WHERE lower(user_name) = lower(@email) AND person_id <> @exceptPersonId)
                OR EXISTS (SELECT 1 FROM people WHERE lower(email) = lower(@email) AND id <> @exceptPersonId AND archived_at IS NULL)
            """, new { email, exceptPersonId });
    }
}

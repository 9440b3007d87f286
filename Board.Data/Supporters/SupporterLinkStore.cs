using Board.Core.Composition;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Supporters;

public sealed record SupporterLinkListing
{
    public long Id { get; init; }
    public long SupporterId { get; init; }
    public string SupporterName { get; init; } = "";
    public long RepId { get; init; }
    public string RepName { get; init; } = "";
}

/// <summary>Which supporter may help which Rep. Both people must belong to the board the link is made on.</summary>
public sealed class SupporterLinkStore(BoardDatabase database)
{
    public async Task<IReadOnlyList<SupporterLinkListing>> ListAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<SupporterLinkListing>(
            """
            SELECT l.id AS Id, s.id AS SupporterId, s.name AS SupporterName, r.id AS RepId, r.name AS RepName
            FROM supporter_links l
            JOIN people s ON s.id = l.supporter_id
            JOIN people r ON r.id = l.rep_id
            WHERE s.board_id = @boardId AND r.board_id = @boardId
            ORDER BY r.name, s.name
            """, new { boardId });
        return rows.ToList();
    }

    /// <summary>Every link the person is part of, as a supporter or as the Rep supported.</summary>
    public async Task<IReadOnlyList<SupporterLink>> ForPersonAsync(long personId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<(long Id, long SupporterId, long RepId)>(
            "SELECT id, supporter_id, rep_id FROM supporter_links WHERE supporter_id = @personId OR rep_id = @personId",
            new { personId });
        return rows.Select(r => new SupporterLink(r.Id, r.SupporterId, r.RepId)).ToList();
    }

    public async Task<bool> ExistsAsync(long supporterId, long repId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM supporter_links WHERE supporter_id = @supporterId AND rep_id = @repId)",
            new { supporterId, repId });
    }

    public async Task<long> AddAsync(long supporterId, long repId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            "INSERT INTO supporter_links (supporter_id, rep_id) VALUES (@supporterId, @repId) RETURNING id",
            new { supporterId, repId });
    }

    public async Task<bool> RemoveAsync(long boardId, long linkId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            """
            DELETE FROM supporter_links
            WHERE id = @linkId AND rep_id IN (SELECT id FROM people WHERE board_id = @boardId)
            """, new { boardId, linkId }) == 1;
    }
}

using Board.Data.Database;
using Dapper;

namespace Board.Data.Glossary;

public sealed record GlossaryEntry
{
    public long Id { get; init; }
    public string Word { get; init; } = "";
    public string Explanation { get; init; } = "";
    public string Picture { get; init; } = "";
    public string? SuggestedByName { get; init; }
    public bool Approved { get; init; }
}

/// <summary>The board's hard words. Supporters suggest; the coordinator approves, and only approved words explain text.</summary>
public sealed class GlossaryStore(BoardDatabase database)
{
    public async Task<IReadOnlyList<GlossaryEntry>> ListAsync(long boardId, bool approvedOnly)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<GlossaryEntry>(
            """
            SELECT g.id AS Id, g.word AS Word, g.explanation AS Explanation, g.picture AS Picture, p.name AS SuggestedByName, g.approved AS Approved
            FROM glossary_terms g LEFT JOIN people p ON p.id = g.suggested_by
            WHERE g.board_id = @boardId AND (g.approved OR NOT @approvedOnly)
            ORDER BY g.approved, lower(g.word)
            """, new { boardId, approvedOnly });
        return rows.ToList();
    }

    public async Task<bool> WordTakenAsync(long boardId, string word)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM glossary_terms WHERE board_id = @boardId AND lower(word) = lower(@word))", new { boardId, word });
    }

    public async Task<long> AddAsync(long boardId, string word, string explanation, string picture, long? suggestedBy, bool approved)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO glossary_terms (board_id, word, explanation, picture, suggested_by, approved)
            VALUES (@boardId, @word, @explanation, @picture, @suggestedBy, @approved) RETURNING id
            """, new { boardId, word, explanation, picture, suggestedBy, approved });
    }

    public async Task<bool> ApproveAsync(long boardId, long termId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            "UPDATE glossary_terms SET approved = TRUE WHERE id = @termId AND board_id = @boardId", new { boardId, termId }) == 1;
    }

    public async Task<bool> RemoveAsync(long boardId, long termId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            "DELETE FROM glossary_terms WHERE id = @termId AND board_id = @boardId", new { boardId, termId }) == 1;
    }
}

using Board.Data.Database;
using Dapper;

namespace Board.Data.Meetings;

/// <summary>A file chosen on a form and kept between post-backs, found by its token.</summary>
public sealed record StagedUpload
{
    public string Token { get; init; } = "";
    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public long Length { get; init; }
    public string StoredName { get; init; } = "";
    public DateTimeOffset StagedAt { get; init; }
}

/// <summary>
/// Files kept while a form goes back and forth (see Board.Core Files/Staging). A kept file is found only with its
/// token, by the person who chose it, on the board it was chosen for: a token copied to someone else finds nothing.
/// </summary>
public sealed class StagedUploadStore(BoardDatabase database)
{
    private const string SelectStaged =
        """
        SELECT token AS Token, file_name AS FileName, content_type AS ContentType, length AS Length, stored_name AS StoredName,
               staged_at AS StagedAt
        FROM staged_uploads
        """;

    public async Task AddAsync(long boardId, long personId, string token, string fileName, string contentType, long length,
        string storedName, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO staged_uploads (token, board_id, person_id, file_name, content_type, length, stored_name, staged_at)
            VALUES (@token, @boardId, @personId, @fileName, @contentType, @length, @storedName, @now)
            """, new { token, boardId, personId, fileName, contentType, length, storedName, now });
    }

    /// <summary>This person's kept files among <paramref name="tokens"/>, in the order given; unknown tokens are skipped.</summary>
    public async Task<IReadOnlyList<StagedUpload>> FindAsync(long boardId, long personId, IReadOnlyCollection<string> tokens)
    {
        if (tokens.Count == 0)
            return [];
        await using var connection = await database.OpenAsync();
        var rows = (await connection.QueryAsync<StagedUpload>(
            SelectStaged + " WHERE board_id = @boardId AND person_id = @personId AND token IN @tokens",
            new { boardId, personId, tokens })).ToDictionary(r => r.Token, StringComparer.Ordinal);
        return tokens.Where(rows.ContainsKey).Select(t => rows[t]).ToList();
    }

    /// <summary>Forgets the kept files (sent or removed). Their stored files stay only if sending took them over.</summary>
    public async Task DeleteAsync(long boardId, long personId, IReadOnlyCollection<string> tokens)
    {
        if (tokens.Count == 0)
            return;
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            "DELETE FROM staged_uploads WHERE board_id = @boardId AND person_id = @personId AND token IN @tokens",
            new { boardId, personId, tokens });
    }

    /// <summary>Removes every kept file staged before <paramref name="cutoff"/> and returns their stored names, to delete the files.</summary>
    public async Task<IReadOnlyList<string>> RemoveStagedBeforeAsync(DateTimeOffset cutoff)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<string>(
            "DELETE FROM staged_uploads WHERE staged_at < @cutoff RETURNING stored_name", new { cutoff })).ToList();
    }
}

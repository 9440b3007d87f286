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
/// Files kept while a form goes back and forth (see Board.Core Files/Staging, ADR-014). A kept file is found only with
/// its token, by the person who chose it, on the board and meeting it was chosen for: a token copied to someone else
/// finds nothing. Rows leave only by a <c>DELETE ... RETURNING</c>, so of two requests racing for one row (a sweep
/// and a send, or two sends) exactly one gets it and owns its stored file: to attach it or to delete it.
/// </summary>
public sealed class StagedUploadStore(BoardDatabase database)
{
    private const string Columns =
        """
        token AS Token, file_name AS FileName, content_type AS ContentType, length AS Length, stored_name AS StoredName,
        staged_at AS StagedAt
        """;

    private const string OfForm = "board_id = @boardId AND meeting_id = @meetingId AND person_id = @personId";

    public async Task AddAsync(long boardId, long meetingId, long personId, string token, string fileName, string contentType, long length,
        string storedName, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO staged_uploads (token, board_id, meeting_id, person_id, file_name, content_type, length, stored_name, staged_at)
            VALUES (@token, @boardId, @meetingId, @personId, @fileName, @contentType, @length, @storedName, @now)
            """, new { token, boardId, meetingId, personId, fileName, contentType, length, storedName, now });
    }

    /// <summary>This person's kept files for the form among <paramref name="tokens"/>, in the order given; unknown tokens are skipped.</summary>
    public async Task<IReadOnlyList<StagedUpload>> FindAsync(long boardId, long meetingId, long personId, IReadOnlyCollection<string> tokens)
    {
        if (tokens.Count == 0)
            return [];
        await using var connection = await database.OpenAsync();
        var rows = (await connection.QueryAsync<StagedUpload>(
            $"SELECT {Columns} FROM staged_uploads WHERE {OfForm} AND token {connection.In("@tokens")}",
            new { boardId, meetingId, personId, tokens = tokens.ToArray() })).ToDictionary(r => r.Token, StringComparer.Ordinal);
        return tokens.Where(rows.ContainsKey).Select(t => rows[t]).ToList();
    }

    /// <summary>
    /// Forgets the person's kept files for this form except <paramref name="keep"/> (one set per form: a post-back
    /// without the tokens replaces them) and returns the stored names that were forgotten, to delete the files.
    /// </summary>
    public async Task<IReadOnlyList<string>> ForgetAllButAsync(long boardId, long meetingId, long personId, IReadOnlyCollection<string> keep)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<string>(
            $"DELETE FROM staged_uploads WHERE {OfForm} AND token {connection.NotIn("@keep")} RETURNING stored_name",
            new { boardId, meetingId, personId, keep = keep.ToArray() })).ToList();
    }

    /// <summary>The bytes the person has kept now, on every form: their limit is counted from this.</summary>
    public async Task<long> BytesKeptByAsync(long personId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COALESCE(SUM(length), 0) FROM staged_uploads WHERE person_id = @personId", new { personId });
    }

    /// <summary>
    /// Takes the kept files among <paramref name="tokens"/> that have not run out (staged at or after
    /// <paramref name="notBefore"/>) in one statement, and returns only those: what another request took, or a sweep
    /// removed, is not returned, so one stored file is never attached twice nor attached after it was deleted.
    /// </summary>
    public async Task<IReadOnlyList<StagedUpload>> ClaimAsync(long boardId, long meetingId, long personId, IReadOnlyCollection<string> tokens,
        DateTimeOffset notBefore)
    {
        if (tokens.Count == 0)
            return [];
        await using var connection = await database.OpenAsync();
        var rows = (await connection.QueryAsync<StagedUpload>(
            $"DELETE FROM staged_uploads WHERE {OfForm} AND token {connection.In("@tokens")} AND staged_at >= @notBefore RETURNING {Columns}",
            new { boardId, meetingId, personId, tokens = tokens.ToArray(), notBefore })).ToDictionary(r => r.Token, StringComparer.Ordinal);
        return tokens.Where(rows.ContainsKey).Select(t => rows[t]).ToList();
    }

    /// <summary>Removes every kept file staged before <paramref name="cutoff"/> and returns their stored names, to delete the files.</summary>
    public async Task<IReadOnlyList<string>> RemoveStagedBeforeAsync(DateTimeOffset cutoff)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<string>(
            "DELETE FROM staged_uploads WHERE staged_at < @cutoff RETURNING stored_name", new { cutoff })).ToList();
    }
}

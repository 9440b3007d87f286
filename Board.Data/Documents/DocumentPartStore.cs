using System.Security.Cryptography;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Documents;

/// <summary>One rendered part of long easy read minutes, to store: "Part 2 of 3: items 16 to 30".</summary>
public sealed record NewDocumentPart(int Part, int Of, int FirstItem, int LastItem, byte[] Content, int Pages);

/// <summary>A stored part, without its bytes when listed (<paramref name="Content"/> is then empty).</summary>
public sealed record StoredDocumentPart(long MeetingId, int Part, int Of, int FirstItem, int LastItem, byte[] Content, string Sha256, long Bytes, int Pages, DateTimeOffset RenderedAt);

/// <summary>
/// The parts of a meeting's long easy read minutes (ADR-022); the summary is the meeting's easy read minutes in
/// <see cref="DocumentStore"/>. Saving replaces every part of the meeting at once, so an old part never outlives a new
/// plan, and saving none removes them (the minutes now fit in one document).
/// </summary>
public sealed class DocumentPartStore(BoardDatabase database)
{
    public async Task ReplaceAsync(long boardId, long meetingId, IReadOnlyList<NewDocumentPart> parts, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        await connection.ExecuteAsync("DELETE FROM document_parts WHERE board_id = @boardId AND meeting_id = @meetingId", new { boardId, meetingId }, transaction);
        foreach (var part in parts)
            await connection.ExecuteAsync(
                """
                INSERT INTO document_parts (board_id, meeting_id, part, of_parts, first_item, last_item, content, sha256, pages, rendered_at)
                SELECT board_id, id, @Part, @Of, @FirstItem, @LastItem, @Content, @sha256, @Pages, @now FROM meetings WHERE id = @meetingId AND board_id = @boardId
                """,
                new { boardId, meetingId, part.Part, part.Of, part.FirstItem, part.LastItem, part.Content, sha256 = Convert.ToHexStringLower(SHA256.HashData(part.Content)), part.Pages, now },
                transaction);
        await transaction.CommitAsync();
    }

    public async Task<StoredDocumentPart?> GetAsync(long boardId, long meetingId, int part)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<PartRow>(
            $"""
            SELECT {Columns}, content AS Content FROM document_parts
            WHERE board_id = @boardId AND meeting_id = @meetingId AND part = @part
            """, new { boardId, meetingId, part });
        return row?.ToStored();
    }

    /// <summary>The board's parts without their bytes, in order, for the pages that link them.</summary>
    public async Task<IReadOnlyList<StoredDocumentPart>> ListAsync(long boardId, long meetingId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<PartRow>(
                $"SELECT {Columns} FROM document_parts WHERE board_id = @boardId AND meeting_id = @meetingId ORDER BY part", new { boardId, meetingId }))
            .Select(r => r.ToStored()).ToList();
    }

    /// <summary>Every part of the board's meetings without their bytes, for the archive.</summary>
    public async Task<IReadOnlyList<StoredDocumentPart>> ListForBoardAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<PartRow>(
                $"SELECT {Columns} FROM document_parts WHERE board_id = @boardId ORDER BY meeting_id, part", new { boardId }))
            .Select(r => r.ToStored()).ToList();
    }

    private const string Columns =
        "meeting_id AS MeetingId, part AS Part, of_parts AS OfParts, first_item AS FirstItem, last_item AS LastItem, sha256 AS Sha256, LENGTH(content) AS Bytes, pages AS Pages, rendered_at AS RenderedAt";

    private sealed class PartRow
    {
        public long MeetingId { get; init; }
        public long Part { get; init; }
        public long OfParts { get; init; }
        public long FirstItem { get; init; }
        public long LastItem { get; init; }
        public string Sha256 { get; init; } = "";
        public long Bytes { get; init; }
        public long Pages { get; init; }
        public DateTimeOffset RenderedAt { get; init; }
        public byte[]? Content { get; init; }

        public StoredDocumentPart ToStored() =>
            new(MeetingId, (int)Part, (int)OfParts, (int)FirstItem, (int)LastItem, Content ?? [], Sha256, Bytes, (int)Pages, RenderedAt);
    }
}

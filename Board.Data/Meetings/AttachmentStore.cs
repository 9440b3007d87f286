using Board.Data.Database;
using Dapper;

namespace Board.Data.Meetings;

public sealed record AttachmentInfo
{
    public long Id { get; init; }
    public long ItemId { get; init; }
    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public long Length { get; init; }
    public string StoredName { get; init; } = "";
}

/// <summary>Attachment records; the bytes live in files named by <see cref="AttachmentInfo.StoredName"/>, never by the uploader's name.</summary>
public sealed class AttachmentStore(BoardDatabase database)
{
    private const string SelectAttachment =
        "SELECT id AS Id, item_id AS ItemId, file_name AS FileName, content_type AS ContentType, length AS Length, stored_name AS StoredName FROM agenda_attachments";

    public async Task<long> AddAsync(long itemId, string fileName, string contentType, long length, string storedName)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO agenda_attachments (item_id, file_name, content_type, length, stored_name)
            VALUES (@itemId, @fileName, @contentType, @length, @storedName) RETURNING id
            """, new { itemId, fileName, contentType, length, storedName });
    }

    public async Task<IReadOnlyList<AttachmentInfo>> ForItemAsync(long itemId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<AttachmentInfo>(SelectAttachment + " WHERE item_id = @itemId ORDER BY id", new { itemId })).ToList();
    }

    /// <summary>The papers of every item of a meeting of this board, by item, in the order they were sent.</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<AttachmentInfo>>> ForMeetingAsync(long boardId, long meetingId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<AttachmentInfo>(
            """
            SELECT f.id AS Id, f.item_id AS ItemId, f.file_name AS FileName, f.content_type AS ContentType, f.length AS Length, f.stored_name AS StoredName
            FROM agenda_attachments f JOIN agenda_items i ON i.id = f.item_id
            WHERE i.meeting_id = @meetingId AND i.board_id = @boardId ORDER BY f.id
            """, new { boardId, meetingId });
        return rows.GroupBy(r => r.ItemId).ToDictionary(g => g.Key, g => (IReadOnlyList<AttachmentInfo>)g.ToList());
    }

    public async Task<AttachmentInfo?> GetAsync(long itemId, long attachmentId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<AttachmentInfo>(
            SelectAttachment + " WHERE id = @attachmentId AND item_id = @itemId", new { itemId, attachmentId });
    }
}

using System.Security.Cryptography;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Documents;

public enum DocumentKind
{
    Agenda,
    Minutes,
}

/// <summary>A rendered PDF as stored: its bytes, a fingerprint for caching, and when it was made.</summary>
public sealed record StoredDocument(long MeetingId, DocumentKind Kind, Board.Core.Documents.DocumentStyle Style, byte[] Content, string Sha256, int Pages, DateTimeOffset RenderedAt);

/// <summary>A rendered document without its bytes, for lists.</summary>
public sealed record DocumentListing(long MeetingId, DocumentKind Kind, Board.Core.Documents.DocumentStyle Style, long Bytes, int Pages, DateTimeOffset RenderedAt);

/// <summary>Rendered PDFs of published agendas and minutes. Rendering again replaces the one before.</summary>
public sealed class DocumentStore(BoardDatabase database)
{
    /// <summary>Stores the PDF, replacing an earlier rendering. Nothing is stored for a meeting of another board.</summary>
    public async Task SaveAsync(long boardId, long meetingId, DocumentKind kind, Board.Core.Documents.DocumentStyle style, byte[] content, int pages, DateTimeOffset now)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO documents (board_id, meeting_id, kind, style, content, sha256, pages, rendered_at)
            SELECT board_id, id, @kind, @style, @content, @sha256, @pages, @now FROM meetings WHERE id = @meetingId AND board_id = @boardId
            ON CONFLICT (meeting_id, kind, style) DO UPDATE
            SET content = excluded.content, sha256 = excluded.sha256, pages = excluded.pages, rendered_at = excluded.rendered_at
            """, new { boardId, meetingId, kind = kind.ToString(), style = style.ToString(), content, sha256, pages, now });
    }

    public async Task<StoredDocument?> GetAsync(long boardId, long meetingId, DocumentKind kind, Board.Core.Documents.DocumentStyle style)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<(byte[] Content, string Sha256, long Pages, DateTimeOffset RenderedAt)?>(
            """
            SELECT content, sha256, pages, rendered_at FROM documents
            WHERE board_id = @boardId AND meeting_id = @meetingId AND kind = @kind AND style = @style
            """, new { boardId, meetingId, kind = kind.ToString(), style = style.ToString() });
        return row is { } found ? new StoredDocument(meetingId, kind, style, found.Content, found.Sha256, (int)found.Pages, found.RenderedAt) : null;
    }

    public async Task<IReadOnlyList<DocumentListing>> ListAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<(long MeetingId, string Kind, string Style, long Bytes, long Pages, DateTimeOffset RenderedAt)>(
                "SELECT meeting_id, kind, style, LENGTH(content), pages, rendered_at FROM documents WHERE board_id = @boardId", new { boardId }))
            .Select(r => new DocumentListing(r.MeetingId, Enum.Parse<DocumentKind>(r.Kind), Enum.Parse<Board.Core.Documents.DocumentStyle>(r.Style), r.Bytes, (int)r.Pages, r.RenderedAt))
            .ToList();
    }
}

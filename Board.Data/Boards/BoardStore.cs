using Board.Data.Database;
using Dapper;

namespace Board.Data.Boards;

public sealed record BoardSummary(long Id, string Name, string Area, string About);

/// <summary>A board as the administrator sees it: with its time zone (null: the site's) and whether it is archived.</summary>
public sealed record BoardAdminRow
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string Area { get; init; } = "";
    public string About { get; init; } = "";
    public string? TimeZone { get; init; }
    public bool IsArchived { get; init; }
    public bool HasLogo { get; init; }
}

public sealed record BoardLogo
{
    public string ContentType { get; init; } = "";
    public byte[] Bytes { get; init; } = [];
}

public sealed class BoardStore(BoardDatabase database)
{
    /// <summary>The boards in use: an archived board leaves the list (and the jobs that go through it).</summary>
    public async Task<IReadOnlyList<BoardSummary>> ListAsync()
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<BoardRow>(
            "SELECT id AS Id, name AS Name, area AS Area, about AS About FROM boards WHERE archived_at IS NULL ORDER BY name");
        return rows.Select(r => r.ToSummary()).ToList();
    }

    public async Task<BoardSummary?> GetAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<BoardRow>(
            "SELECT id AS Id, name AS Name, area AS Area, about AS About FROM boards WHERE id = @boardId", new { boardId });
        return row?.ToSummary();
    }

    public async Task<long> CreateAsync(string name, string area, string about, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            "INSERT INTO boards (name, area, about, created_at) VALUES (@name, @area, @about, @now) RETURNING id",
            new { name, area, about, now });
    }

    /// <summary>Every board, archived ones too, for the administrator.</summary>
    public async Task<IReadOnlyList<BoardAdminRow>> ListForAdminAsync()
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<BoardAdminRow>(AdminSelect + " ORDER BY b.archived_at IS NOT NULL, b.name");
        return rows.ToList();
    }

    public async Task<BoardAdminRow?> GetForAdminAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<BoardAdminRow>(AdminSelect + " WHERE b.id = @boardId", new { boardId });
    }

    public async Task<bool> UpdateAsync(long boardId, string name, string area, string about, string? timeZone)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            "UPDATE boards SET name = @name, area = @area, about = @about, time_zone = @timeZone WHERE id = @boardId",
            new { boardId, name, area, about, timeZone }) == 1;
    }

    public async Task SetTimeZoneAsync(long boardId, string? timeZone)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("UPDATE boards SET time_zone = @timeZone WHERE id = @boardId", new { boardId, timeZone });
    }

    /// <summary>Archives (a moment) or brings back (null) a board. Returns false when it was already so.</summary>
    public async Task<bool> SetArchivedAsync(long boardId, DateTimeOffset? archivedAt)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            """
            UPDATE boards SET archived_at = @archivedAt
            WHERE id = @boardId AND (archived_at IS NULL) = (CAST(@archivedAt AS text) IS NOT NULL)
            """, new { boardId, archivedAt }) == 1;
    }

    public async Task SetLogoAsync(long boardId, BoardLogo logo, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO board_logos (board_id, content_type, bytes, updated_at) VALUES (@boardId, @ContentType, @Bytes, @now)
            ON CONFLICT (board_id) DO UPDATE SET content_type = excluded.content_type, bytes = excluded.bytes, updated_at = excluded.updated_at
            """, new { boardId, logo.ContentType, logo.Bytes, now });
    }

    public async Task<BoardLogo?> LogoAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<BoardLogo>(
            "SELECT content_type AS ContentType, bytes AS Bytes FROM board_logos WHERE board_id = @boardId", new { boardId });
    }

    public async Task<bool> HasLogoAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM board_logos WHERE board_id = @boardId)", new { boardId });
    }

    private const string AdminSelect =
        """
        SELECT b.id AS Id, b.name AS Name, b.area AS Area, b.about AS About, b.time_zone AS TimeZone,
               b.archived_at IS NOT NULL AS IsArchived, EXISTS (SELECT 1 FROM board_logos l WHERE l.board_id = b.id) AS HasLogo
        FROM boards b
        """;

    private sealed class BoardRow
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Area { get; init; } = "";
        public string About { get; init; } = "";

        public BoardSummary ToSummary() => new(Id, Name, Area, About);
    }
}

using Board.Data.Database;
using Dapper;

namespace Board.Data.Boards;

public sealed record BoardSummary(long Id, string Name, string Area, string About);

public sealed class BoardStore(BoardDatabase database)
{
    public async Task<IReadOnlyList<BoardSummary>> ListAsync()
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<BoardRow>(
            "SELECT id AS Id, name AS Name, area AS Area, about AS About FROM boards ORDER BY name");
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

    private sealed class BoardRow
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Area { get; init; } = "";
        public string About { get; init; } = "";

        public BoardSummary ToSummary() => new(Id, Name, Area, About);
    }
}

using Board.Core.Composition;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Groups;

public sealed class GroupStore(BoardDatabase database)
{
    private const string SelectGroup = "SELECT id AS Id, board_id AS BoardId, name AS Name, area AS Area FROM self_advocacy_groups";

    public async Task<IReadOnlyList<SelfAdvocacyGroup>> ListAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<GroupRow>(SelectGroup + " WHERE board_id = @boardId ORDER BY name", new { boardId });
        return rows.Select(r => r.ToGroup()).ToList();
    }

    public async Task<SelfAdvocacyGroup?> GetAsync(long boardId, long groupId)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<GroupRow>(
            SelectGroup + " WHERE id = @groupId AND board_id = @boardId", new { boardId, groupId });
        return row?.ToGroup();
    }

    public async Task<bool> NameTakenAsync(long boardId, string name, long? exceptGroupId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<bool>(
            """
            SELECT EXISTS (SELECT 1 FROM self_advocacy_groups
                           WHERE board_id = @boardId AND name = @name COLLATE NOCASE AND id IS NOT @exceptGroupId)
            """, new { boardId, name, exceptGroupId });
    }

    public async Task<long> CreateAsync(long boardId, string name, string? area)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            "INSERT INTO self_advocacy_groups (board_id, name, area) VALUES (@boardId, @name, @area) RETURNING id",
            new { boardId, name, area });
    }

    public async Task<bool> UpdateAsync(long boardId, long groupId, string name, string? area)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            "UPDATE self_advocacy_groups SET name = @name, area = @area WHERE id = @groupId AND board_id = @boardId",
            new { boardId, groupId, name, area }) == 1;
    }

    private sealed class GroupRow
    {
        public long Id { get; init; }
        public long BoardId { get; init; }
        public string Name { get; init; } = "";
        public string? Area { get; init; }

        public SelfAdvocacyGroup ToGroup() => new(Id, BoardId, Name, Area);
    }
}

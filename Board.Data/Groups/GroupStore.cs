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
                           WHERE board_id = @boardId AND lower(name) = lower(@name) AND id IS DISTINCT FROM @exceptGroupId)
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

    /// <summary>The supporters who work with each of the board's groups, as (group, supporter) pairs.</summary>
    public async Task<IReadOnlyList<(long GroupId, long SupporterId)>> SupportersAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<(long GroupId, long SupporterId)>(
            """
            SELECT gs.group_id, gs.supporter_id FROM group_supporters gs
            JOIN self_advocacy_groups g ON g.id = gs.group_id WHERE g.board_id = @boardId
            """, new { boardId });
        return rows.ToList();
    }

    public async Task<IReadOnlyList<long>> GroupsSupportedByAsync(long supporterId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<long>(
            "SELECT group_id FROM group_supporters WHERE supporter_id = @supporterId", new { supporterId })).ToList();
    }

    /// <summary>
    /// The groups of this board a person answers for: those they support, and those that elected them to a seat they
    /// hold on <paramref name="today"/> (the board's date). A past term gives nothing: a Rep whose term ended must not
    /// keep reading the group's papers that are not public yet.
    /// </summary>
    public async Task<IReadOnlyList<long>> GroupsOfPersonAsync(long boardId, long personId, DateOnly today)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<long>(
            """
            SELECT gs.group_id FROM group_supporters gs JOIN self_advocacy_groups g ON g.id = gs.group_id
            WHERE gs.supporter_id = @personId AND g.board_id = @boardId
            UNION
            SELECT m.elected_by_group_id FROM memberships m
            WHERE m.person_id = @personId AND m.board_id = @boardId AND m.elected_by_group_id IS NOT NULL
              AND m.term_from <= @today AND (m.term_to IS NULL OR m.term_to >= @today)
            """, new { boardId, personId, today })).ToList();
    }

    /// <summary>Replaces the group's supporters with these people, who must be supporters of the same board.</summary>
    public async Task SetSupportersAsync(long boardId, long groupId, IReadOnlyCollection<long> supporterIds)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        await connection.ExecuteAsync(
            """
            DELETE FROM group_supporters
            WHERE group_id = @groupId AND EXISTS (SELECT 1 FROM self_advocacy_groups WHERE id = @groupId AND board_id = @boardId)
            """, new { boardId, groupId }, transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO group_supporters (group_id, supporter_id)
            SELECT g.id, p.id FROM self_advocacy_groups g JOIN people p ON p.board_id = g.board_id AND p.role = 'Supporter'
            WHERE g.id = @groupId AND g.board_id = @boardId AND p.id = @supporterId
            """, supporterIds.Distinct().Select(supporterId => new { boardId, groupId, supporterId }), transaction);
        await transaction.CommitAsync();
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

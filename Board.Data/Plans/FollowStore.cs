using Board.Data.Database;
using Dapper;

namespace Board.Data.Plans;

/// <summary>Who follows which action or chapter. Following a chapter follows every action in it.</summary>
public sealed class FollowStore(BoardDatabase database)
{
    public async Task FollowAsync(long personId, long? actionId, long? chapterId)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            "INSERT INTO plan_follows (person_id, action_id, chapter_id) VALUES (@personId, @actionId, @chapterId) ON CONFLICT DO NOTHING",
            new { personId, actionId, chapterId });
    }

    public async Task UnfollowAsync(long personId, long? actionId, long? chapterId)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            "DELETE FROM plan_follows WHERE person_id = @personId AND action_id IS NOT DISTINCT FROM @actionId AND chapter_id IS NOT DISTINCT FROM @chapterId",
            new { personId, actionId, chapterId });
    }

    public async Task<(IReadOnlyList<long> Actions, IReadOnlyList<long> Chapters)> FollowedByAsync(long personId)
    {
        await using var connection = await database.OpenAsync();
        var rows = (await connection.QueryAsync<(long? ActionId, long? ChapterId)>(
            "SELECT action_id, chapter_id FROM plan_follows WHERE person_id = @personId", new { personId })).ToList();
        return (rows.Where(r => r.ActionId is not null).Select(r => r.ActionId!.Value).ToList(),
            rows.Where(r => r.ChapterId is not null).Select(r => r.ChapterId!.Value).ToList());
    }

    /// <summary>Everyone who follows the action, directly or through its chapter.</summary>
    public async Task<IReadOnlyList<long>> FollowersOfActionAsync(long actionId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<long>(
            """
            SELECT DISTINCT person_id FROM plan_follows
            WHERE action_id = @actionId OR chapter_id = (SELECT chapter_id FROM plan_actions WHERE id = @actionId)
            """, new { actionId })).ToList();
    }

    /// <summary>Everyone who follows anything, for the weekly digest.</summary>
    public async Task<IReadOnlyList<long>> FollowersAsync()
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<long>("SELECT DISTINCT person_id FROM plan_follows")).ToList();
    }
}

using Board.Core.Ladder;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Ladder;

/// <summary>One rating as the board sees it: what it is about, which side gave it, the rung and the why. Never who.</summary>
public sealed record LadderRatingRow
{
    public long MeetingId { get; init; }
    public long? ItemId { get; init; }
    public LadderView View { get; init; }
    public LadderRung Rung { get; init; }
    public string? Why { get; init; }
}

/// <summary>A person's own rating, to show them what they said and let them change it.</summary>
public sealed record MyLadderRating
{
    public long? ItemId { get; init; }
    public LadderRung Rung { get; init; }
    public string? Why { get; init; }
}

/// <summary>
/// Ladder-of-co-production ratings (ADR-018). The only write is a person's own rating: the person id comes from the
/// signed-in user, and there is no method that writes for someone else, so a coordinator cannot change anyone's.
/// </summary>
public sealed class LadderStore(BoardDatabase database)
{
    /// <summary>
    /// Saves (or changes) this person's rating of the item, or of the meeting as a whole when <paramref name="itemId"/> is
    /// null. False, with nothing saved, when the meeting is not the board's or the item is not on that meeting.
    /// </summary>
    public async Task<bool> SaveAsync(long boardId, long meetingId, long? itemId, long personId, LadderView view, LadderRung rung, string? why, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var belongs = await connection.ExecuteScalarAsync<bool>(
            """
            SELECT EXISTS (SELECT 1 FROM meetings m WHERE m.id = @meetingId AND m.board_id = @boardId
              AND (CAST(@itemId AS bigint) IS NULL OR EXISTS (SELECT 1 FROM agenda_items i WHERE i.id = @itemId AND i.meeting_id = m.id AND i.board_id = @boardId)))
            """, new { boardId, meetingId, itemId }, transaction);
        if (!belongs)
            return false;
        var args = new { boardId, meetingId, itemId, personId, view = view.ToString(), rung = (int)rung, why, now };
        var changed = await connection.ExecuteAsync(
            """
            UPDATE ladder_ratings SET rung = @rung, why = @why, rater_view = @view, changed_at = @now
            WHERE meeting_id = @meetingId AND person_id = @personId
              AND ((CAST(@itemId AS bigint) IS NULL AND agenda_item_id IS NULL) OR agenda_item_id = @itemId)
            """, args, transaction);
        if (changed == 0)
            await connection.ExecuteAsync(
                """
                INSERT INTO ladder_ratings (board_id, meeting_id, agenda_item_id, person_id, rater_view, rung, why, rated_at)
                VALUES (@boardId, @meetingId, @itemId, @personId, @view, @rung, @why, @now)
                """, args, transaction);
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>What this person said about the meeting and its items.</summary>
    public async Task<IReadOnlyList<MyLadderRating>> MineAsync(long boardId, long meetingId, long personId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<MyLadderRating>(
            """
            SELECT agenda_item_id AS ItemId, rung AS Rung, why AS Why FROM ladder_ratings
            WHERE board_id = @boardId AND meeting_id = @meetingId AND person_id = @personId
            """, new { boardId, meetingId, personId })).ToList();
    }

    /// <summary>Every rating of these meetings of the board, without who gave it.</summary>
    public async Task<IReadOnlyList<LadderRatingRow>> ForMeetingsAsync(long boardId, IReadOnlyCollection<long> meetingIds)
    {
        if (meetingIds.Count == 0)
            return [];
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<LadderRatingRow>(
            $"""
            SELECT meeting_id AS MeetingId, agenda_item_id AS ItemId, rater_view AS View, rung AS Rung, why AS Why FROM ladder_ratings
            WHERE board_id = @boardId AND meeting_id {connection.In("@meetingIds")}
            ORDER BY id
            """, new { boardId, meetingIds = meetingIds.ToArray() })).ToList();
    }

    /// <summary>How many parts of the meeting (the items and the whole) this person has rated, so "My board" stops asking when all are.</summary>
    public async Task<int> CountMineAsync(long boardId, long meetingId, long personId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM ladder_ratings WHERE board_id = @boardId AND meeting_id = @meetingId AND person_id = @personId",
            new { boardId, meetingId, personId });
    }

    public async Task<bool> IsPublicAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<bool>("SELECT ladder_public FROM boards WHERE id = @boardId", new { boardId });
    }

    public async Task SetPublicAsync(long boardId, bool isPublic)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("UPDATE boards SET ladder_public = @isPublic WHERE id = @boardId", new { boardId, isPublic });
    }
}

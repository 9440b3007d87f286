using Board.Data.Database;
using Dapper;

namespace Board.Data.Meetings;

/// <summary>A help request not yet dealt with: one per person, however often they pressed.</summary>
public sealed record HelpRequest(long PersonId, string PersonName, DateTimeOffset AskedAt);

/// <summary>
/// What the meeting console keeps for the day: the item the meeting is on now, the room's check-in code, and the
/// help requests. Every method takes the board id, so a meeting of another board is never reached.
/// </summary>
public sealed class MeetingDayStore(BoardDatabase database)
{
    /// <summary>The agenda item the meeting is on now, or null before the first is called.</summary>
    public async Task<long?> CurrentItemAsync(long boardId, long meetingId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long?>(
            "SELECT current_item_id FROM meetings WHERE id = @meetingId AND board_id = @boardId", new { boardId, meetingId });
    }

    /// <summary>Sets "Now: item N". Only an accepted item of this meeting (or none) can be the current one.</summary>
    public async Task<bool> SetCurrentItemAsync(long boardId, long meetingId, long? itemId)
    {
        await using var connection = await database.OpenAsync();
        // Behind the writer lock, so on PostgreSQL an item deferred at the same moment cannot become "Now".
        await using var transaction = await connection.BeginWriteAsync();
        var result = await connection.ExecuteAsync(
            """
            UPDATE meetings SET current_item_id = @itemId
            WHERE id = @meetingId AND board_id = @boardId
              AND (@itemId IS NULL OR EXISTS (SELECT 1 FROM agenda_items i
                   WHERE i.id = @itemId AND i.meeting_id = @meetingId AND i.board_id = @boardId AND i.state = 'Accepted'))
            """, new { boardId, meetingId, itemId }, transaction) == 1;
        await transaction.CommitAsync();
        return result;
    }

    /// <summary>
    /// The meeting's check-in secret, made once (by whoever asks first) and kept for the meeting. It is never shown:
    /// the codes in the room's links are made from it, one per time window (Core CheckIn.CodeFor).
    /// </summary>
    public async Task<string?> CheckInSecretAsync(long boardId, long meetingId, string newCode)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            "UPDATE meetings SET check_in_code = @newCode WHERE id = @meetingId AND board_id = @boardId AND check_in_code IS NULL",
            new { boardId, meetingId, newCode });
        return await connection.ExecuteScalarAsync<string?>(
            "SELECT check_in_code FROM meetings WHERE id = @meetingId AND board_id = @boardId", new { boardId, meetingId });
    }

    /// <summary>The stored secret as it is, without making one (a check-in link is only checked against it).</summary>
    public async Task<string?> StoredCheckInSecretAsync(long boardId, long meetingId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<string?>(
            "SELECT check_in_code FROM meetings WHERE id = @meetingId AND board_id = @boardId", new { boardId, meetingId });
    }

    /// <summary>Records "I need help". True if this is new (not already waiting), so the console adds one row per person.</summary>
    public async Task<bool> AskForHelpAsync(long boardId, long meetingId, long personId, DateTimeOffset at)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            """
            INSERT INTO help_requests (meeting_id, person_id, asked_at, dealt_with_at)
            SELECT @meetingId, @personId, @at, NULL WHERE EXISTS (SELECT 1 FROM meetings WHERE id = @meetingId AND board_id = @boardId)
            ON CONFLICT (meeting_id, person_id) DO UPDATE SET asked_at = excluded.asked_at, dealt_with_at = NULL
            WHERE help_requests.dealt_with_at IS NOT NULL
            """, new { boardId, meetingId, personId, at }) == 1;
    }

    public async Task<IReadOnlyList<HelpRequest>> WaitingForHelpAsync(long boardId, long meetingId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<HelpRequest>(
            """
            SELECT h.person_id AS PersonId, p.name AS PersonName, h.asked_at AS AskedAt
            FROM help_requests h JOIN meetings m ON m.id = h.meeting_id JOIN people p ON p.id = h.person_id
            WHERE h.meeting_id = @meetingId AND m.board_id = @boardId AND h.dealt_with_at IS NULL
            ORDER BY h.asked_at
            """, new { boardId, meetingId });
        return rows.ToList();
    }

    /// <summary>Someone went to help: the request leaves the list (a new press later adds it again).</summary>
    public async Task<bool> DealtWithAsync(long boardId, long meetingId, long personId, DateTimeOffset at)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            """
            UPDATE help_requests SET dealt_with_at = @at
            WHERE meeting_id = @meetingId AND person_id = @personId AND dealt_with_at IS NULL
              AND EXISTS (SELECT 1 FROM meetings WHERE id = @meetingId AND board_id = @boardId)
            """, new { boardId, meetingId, personId, at }) == 1;
    }
}

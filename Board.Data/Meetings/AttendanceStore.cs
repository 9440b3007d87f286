using Board.Core.Meetings;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Meetings;

public sealed class AttendanceStore(BoardDatabase database)
{
    public async Task<IReadOnlyList<Attendance>> ForMeetingAsync(long meetingId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<(long PersonId, string Mark, DateTime? ArrivedAt, DateTime? LeftAt, bool Self)>(
            "SELECT person_id, mark, arrived_at, left_at, self_checked_in FROM attendance WHERE meeting_id = @meetingId", new { meetingId });
        return rows.Select(r => new Attendance(r.PersonId, Enum.Parse<AttendanceMark>(r.Mark), r.ArrivedAt, r.LeftAt, r.Self)).ToList();
    }

    /// <summary>
    /// Records a mark. Arriving (in the room or online) sets the arrival time once and clears any departure, so someone
    /// who steps out and back is present again; apologies and absence clear both. A coordinator's mark is never a self
    /// check-in, so it clears that flag.
    /// </summary>
    public async Task MarkAsync(long meetingId, long personId, AttendanceMark mark, DateTime at)
    {
        var present = mark is AttendanceMark.InRoom or AttendanceMark.Online;
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO attendance (meeting_id, person_id, mark, arrived_at, left_at, self_checked_in)
            VALUES (@meetingId, @personId, @mark, CASE WHEN @present THEN @at END, NULL, FALSE)
            ON CONFLICT (meeting_id, person_id) DO UPDATE SET
                mark = excluded.mark,
                arrived_at = CASE WHEN @present THEN COALESCE(attendance.arrived_at, @at) END,
                left_at = NULL,
                self_checked_in = FALSE
            """, new { meetingId, personId, mark = mark.ToString(), present, at });
    }

    /// <summary>
    /// A member checks themselves in by the room's code: marked in the room, as a self check-in, only if nobody has
    /// marked them yet. One statement, so a coordinator's mark made a moment before is never overwritten. True if marked.
    /// </summary>
    public async Task<bool> SelfCheckInAsync(long meetingId, long personId, DateTime at)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            """
            INSERT INTO attendance (meeting_id, person_id, mark, arrived_at, left_at, self_checked_in)
            VALUES (@meetingId, @personId, 'InRoom', @at, NULL, TRUE)
            ON CONFLICT (meeting_id, person_id) DO NOTHING
            """, new { meetingId, personId, at }) == 1;
    }

    /// <summary>Someone leaves before the end: they stop counting towards quorum from now.</summary>
    public async Task<bool> LeaveAsync(long meetingId, long personId, DateTime at)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            """
            UPDATE attendance SET left_at = @at
            WHERE meeting_id = @meetingId AND person_id = @personId AND mark IN ('InRoom', 'Online') AND left_at IS NULL
            """, new { meetingId, personId, at }) == 1;
    }
}

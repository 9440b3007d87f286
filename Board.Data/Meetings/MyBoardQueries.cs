using Board.Data.Database;
using Dapper;

namespace Board.Data.Meetings;

/// <summary>A question open for voting now, in a live meeting of the board.</summary>
public sealed record OpenVoteRow(long MeetingId, string MeetingTitle, long PollId, string Question, string Picture, bool Secret);

/// <summary>A meeting whose easy read minutes wait for this Rep's marks ("I understand this" or "This is hard").</summary>
public sealed record MinutesToCheckRow(long MeetingId, string MeetingTitle, DateTime StartsAt, int ItemsLeft);

/// <summary>Reads shaped for a member's own home page ("My board"), each scoped to the member's board.</summary>
public sealed class MyBoardQueries(BoardDatabase database)
{
    public async Task<IReadOnlyList<OpenVoteRow>> OpenVotesAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<OpenVoteRecord>(
            """
            SELECT p.meeting_id AS MeetingId, m.title AS MeetingTitle, p.id AS PollId, p.question AS Question, p.picture AS Picture,
                   p.secrecy = 'Secret' AS Secret
            FROM polls p JOIN meetings m ON m.id = p.meeting_id AND m.board_id = p.board_id
            WHERE p.board_id = @boardId AND p.state = 'Open' AND m.state = 'Live'
            ORDER BY p.opened_at
            """, new { boardId });
        return rows.Select(r => new OpenVoteRow(r.MeetingId, r.MeetingTitle, r.PollId, r.Question, r.Picture, r.Secret)).ToList();
    }

    /// <summary>The meeting happening now, or else the next one that has not closed, from the board's local time.</summary>
    public async Task<long?> NextMeetingIdAsync(long boardId, DateTime localNow)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long?>(
            """
            SELECT id FROM meetings
            WHERE board_id = @boardId AND (state = 'Live' OR (state <> 'Closed' AND ends_at >= @localNow))
            ORDER BY state = 'Live' DESC, starts_at
            LIMIT 1
            """, new { boardId, localNow });
    }

    /// <summary>Minutes sent to the Reps in which this Rep has items not yet marked since their last change.</summary>
    public async Task<IReadOnlyList<MinutesToCheckRow>> MinutesToCheckAsync(long boardId, long personId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<MinutesToCheckRecord>(
            """
            SELECT m.id AS MeetingId, m.title AS MeetingTitle, m.starts_at AS StartsAt,
                   (SELECT COUNT(*) FROM minutes_items i
                    WHERE i.meeting_id = m.id
                      AND NOT EXISTS (SELECT 1 FROM minutes_marks k
                                      WHERE k.meeting_id = i.meeting_id AND k.agenda_item_id = i.agenda_item_id
                                        AND k.person_id = @personId AND k.item_revision = i.revision)) AS ItemsLeft
            FROM minutes x JOIN meetings m ON m.id = x.meeting_id
            WHERE x.board_id = @boardId AND m.board_id = @boardId AND x.state = 'WithReps'
            ORDER BY m.starts_at
            """, new { boardId, personId });
        return rows.Where(r => r.ItemsLeft > 0).Select(r => new MinutesToCheckRow(r.MeetingId, r.MeetingTitle, r.StartsAt, (int)r.ItemsLeft)).ToList();
    }

    private sealed class OpenVoteRecord
    {
        public long MeetingId { get; init; }
        public string MeetingTitle { get; init; } = "";
        public long PollId { get; init; }
        public string Question { get; init; } = "";
        public string Picture { get; init; } = "";
        public bool Secret { get; init; }
    }

    private sealed class MinutesToCheckRecord
    {
        public long MeetingId { get; init; }
        public string MeetingTitle { get; init; } = "";
        public DateTime StartsAt { get; init; }
        public long ItemsLeft { get; init; }
    }
}

using Board.Core.Meetings;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Meetings;

/// <summary>A co-chair's open question about a meeting's agenda or minutes, with their name for the coordinator's page.</summary>
public sealed record CoChairQuestion
{
    public long PersonId { get; init; }
    public string PersonName { get; init; } = "";
    public string About { get; init; } = "";
    public string Comment { get; init; } = "";
    public DateTimeOffset AskedAt { get; init; }
}

/// <summary>Co-chairs' "not yet" answers: one open question per co-chair, meeting and subject.</summary>
public sealed class CoChairQuestionStore(BoardDatabase database)
{
    /// <summary>Stores the question, replacing this co-chair's earlier one. Nothing is stored for a meeting of another board.</summary>
    public async Task<bool> AskAsync(long boardId, long meetingId, long personId, QuestionAbout about, string comment, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            """
            INSERT INTO co_chair_questions (meeting_id, person_id, about, comment, asked_at)
            SELECT id, @personId, @about, @comment, @now FROM meetings WHERE id = @meetingId AND board_id = @boardId
            ON CONFLICT (meeting_id, person_id, about) DO UPDATE SET comment = excluded.comment, asked_at = excluded.asked_at
            """, new { boardId, meetingId, personId, about = about.ToString(), comment, now }) == 1;
    }

    /// <summary>The co-chair said yes after all: their question is answered.</summary>
    public async Task ClearAsync(long boardId, long meetingId, long personId, QuestionAbout about)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            DELETE FROM co_chair_questions
            WHERE meeting_id = @meetingId AND person_id = @personId AND about = @about
              AND EXISTS (SELECT 1 FROM meetings WHERE id = @meetingId AND board_id = @boardId)
            """, new { boardId, meetingId, personId, about = about.ToString() });
    }

    public async Task<IReadOnlyList<CoChairQuestion>> ForMeetingAsync(long boardId, long meetingId, QuestionAbout about)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<CoChairQuestion>(
            """
            SELECT q.person_id AS PersonId, p.name AS PersonName, q.about AS About, q.comment AS Comment, q.asked_at AS AskedAt
            FROM co_chair_questions q JOIN meetings m ON m.id = q.meeting_id JOIN people p ON p.id = q.person_id
            WHERE q.meeting_id = @meetingId AND m.board_id = @boardId AND q.about = @about ORDER BY q.asked_at
            """, new { boardId, meetingId, about = about.ToString() })).ToList();
    }
}

using Board.Core.Plans;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Plans;

/// <summary>
/// Questions and comments on a plan action, and their answers. Every read and write names the board and the action,
/// so an id from another board's action, or a question of another action, finds nothing.
/// </summary>
public sealed class ActionQuestionStore(BoardDatabase database)
{
    private const string OfBoardAction =
        """
        EXISTS (SELECT 1 FROM plan_actions a JOIN plan_chapters c ON c.id = a.chapter_id JOIN plans p ON p.id = c.plan_id
                WHERE a.id = @actionId AND p.board_id = @boardId)
        """;

    private const string SelectQuestion =
        """
        SELECT id AS Id, action_id AS ActionId, kind AS Kind, asked_by AS AskedBy, asked_at AS AskedAt, text AS Text,
               answer AS Answer, answered_by AS AnsweredBy, answered_at AS AnsweredAt
        FROM action_questions
        """;

    /// <summary>Adds the question if the action is this board's; returns its id, or 0 if not.</summary>
    public async Task<long> AskAsync(long boardId, long actionId, long askedBy, QuestionKind kind, string text, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long?>(
            $"""
            INSERT INTO action_questions (action_id, kind, asked_by, asked_at, text)
            SELECT @actionId, @kind, @askedBy, @now, @text WHERE {OfBoardAction}
            RETURNING id
            """, new { boardId, actionId, askedBy, kind = kind.ToString(), now, text }) ?? 0;
    }

    /// <summary>How many things the person asked about this action since <paramref name="hourAgo"/>, and about any action since <paramref name="dayAgo"/>.</summary>
    public async Task<(int OnAction, int InDay)> CountAskedAsync(long actionId, long askedBy, DateTimeOffset hourAgo, DateTimeOffset dayAgo)
    {
        await using var connection = await database.OpenAsync();
        var counts = await connection.QuerySingleAsync<(long OnAction, long InDay)>(
            """
            SELECT COALESCE(SUM(CASE WHEN action_id = @actionId AND asked_at >= @hourAgo THEN 1 ELSE 0 END), 0),
                   COUNT(*)
            FROM action_questions WHERE asked_by = @askedBy AND asked_at >= @dayAgo
            """, new { actionId, askedBy, hourAgo, dayAgo });
        return ((int)counts.OnAction, (int)counts.InDay);
    }

    public async Task<IReadOnlyList<ActionQuestion>> ForActionAsync(long boardId, long actionId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<QuestionRow>(
            SelectQuestion + $" WHERE action_id = @actionId AND {OfBoardAction} ORDER BY asked_at, id", new { boardId, actionId });
        return rows.Select(r => r.ToQuestion()).ToList();
    }

    public async Task<ActionQuestion?> GetAsync(long boardId, long actionId, long questionId)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<QuestionRow>(
            SelectQuestion + $" WHERE id = @questionId AND action_id = @actionId AND {OfBoardAction}", new { boardId, actionId, questionId });
        return row?.ToQuestion();
    }

    /// <summary>Saves the answer unless someone answered first (compare-and-set); returns whether it was saved.</summary>
    public async Task<bool> AnswerAsync(long boardId, long actionId, long questionId, long answeredBy, string answer, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            $"""
            UPDATE action_questions SET answer = @answer, answered_by = @answeredBy, answered_at = @now
            WHERE id = @questionId AND action_id = @actionId AND answer IS NULL AND {OfBoardAction}
            """, new { boardId, actionId, questionId, answeredBy, answer, now }) == 1;
    }

    private sealed class QuestionRow
    {
        public long Id { get; init; }
        public long ActionId { get; init; }
        public string Kind { get; init; } = "";
        public long AskedBy { get; init; }
        public DateTimeOffset AskedAt { get; init; }
        public string Text { get; init; } = "";
        public string? Answer { get; init; }
        public long? AnsweredBy { get; init; }
        public DateTimeOffset? AnsweredAt { get; init; }

        public ActionQuestion ToQuestion() =>
            new(Id, ActionId, Enum.Parse<QuestionKind>(Kind), AskedBy, AskedAt, Text, Answer, AnsweredBy, AnsweredAt);
    }
}

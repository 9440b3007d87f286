using Board.Core.Plans;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Plans;

/// <summary>The board's plan, chapters and actions. An action's status changes only with an update (<see cref="PostUpdateAsync"/>).</summary>
public sealed class PlanStore(BoardDatabase database)
{
    private const string SelectAction =
        """
        SELECT a.id AS Id, a.chapter_id AS ChapterId, a.what AS What, a.what_easy_read AS WhatEasyRead, a.owner AS Owner,
               a.lead_person_id AS LeadPersonId, a.due_date AS DueDate, a.status AS Status
        FROM plan_actions a JOIN plan_chapters c ON c.id = a.chapter_id JOIN plans p ON p.id = c.plan_id
        """;

    public async Task<Plan?> CurrentPlanAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QueryFirstOrDefaultAsync<(long Id, long BoardId, string Title, long FromYear, long ToYear)?>(
            "SELECT id, board_id, title, from_year, to_year FROM plans WHERE board_id = @boardId ORDER BY id DESC LIMIT 1",
            new { boardId });
        return row is { } r ? new Plan(r.Id, r.BoardId, r.Title, (int)r.FromYear, (int)r.ToYear) : null;
    }

    public async Task<long> CreatePlanAsync(long boardId, string title, int fromYear, int toYear)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            "INSERT INTO plans (board_id, title, from_year, to_year) VALUES (@boardId, @title, @fromYear, @toYear) RETURNING id",
            new { boardId, title, fromYear, toYear });
    }

    public async Task<IReadOnlyList<Chapter>> ChaptersAsync(long planId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<(long Id, long PlanId, string Title, string EasyReadSummary, string Picture, long Position)>(
            "SELECT id, plan_id, title, easy_read_summary, picture, position FROM plan_chapters WHERE plan_id = @planId ORDER BY position, id",
            new { planId });
        return rows.Select(r => new Chapter(r.Id, r.PlanId, r.Title, r.EasyReadSummary, r.Picture, (int)r.Position)).ToList();
    }

    public async Task<long> AddChapterAsync(long planId, string title, string easyReadSummary, string picture)
    {
        await using var connection = await database.OpenAsync();
        // Behind the writer lock, so two chapters added at once on PostgreSQL get different positions.
        await using var transaction = await connection.BeginWriteAsync();
        var result = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO plan_chapters (plan_id, title, easy_read_summary, picture, position)
            VALUES (@planId, @title, @easyReadSummary, @picture, (SELECT COALESCE(MAX(position), 0) + 1 FROM plan_chapters WHERE plan_id = @planId))
            RETURNING id
            """, new { planId, title, easyReadSummary, picture }, transaction);
        await transaction.CommitAsync();
        return result;
    }

    public async Task<IReadOnlyList<PlanAction>> ActionsAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<ActionRow>(SelectAction + " WHERE p.board_id = @boardId ORDER BY c.position, a.due_date, a.id", new { boardId });
        return rows.Select(r => r.ToAction()).ToList();
    }

    /// <summary>An action of this board, or null: an id from another board is simply not found.</summary>
    public async Task<PlanAction?> ActionAsync(long boardId, long actionId)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<ActionRow>(SelectAction + " WHERE p.board_id = @boardId AND a.id = @actionId", new { boardId, actionId });
        return row?.ToAction();
    }

    public async Task<long> AddActionAsync(long chapterId, string what, string whatEasyRead, string owner, long? leadPersonId, DateOnly dueDate)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO plan_actions (chapter_id, what, what_easy_read, owner, lead_person_id, due_date)
            VALUES (@chapterId, @what, @whatEasyRead, @owner, @leadPersonId, @dueDate) RETURNING id
            """, new { chapterId, what, whatEasyRead, owner, leadPersonId, dueDate });
    }

    /// <summary>Adds every row, or none: the import is one transaction.</summary>
    public async Task<int> ImportAsync(long planId, IReadOnlyList<ImportRow> rows)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        foreach (var row in rows)
            if (await connection.ExecuteAsync(
                """
                INSERT INTO plan_actions (chapter_id, what, what_easy_read, owner, due_date)
                SELECT id, @What, @WhatEasyRead, @Owner, @DueDate FROM plan_chapters
                WHERE plan_id = @planId AND lower(title) = lower(@ChapterTitle) LIMIT 1
                """, new { planId, row.ChapterTitle, row.What, row.WhatEasyRead, row.Owner, row.DueDate }, transaction) != 1)
            {
                // The chapter went away while the file was checked: import nothing rather than part.
                await transaction.RollbackAsync();
                return 0;
            }
        await transaction.CommitAsync();
        return rows.Count;
    }

    /// <summary>Posts an update and sets the action's status from it, in one transaction: the status never changes alone.</summary>
    /// <returns>The update's id, or 0 if the action's status changed since the poster read it (nothing is saved).</returns>
    public async Task<long> PostUpdateAsync(PlanAction action, long postedBy, string whatHappened, string whatHappenedEasyRead,
        string? evidenceLink, ActionStatus newStatus, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        if (await connection.ExecuteAsync("UPDATE plan_actions SET status = @status WHERE id = @actionId AND status = @seen",
                new { actionId = action.Id, status = newStatus.ToString(), seen = action.Status.ToString() }, transaction) != 1)
            return 0;
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO action_updates (action_id, posted_by, posted_at, what_happened, what_happened_easy_read, evidence_link, new_status)
            VALUES (@actionId, @postedBy, @now, @whatHappened, @whatHappenedEasyRead, @evidenceLink, @status) RETURNING id
            """, new { actionId = action.Id, postedBy, now, whatHappened, whatHappenedEasyRead, evidenceLink, status = newStatus.ToString() }, transaction);
        await transaction.CommitAsync();
        return id;
    }

    public async Task<IReadOnlyList<ActionUpdate>> UpdatesAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<UpdateRow>(
            """
            SELECT u.id AS Id, u.action_id AS ActionId, u.posted_by AS PostedBy, u.posted_at AS PostedAt, u.what_happened AS WhatHappened,
                   u.what_happened_easy_read AS WhatHappenedEasyRead, u.evidence_link AS EvidenceLink, u.new_status AS NewStatus
            FROM action_updates u JOIN plan_actions a ON a.id = u.action_id JOIN plan_chapters c ON c.id = a.chapter_id JOIN plans p ON p.id = c.plan_id
            WHERE p.board_id = @boardId ORDER BY u.posted_at DESC, u.id DESC
            """, new { boardId });
        return rows.Select(r => r.ToUpdate()).ToList();
    }

    public async Task AddEvidenceFileAsync(long updateId, string fileName, string contentType, long length, string storedName)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            "INSERT INTO update_evidence (update_id, file_name, content_type, length, stored_name) VALUES (@updateId, @fileName, @contentType, @length, @storedName)",
            new { updateId, fileName, contentType, length, storedName });
    }

    /// <summary>An update's evidence file, if the update belongs to this board.</summary>
    public async Task<Meetings.AttachmentInfo?> EvidenceFileAsync(long boardId, long updateId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<Meetings.AttachmentInfo>(
            """
            SELECT e.update_id AS Id, u.action_id AS ItemId, e.file_name AS FileName, e.content_type AS ContentType, e.length AS Length, e.stored_name AS StoredName
            FROM update_evidence e JOIN action_updates u ON u.id = e.update_id JOIN plan_actions a ON a.id = u.action_id
            JOIN plan_chapters c ON c.id = a.chapter_id JOIN plans p ON p.id = c.plan_id
            WHERE e.update_id = @updateId AND p.board_id = @boardId
            """, new { boardId, updateId });
    }

    /// <summary>The ids of this board's updates that have an evidence file.</summary>
    public async Task<IReadOnlySet<long>> UpdatesWithEvidenceAsync(long actionId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<long>(
            "SELECT e.update_id FROM update_evidence e JOIN action_updates u ON u.id = e.update_id WHERE u.action_id = @actionId", new { actionId })).ToHashSet();
    }

    /// <summary>The plan actions an agenda item brings for review.</summary>
    public async Task<IReadOnlyList<long>> ActionsForItemAsync(long itemId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<long>("SELECT action_id FROM agenda_item_actions WHERE item_id = @itemId", new { itemId })).ToList();
    }

    /// <summary>Replaces the item's linked actions with these, keeping only actions of the same board.</summary>
    public async Task LinkActionsAsync(long boardId, long itemId, IReadOnlyCollection<long> actionIds)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        await connection.ExecuteAsync(
            "DELETE FROM agenda_item_actions WHERE item_id = @itemId AND EXISTS (SELECT 1 FROM agenda_items WHERE id = @itemId AND board_id = @boardId)",
            new { boardId, itemId }, transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO agenda_item_actions (item_id, action_id)
            SELECT i.id, a.id FROM agenda_items i
            CROSS JOIN plan_actions a JOIN plan_chapters c ON c.id = a.chapter_id JOIN plans p ON p.id = c.plan_id
            WHERE i.id = @itemId AND i.board_id = @boardId AND p.board_id = @boardId AND a.id = @actionId
            ON CONFLICT DO NOTHING
            """, actionIds.Distinct().Select(actionId => new { boardId, itemId, actionId }), transaction);
        await transaction.CommitAsync();
    }

    private sealed class ActionRow
    {
        public long Id { get; init; }
        public long ChapterId { get; init; }
        public string What { get; init; } = "";
        public string WhatEasyRead { get; init; } = "";
        public string Owner { get; init; } = "";
        public long? LeadPersonId { get; init; }
        public DateOnly DueDate { get; init; }
        public string Status { get; init; } = "";

        public PlanAction ToAction() => new(Id, ChapterId, What, WhatEasyRead, Owner, LeadPersonId, DueDate, Enum.Parse<ActionStatus>(Status));
    }

    private sealed class UpdateRow
    {
        public long Id { get; init; }
        public long ActionId { get; init; }
        public long PostedBy { get; init; }
        public DateTimeOffset PostedAt { get; init; }
        public string WhatHappened { get; init; } = "";
        public string WhatHappenedEasyRead { get; init; } = "";
        public string? EvidenceLink { get; init; }
        public string NewStatus { get; init; } = "";

        public ActionUpdate ToUpdate() => new(Id, ActionId, PostedBy, PostedAt, WhatHappened, WhatHappenedEasyRead, EvidenceLink, Enum.Parse<ActionStatus>(NewStatus));
    }
}

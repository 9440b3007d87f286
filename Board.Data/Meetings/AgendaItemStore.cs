using System.Data.Common;
using Board.Core.Meetings;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Meetings;

/// <summary>What a supporter or coordinator writes when raising an item.</summary>
public sealed record NewAgendaItem(long MeetingId, long? GroupId, string Title, string EasyReadSummary, string Details, BoardAsk Ask, string Picture);

/// <summary>
/// Agenda items and their history. Each change writes an event in the same transaction, and any change to the
/// agenda clears the co-chairs' approvals, so what they approved is what gets published.
/// </summary>
public sealed class AgendaItemStore(BoardDatabase database)
{
    private const string SelectItem =
        """
        SELECT id AS Id, board_id AS BoardId, meeting_id AS MeetingId, group_id AS GroupId, raised_by AS RaisedBy,
               raised_at AS RaisedAt, title AS Title, easy_read_summary AS EasyReadSummary, details AS Details, ask AS Ask,
               picture AS Picture, state AS State, position AS Position, minutes AS Minutes, presenter AS Presenter,
               decline_reason AS DeclineReason, deferred_from_meeting_id AS DeferredFromMeetingId, outcome AS Outcome,
               outcome_easy_read AS OutcomeEasyRead, response AS Response, response_comment AS ResponseComment
        FROM agenda_items
        """;

    public async Task<AgendaItem?> GetAsync(long boardId, long itemId)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<ItemRow>(SelectItem + " WHERE id = @itemId AND board_id = @boardId", new { boardId, itemId });
        return row?.ToItem();
    }

    /// <summary>The meeting's items: accepted ones in agenda order first, then the rest in the order they were raised.</summary>
    public async Task<IReadOnlyList<AgendaItem>> ForMeetingAsync(long meetingId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<ItemRow>(
            SelectItem + " WHERE meeting_id = @meetingId ORDER BY state <> 'Accepted', position, raised_at", new { meetingId });
        return rows.Select(r => r.ToItem()).ToList();
    }

    public async Task<IReadOnlyList<AgendaItem>> ForGroupAsync(long groupId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<ItemRow>(SelectItem + " WHERE group_id = @groupId ORDER BY raised_at DESC", new { groupId });
        return rows.Select(r => r.ToItem()).ToList();
    }

    public async Task<IReadOnlyList<AgendaItem>> ForBoardAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<ItemRow>(SelectItem + " WHERE board_id = @boardId ORDER BY raised_at DESC", new { boardId });
        return rows.Select(r => r.ToItem()).ToList();
    }

    /// <summary>Adds the item and returns its id, or 0 if the meeting's agenda can no longer change.</summary>
    public async Task<long> RaiseAsync(long boardId, long raisedBy, NewAgendaItem item, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        // Only while the meeting's agenda can still change, checked in the same statement that adds the item.
        var inserted = await connection.ExecuteScalarAsync<long?>(
            """
            INSERT INTO agenda_items (board_id, meeting_id, group_id, raised_by, raised_at, title, easy_read_summary, details, ask, picture, state)
            SELECT @boardId, @MeetingId, @GroupId, @raisedBy, @now, @Title, @EasyReadSummary, @Details, @ask, @Picture, 'Proposed'
            WHERE (SELECT state FROM meetings WHERE id = @MeetingId AND board_id = @boardId) IN ('Scheduled', 'CallingForItems')
            RETURNING id
            """,
            new { boardId, raisedBy, now, item.MeetingId, item.GroupId, item.Title, item.EasyReadSummary, item.Details, ask = item.Ask.ToString(), item.Picture },
            transaction);
        if (inserted is not { } id)
            return 0;
        await EventAsync(connection, transaction, id, raisedBy, now, "Raised the item");
        await ClearApprovalsAsync(connection, transaction, item.MeetingId);
        await transaction.CommitAsync();
        return id;
    }

    public Task<bool> AcceptAsync(AgendaItem item, Acceptance acceptance, long personId, DateTimeOffset now) =>
        ChangeAsync(item, personId, now, $"Accepted it onto the agenda, item {acceptance.Position}",
            """
            UPDATE agenda_items SET state = 'Accepted', position = @Position, minutes = @Minutes, presenter = @Presenter, decline_reason = NULL
            WHERE id = @id AND state = @expectedState AND meeting_id = @meetingId
              AND (SELECT state FROM meetings WHERE id = @meetingId) IN ('Scheduled', 'CallingForItems')
            """, new { acceptance.Position, acceptance.Minutes, Presenter = acceptance.Presenter.Trim() });

    public Task<bool> DeferAsync(AgendaItem item, Meeting later, long personId, DateTimeOffset now) =>
        ChangeAsync(item, personId, now, $"Moved it to the meeting on {later.StartsAt:yyyy-MM-dd}",
            """
            UPDATE agenda_items SET state = 'Deferred', meeting_id = @laterId, deferred_from_meeting_id = meeting_id,
                                    position = NULL, minutes = NULL, presenter = NULL
            WHERE id = @id AND state = @expectedState AND meeting_id = @meetingId
              AND (SELECT state FROM meetings WHERE id = @meetingId) IN ('Scheduled', 'CallingForItems')
              AND (SELECT state FROM meetings WHERE id = @laterId) IN ('Scheduled', 'CallingForItems')
            """, new { laterId = later.Id }, alsoClearApprovalsOf: later.Id);

    public Task<bool> DeclineAsync(AgendaItem item, string reason, long personId, DateTimeOffset now) =>
        ChangeAsync(item, personId, now, "Did not accept it, and gave the reason",
            """
            UPDATE agenda_items SET state = 'NotAccepted', decline_reason = @reason, position = NULL, minutes = NULL, presenter = NULL
            WHERE id = @id AND state = @expectedState AND meeting_id = @meetingId
              AND (SELECT state FROM meetings WHERE id = @meetingId) IN ('Scheduled', 'CallingForItems')
            """, new { reason = reason.Trim() });

    /// <summary>Writing (or rewriting) the outcome asks the group again, so an answer to an old outcome is not kept.</summary>
    public Task<bool> WriteOutcomeAsync(AgendaItem item, string outcome, string easyRead, long personId, DateTimeOffset now) =>
        ChangeAsync(item, personId, now, "Wrote what the board did",
            """
            UPDATE agenda_items SET outcome = @outcome, outcome_easy_read = @easyRead, response = 'None', response_comment = NULL
            WHERE id = @id AND state = @expectedState AND meeting_id = @meetingId
            """, new { outcome = outcome.Trim(), easyRead = easyRead.Trim() }, clearsApprovals: false);

    /// <summary>The group's answer to the outcome it read: refused if the board has rewritten the outcome since.</summary>
    public Task<bool> RespondAsync(AgendaItem item, GroupResponse response, string? comment, long personId, DateTimeOffset now, string? seenOutcome = null) =>
        ChangeAsync(item, personId, now, response == GroupResponse.WeAgree ? "The group said: we agree" : "The group said: not done yet",
            """
            UPDATE agenda_items SET response = @response, response_comment = @comment
            WHERE id = @id AND state = @expectedState AND meeting_id = @meetingId AND outcome IS NOT NULL
              AND outcome_easy_read = @seenOutcome
            """, new
            {
                response = response.ToString(),
                comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
                seenOutcome = seenOutcome ?? item.OutcomeEasyRead
            }, clearsApprovals: false);

    public async Task<IReadOnlyList<AgendaItemEvent>> HistoryAsync(long itemId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<AgendaItemEvent>(
            """
            SELECT e.at AS At, p.name AS PersonName, e.what AS What
            FROM agenda_item_events e JOIN people p ON p.id = e.person_id
            WHERE e.item_id = @itemId ORDER BY e.id
            """, new { itemId });
        return rows.ToList();
    }

    /// <summary>
    /// One change to an item, only if it is still as the page saw it (same state, same meeting), with its event,
    /// in one transaction. Returns false when someone else changed it first.
    /// </summary>
    private async Task<bool> ChangeAsync(AgendaItem item, long personId, DateTimeOffset now, string what, string sql, object values,
        bool clearsApprovals = true, long? alsoClearApprovalsOf = null)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var parameters = new DynamicParameters(values);
        parameters.Add("id", item.Id);
        parameters.Add("expectedState", item.State.ToString());
        parameters.Add("meetingId", item.MeetingId);
        if (await connection.ExecuteAsync(sql, parameters, transaction) != 1)
            return false;
        await EventAsync(connection, transaction, item.Id, personId, now, what);
        if (clearsApprovals)
            await ClearApprovalsAsync(connection, transaction, item.MeetingId);
        if (alsoClearApprovalsOf is { } other)
            await ClearApprovalsAsync(connection, transaction, other);
        await transaction.CommitAsync();
        return true;
    }

    private static Task EventAsync(DbConnection connection, DbTransaction transaction, long itemId, long personId, DateTimeOffset now, string what) =>
        connection.ExecuteAsync(
            "INSERT INTO agenda_item_events (item_id, at, person_id, what) VALUES (@itemId, @now, @personId, @what)",
            new { itemId, now, personId, what }, transaction);

    private static Task ClearApprovalsAsync(DbConnection connection, DbTransaction transaction, long meetingId) =>
        connection.ExecuteAsync("DELETE FROM agenda_approvals WHERE meeting_id = @meetingId", new { meetingId }, transaction);

    private sealed class ItemRow
    {
        public long Id { get; init; }
        public long BoardId { get; init; }
        public long MeetingId { get; init; }
        public long? GroupId { get; init; }
        public long RaisedBy { get; init; }
        public DateTimeOffset RaisedAt { get; init; }
        public string Title { get; init; } = "";
        public string EasyReadSummary { get; init; } = "";
        public string Details { get; init; } = "";
        public string Ask { get; init; } = "";
        public string Picture { get; init; } = "";
        public string State { get; init; } = "";
        public int? Position { get; init; }
        public int? Minutes { get; init; }
        public string? Presenter { get; init; }
        public string? DeclineReason { get; init; }
        public long? DeferredFromMeetingId { get; init; }
        public string? Outcome { get; init; }
        public string? OutcomeEasyRead { get; init; }
        public string Response { get; init; } = "";
        public string? ResponseComment { get; init; }

        public AgendaItem ToItem() => new(Id, BoardId, MeetingId, GroupId, RaisedBy, RaisedAt.UtcDateTime, Title, EasyReadSummary, Details,
            Enum.Parse<BoardAsk>(Ask), Picture, Enum.Parse<AgendaItemState>(State), Position, Minutes, Presenter, DeclineReason,
            DeferredFromMeetingId, Outcome, OutcomeEasyRead, Enum.Parse<GroupResponse>(Response), ResponseComment);
    }
}

public sealed record AgendaItemEvent
{
    public DateTimeOffset At { get; init; }
    public string PersonName { get; init; } = "";
    public string What { get; init; } = "";
}

using Board.Core.Meetings;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Meetings;

public sealed class MeetingStore(BoardDatabase database)
{
    private const string SelectMeeting =
        """
        SELECT id AS Id, board_id AS BoardId, title AS Title, starts_at AS StartsAt, ends_at AS EndsAt, venue AS Venue,
               access_notes AS AccessNotes, online_link AS OnlineLink, items_deadline AS ItemsDeadline, state AS State
        FROM meetings
        """;

    public async Task<IReadOnlyList<Meeting>> ListAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<MeetingRow>(SelectMeeting + " WHERE board_id = @boardId ORDER BY starts_at", new { boardId });
        return rows.Select(r => r.ToMeeting()).ToList();
    }

    /// <summary>A meeting of this board, or null: an id from another board is simply not found.</summary>
    public async Task<Meeting?> GetAsync(long boardId, long meetingId)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<MeetingRow>(
            SelectMeeting + " WHERE id = @meetingId AND board_id = @boardId", new { boardId, meetingId });
        return row?.ToMeeting();
    }

    /// <summary>Meetings whose agenda is published or later, for the public pages and the calendar feed.</summary>
    public async Task<IReadOnlyList<Meeting>> PublishedAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<MeetingRow>(
            SelectMeeting + " WHERE board_id = @boardId AND state IN ('AgendaPublished', 'Live', 'Closed') ORDER BY starts_at DESC",
            new { boardId });
        return rows.Select(r => r.ToMeeting()).ToList();
    }

    /// <summary>Meetings of every board that start or close for items between the two times, for the reminder jobs.</summary>
    public async Task<IReadOnlyList<Meeting>> UpcomingAsync(DateTime from, DateTime to)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<MeetingRow>(
            SelectMeeting + " WHERE (starts_at BETWEEN @from AND @to) OR (items_deadline BETWEEN @from AND @to) ORDER BY starts_at",
            new { from, to });
        return rows.Select(r => r.ToMeeting()).ToList();
    }

    public async Task<long> CreateAsync(long boardId, MeetingDraft draft)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO meetings (board_id, title, starts_at, ends_at, venue, access_notes, online_link, items_deadline, state)
            VALUES (@boardId, @Title, @StartsAt, @EndsAt, @Venue, @AccessNotes, @OnlineLink, @ItemsDeadline, 'Scheduled')
            RETURNING id
            """, Parameters(boardId, draft));
    }

    /// <summary>Changes the details while the agenda is not yet published; after that people have read them.</summary>
    public async Task<bool> UpdateAsync(long boardId, long meetingId, MeetingDraft draft)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var parameters = Parameters(boardId, draft);
        parameters.Add("meetingId", meetingId);
        var changed = await connection.ExecuteAsync(
            """
            UPDATE meetings SET title = @Title, starts_at = @StartsAt, ends_at = @EndsAt, venue = @Venue,
                   access_notes = @AccessNotes, online_link = @OnlineLink, items_deadline = @ItemsDeadline
            WHERE id = @meetingId AND board_id = @boardId AND state IN ('Scheduled', 'CallingForItems')
            """, parameters, transaction);
        if (changed != 1)
            return false;
        // New details are a new agenda to approve.
        await connection.ExecuteAsync("DELETE FROM agenda_approvals WHERE meeting_id = @meetingId", new { meetingId }, transaction);
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>Moves the meeting on only if it is still in the state the decision was made from, so two clicks cannot both win.</summary>
    public async Task<bool> MoveAsync(long boardId, long meetingId, MeetingState from, MeetingState to, DateTimeOffset now)
    {
        // In a write transaction: on PostgreSQL a lone statement would not queue behind a poll being opened, and
        // both could commit (the meeting closed with a vote open).
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var moved = await connection.ExecuteAsync(
            """
            UPDATE meetings SET state = @to, published_at = CASE WHEN @to = 'AgendaPublished' THEN @now ELSE published_at END
            WHERE id = @meetingId AND board_id = @boardId AND state = @from
              -- A poll opened a moment after the page checked must still stop the meeting closing (MeetingLifecycle.Close).
              AND (@to <> 'Closed' OR NOT EXISTS (SELECT 1 FROM polls WHERE meeting_id = @meetingId AND state = 'Open'))
            """, new { boardId, meetingId, from = from.ToString(), to = to.ToString(), now }, transaction) == 1;
        await transaction.CommitAsync();
        return moved;
    }

    /// <summary>
    /// The agenda's version: the newest change to any item now on it. A co-chair's approval names the version they
    /// read, so an approval cannot count for an agenda that changed after they looked.
    /// </summary>
    public async Task<long> AgendaVersionAsync(long meetingId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(AgendaVersionSql, new { meetingId });
    }

    /// <summary>Records a co-chair's approval of the version they read. Returns false if the agenda has changed since.</summary>
    public async Task<bool> ApproveAgendaAsync(long meetingId, long personId, long version, DateTimeOffset now)
    {
        // In a write transaction, so an edit that clears the approvals cannot commit between the version check and the insert.
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        await connection.ExecuteAsync(
            $"""
            INSERT INTO agenda_approvals (meeting_id, person_id, approved_at)
            SELECT @meetingId, @personId, @now WHERE ({AgendaVersionSql}) = @version
            ON CONFLICT DO NOTHING
            """, new { meetingId, personId, now, version }, transaction);
        var approved = await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM agenda_approvals WHERE meeting_id = @meetingId AND person_id = @personId)", new { meetingId, personId }, transaction);
        await transaction.CommitAsync();
        return approved;
    }

    /// <summary>
    /// Publishes the agenda only if, at that moment, no item waits for a decision, at least one is accepted and
    /// every co-chair named has approved: checked in the same statement that publishes, so nothing can slip between.
    /// </summary>
    public async Task<bool> PublishAsync(long boardId, long meetingId, IReadOnlyCollection<long> coChairIds, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var published = await connection.ExecuteAsync(
            $"""
            UPDATE meetings SET state = 'AgendaPublished', published_at = @now
            WHERE id = @meetingId AND board_id = @boardId AND state = 'CallingForItems'
              AND NOT EXISTS (SELECT 1 FROM agenda_items WHERE meeting_id = @meetingId AND state IN ('Proposed', 'Deferred'))
              AND EXISTS (SELECT 1 FROM agenda_items WHERE meeting_id = @meetingId AND state = 'Accepted')
              AND @coChairs > 0
              AND (SELECT COUNT(*) FROM agenda_approvals WHERE meeting_id = @meetingId AND person_id {connection.In("@coChairIds")}) = @coChairs
            """, new { boardId, meetingId, now, coChairIds = coChairIds.ToArray(), coChairs = coChairIds.Count }, transaction) == 1;
        if (published)
            await Voting.AuditLog.AppendAsync(connection, transaction, boardId, now, "agenda-published", $"meeting:{meetingId}",
                $"Approved by person {string.Join(" and person ", coChairIds)}.");
        await transaction.CommitAsync();
        return published;
    }

    private const string AgendaVersionSql =
        "SELECT COALESCE(MAX(e.id), 0) FROM agenda_item_events e JOIN agenda_items i ON i.id = e.item_id WHERE i.meeting_id = @meetingId";

    public async Task<IReadOnlyList<long>> ApproversAsync(long meetingId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<long>(
            "SELECT person_id FROM agenda_approvals WHERE meeting_id = @meetingId ORDER BY approved_at", new { meetingId })).ToList();
    }

    private static DynamicParameters Parameters(long boardId, MeetingDraft draft)
    {
        var parameters = new DynamicParameters(draft);
        parameters.Add("boardId", boardId);
        return parameters;
    }

    private sealed class MeetingRow
    {
        public long Id { get; init; }
        public long BoardId { get; init; }
        public string Title { get; init; } = "";
        public DateTime StartsAt { get; init; }
        public DateTime EndsAt { get; init; }
        public string Venue { get; init; } = "";
        public string? AccessNotes { get; init; }
        public string? OnlineLink { get; init; }
        public DateTime ItemsDeadline { get; init; }
        public string State { get; init; } = "";

        public Meeting ToMeeting() => new(Id, BoardId, Title, StartsAt, EndsAt, Venue, AccessNotes, OnlineLink, ItemsDeadline,
            Enum.Parse<MeetingState>(State));
    }
}

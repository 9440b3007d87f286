using Board.Core.Minutes;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Minutes;

/// <summary>A Rep's mark with their name, for the coordinator's page.</summary>
public sealed record MarkRow(long AgendaItemId, long PersonId, string PersonName, RepMark Mark, string Comment, int ItemRevision, DateTimeOffset MarkedAt);

/// <summary>
/// Minutes drafts, Reps' marks and co-chairs' sign-offs. Every change checks the state in the same SQL statement
/// that makes it, so nothing lands on published minutes, and every change to the words raises the version, which
/// makes earlier sign-offs and approval votes stop counting.
/// </summary>
public sealed class MinutesStore(BoardDatabase database)
{
    public async Task<MinutesDraft?> GetAsync(long boardId, long meetingId)
    {
        await using var connection = await database.OpenAsync();
        var head = await connection.QuerySingleOrDefaultAsync<(string State, long Version)?>(
            "SELECT state, version FROM minutes WHERE meeting_id = @meetingId AND board_id = @boardId", new { boardId, meetingId });
        if (head is not { } found)
            return null;
        var items = await connection.QueryAsync<ItemRow>(
            """
            SELECT m.agenda_item_id AS AgendaItemId, m.position AS Position, a.title AS Title, m.standard_note AS StandardNote,
                   m.easy_read_note AS EasyReadNote, m.actions AS Actions, m.picture AS Picture, m.revision AS Revision,
                   m.own_picture_alt AS OwnPictureAlt
            FROM minutes_items m JOIN agenda_items a ON a.id = m.agenda_item_id
            WHERE m.meeting_id = @meetingId ORDER BY m.position
            """, new { meetingId });
        return new MinutesDraft(meetingId, boardId, Enum.Parse<MinutesState>(found.State), (int)found.Version,
            items.Select(i => i.ToItem()).ToList());
    }

    /// <summary>
    /// Starts the draft for a meeting that has closed, with a row for each item that was on its agenda, filled in
    /// from the outcome already written for the group. Returns false if the meeting is not closed (or not found).
    /// Starting again does nothing.
    /// </summary>
    public async Task<bool> StartAsync(long boardId, long meetingId, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var started = await connection.ExecuteAsync(
            """
            INSERT INTO minutes (meeting_id, board_id, state, version, started_at)
            SELECT id, board_id, 'Drafting', 1, @now FROM meetings WHERE id = @meetingId AND board_id = @boardId AND state = 'Closed'
            ON CONFLICT DO NOTHING
            """, new { boardId, meetingId, now }, transaction);
        if (started == 1)
            await connection.ExecuteAsync(
                """
                INSERT INTO minutes_items (meeting_id, agenda_item_id, position, standard_note, easy_read_note, picture)
                SELECT meeting_id, id, ROW_NUMBER() OVER (ORDER BY position, id), COALESCE(outcome, ''), COALESCE(outcome_easy_read, ''), picture
                FROM agenda_items WHERE meeting_id = @meetingId AND state = 'Accepted'
                """, new { meetingId }, transaction);
        await transaction.CommitAsync();
        return await ExistsAsync(connection, boardId, meetingId);
    }

    /// <summary>
    /// Saves an item's notes, and its own picture when <paramref name="ownPicture"/> says so, in one statement.
    /// False if the minutes are published or the item is not in them.
    /// </summary>
    public async Task<bool> SaveItemAsync(long boardId, long meetingId, long agendaItemId, string standardNote, string easyReadNote, string actions, string picture,
        OwnPictureChange? ownPicture = null)
    {
        var replace = ownPicture as OwnPictureChange.Replace;
        var (setPicture, pictureChanges) = ownPicture switch
        {
            OwnPictureChange.Replace => (", own_picture = @ownContent, own_picture_type = @ownType, own_picture_alt = @ownAlt", "TRUE"),
            OwnPictureChange.Remove => (", own_picture = NULL, own_picture_type = NULL, own_picture_alt = NULL", "own_picture IS NOT NULL"),
            _ => ("", "FALSE"),
        };
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var changed = await connection.ExecuteAsync(
            $"""
            UPDATE minutes_items SET standard_note = @standardNote, easy_read_note = @easyReadNote, actions = @actions, picture = @picture,
                                     revision = revision + 1 {setPicture}
            WHERE meeting_id = @meetingId AND agenda_item_id = @agendaItemId
              AND EXISTS (SELECT 1 FROM minutes WHERE meeting_id = @meetingId AND board_id = @boardId AND state <> 'Published')
              AND (NOT (standard_note = @standardNote AND easy_read_note = @easyReadNote AND actions = @actions AND picture = @picture) OR {pictureChanges})
            """, new
            {
                boardId,
                meetingId,
                agendaItemId,
                standardNote,
                easyReadNote,
                actions,
                picture,
                ownContent = replace?.Content,
                ownType = replace?.ContentType,
                ownAlt = replace?.Alt,
            }, transaction);
        if (changed == 1)
            await connection.ExecuteAsync("UPDATE minutes SET version = version + 1 WHERE meeting_id = @meetingId", new { meetingId }, transaction);
        await transaction.CommitAsync();
        return changed == 1 || await connection.ExecuteScalarAsync<bool>(
            """
            SELECT EXISTS (SELECT 1 FROM minutes_items i JOIN minutes m ON m.meeting_id = i.meeting_id
                           WHERE i.meeting_id = @meetingId AND i.agenda_item_id = @agendaItemId AND m.board_id = @boardId AND m.state <> 'Published')
            """, new { boardId, meetingId, agendaItemId });
    }

    /// <summary>An item's own picture and its content type, if it has one.</summary>
    public async Task<(byte[] Content, string ContentType)?> OwnPictureAsync(long boardId, long meetingId, long agendaItemId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<(byte[], string)?>(
            """
            SELECT i.own_picture, i.own_picture_type FROM minutes_items i JOIN minutes m ON m.meeting_id = i.meeting_id
            WHERE i.meeting_id = @meetingId AND i.agenda_item_id = @agendaItemId AND m.board_id = @boardId AND i.own_picture IS NOT NULL
            """, new { boardId, meetingId, agendaItemId });
    }

    /// <summary>Sends the draft to the Reps, only while drafting and only if every item has both notes.</summary>
    public async Task<bool> SendToRepsAsync(long boardId, long meetingId, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            $"""
            UPDATE minutes SET state = 'WithReps', sent_to_reps_at = @now
            WHERE meeting_id = @meetingId AND board_id = @boardId AND state = 'Drafting' AND {HasItemsAndNotes}
            """, new { boardId, meetingId, now }) == 1;
    }

    /// <summary>
    /// Records a Rep's mark on the item. With <paramref name="revisionRead"/>, only if the item still reads as the Rep
    /// saw it, so a mark never lands on words they have not read. False unless the minutes are with the Reps.
    /// </summary>
    public async Task<bool> MarkAsync(long boardId, long meetingId, long agendaItemId, long personId, RepMark mark, string comment, DateTimeOffset now,
        int? revisionRead = null)
    {
        await using var connection = await database.OpenAsync();
        // Behind the writer lock, so on PostgreSQL a mark cannot land between the minutes moving on and their next check.
        await using var transaction = await connection.BeginWriteAsync();
        var result = await connection.ExecuteAsync(
            """
            INSERT INTO minutes_marks (meeting_id, agenda_item_id, person_id, mark, comment, item_revision, marked_at)
            SELECT i.meeting_id, i.agenda_item_id, @personId, @mark, @comment, i.revision, @now
            FROM minutes_items i JOIN minutes m ON m.meeting_id = i.meeting_id
            WHERE i.meeting_id = @meetingId AND i.agenda_item_id = @agendaItemId AND m.board_id = @boardId AND m.state = 'WithReps'
              AND (@revisionRead IS NULL OR i.revision = @revisionRead)
            ON CONFLICT (meeting_id, agenda_item_id, person_id)
            DO UPDATE SET mark = excluded.mark, comment = excluded.comment, item_revision = excluded.item_revision, marked_at = excluded.marked_at
            """, new { boardId, meetingId, agendaItemId, personId, mark = mark.ToString(), comment, now, revisionRead }, transaction) == 1;
        await transaction.CommitAsync();
        return result;
    }

    public async Task<IReadOnlyList<MarkRow>> MarksAsync(long meetingId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<MarkRecord>(
            """
            SELECT k.agenda_item_id AS AgendaItemId, k.person_id AS PersonId, p.name AS PersonName, k.mark AS Mark, k.comment AS Comment,
                   k.item_revision AS ItemRevision, k.marked_at AS MarkedAt
            FROM minutes_marks k JOIN people p ON p.id = k.person_id
            WHERE k.meeting_id = @meetingId ORDER BY k.marked_at
            """, new { meetingId })).Select(r => r.ToRow()).ToList();
    }

    /// <summary>A co-chair signs off the version they read. False if the minutes changed since or are not with the Reps.</summary>
    public async Task<bool> SignOffAsync(long boardId, long meetingId, long personId, int version, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            """
            INSERT INTO minutes_signoffs (meeting_id, person_id, version, signed_at)
            SELECT meeting_id, @personId, version, @now FROM minutes
            WHERE meeting_id = @meetingId AND board_id = @boardId AND state = 'WithReps' AND version = @version
            ON CONFLICT DO NOTHING
            """, new { boardId, meetingId, personId, version, now }) == 1
            || await connection.ExecuteScalarAsync<bool>(
                "SELECT EXISTS (SELECT 1 FROM minutes_signoffs WHERE meeting_id = @meetingId AND person_id = @personId AND version = @version)",
                new { meetingId, personId, version });
    }

    public async Task<IReadOnlyList<long>> SignedAsync(long meetingId, int version)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<long>(
            "SELECT person_id FROM minutes_signoffs WHERE meeting_id = @meetingId AND version = @version ORDER BY signed_at",
            new { meetingId, version })).ToList();
    }

    /// <summary>The newest vote set up to approve these minutes, if any.</summary>
    public async Task<ApprovalVote?> ApprovalVoteAsync(long meetingId)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<(long Id, long MeetingId, string State, string? Outcome, long Version, string MeetingState)?>(
            """
            SELECT p.id, p.meeting_id, p.state, p.result_outcome, p.approves_minutes_version, m.state FROM polls p JOIN meetings m ON m.id = p.meeting_id
            WHERE p.approves_minutes_of = @meetingId ORDER BY p.id DESC LIMIT 1
            """, new { meetingId });
        return row is not { } vote ? null
            : new ApprovalVote(vote.Id, vote.MeetingId, vote.State == "Closed" ? vote.Outcome == "Passed" : null, (int)vote.Version, vote.MeetingState == "Closed");
    }

    /// <summary>
    /// Publishes the minutes only if, at that moment, they are with the Reps, every item has both notes, and they
    /// are approved as the constitution says for the current version: checked in the statement that publishes.
    /// </summary>
    /// <param name="publishedFacts">What the minutes say, frozen as the published record (JSON), made from <paramref name="version"/>.</param>
    /// <param name="version">The version the record was made from: publishing is refused if the minutes have changed since.</param>
    public async Task<bool> PublishAsync(long boardId, long meetingId, long personId, MinutesApproval approval, IReadOnlyCollection<long> coChairIds, DateTimeOffset now,
        string? publishedFacts = null, int? version = null)
    {
        var approved = approval == MinutesApproval.CoChairsSignOff
            ? """
              @coChairs > 0 AND (SELECT COUNT(*) FROM minutes_signoffs s
                                 WHERE s.meeting_id = minutes.meeting_id AND s.version = minutes.version AND s.person_id IN_CO_CHAIRS) = @coChairs
              """
            : """
              EXISTS (SELECT 1 FROM polls p WHERE p.approves_minutes_of = minutes.meeting_id AND p.approves_minutes_version = minutes.version
                        AND p.state = 'Closed' AND p.result_outcome = 'Passed')
              """;
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var published = await connection.ExecuteAsync(
            $"""
            UPDATE minutes SET state = 'Published', published_at = @now, published_by = @personId, published_facts = @publishedFacts
            WHERE meeting_id = @meetingId AND board_id = @boardId AND state = 'WithReps' AND {HasItemsAndNotes} AND {approved.Replace("IN_CO_CHAIRS", connection.In("@coChairIds"), StringComparison.Ordinal)}
              AND (@version IS NULL OR minutes.version = @version)
            """, new { boardId, meetingId, personId, now, coChairIds = coChairIds.ToArray(), coChairs = coChairIds.Count, publishedFacts, version }, transaction) == 1;
        if (published)
        {
            await Voting.AuditLog.AppendAsync(connection, transaction, boardId, now, "minutes-published", $"meeting:{meetingId}",
                approval == MinutesApproval.CoChairsSignOff ? $"Signed off by person {string.Join(" and person ", coChairIds)}." : "Approved by a vote of the board.");
            await connection.ExecuteAsync(
                """
                UPDATE minutes SET (audit_sequence, audit_hash) = (SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1)
                WHERE meeting_id = @meetingId
                """, new { meetingId }, transaction);
        }
        await transaction.CommitAsync();
        return published;
    }

    /// <summary>The published record of what the minutes say (JSON), or null if not published or published without one.</summary>
    public async Task<string?> PublishedFactsAsync(long meetingId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<string?>(
            "SELECT published_facts FROM minutes WHERE meeting_id = @meetingId AND state = 'Published'", new { meetingId });
    }

    /// <summary>The audit log's newest entry when these minutes were published (their own entry), or null before.</summary>
    public async Task<(long Sequence, string Hash)?> AuditAnchorAsync(long meetingId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<(long, string)?>(
            "SELECT audit_sequence, audit_hash FROM minutes WHERE meeting_id = @meetingId AND audit_sequence IS NOT NULL", new { meetingId });
    }

    /// <summary>Meetings of the board whose minutes are published, newest meeting first.</summary>
    public async Task<IReadOnlyList<long>> PublishedMeetingsAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<long>(
            "SELECT m.meeting_id FROM minutes m JOIN meetings g ON g.id = m.meeting_id WHERE m.board_id = @boardId AND m.state = 'Published' ORDER BY g.starts_at DESC",
            new { boardId })).ToList();
    }

    private const string HasItemsAndNotes =
        """
        EXISTS (SELECT 1 FROM minutes_items WHERE meeting_id = minutes.meeting_id)
        AND NOT EXISTS (SELECT 1 FROM minutes_items WHERE meeting_id = minutes.meeting_id AND (TRIM(standard_note) = '' OR TRIM(easy_read_note) = ''))
        """;

    private static Task<bool> ExistsAsync(System.Data.Common.DbConnection connection, long boardId, long meetingId) =>
        connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM minutes WHERE meeting_id = @meetingId AND board_id = @boardId)", new { boardId, meetingId });

    private sealed class ItemRow
    {
        public long AgendaItemId { get; init; }
        public long Position { get; init; }
        public string Title { get; init; } = "";
        public string StandardNote { get; init; } = "";
        public string EasyReadNote { get; init; } = "";
        public string Actions { get; init; } = "";
        public string Picture { get; init; } = "";
        public long Revision { get; init; }
        public string? OwnPictureAlt { get; init; }

        public MinutesItem ToItem() =>
            new(AgendaItemId, (int)Position, Title, StandardNote, EasyReadNote, MinutesRules.SplitActions(Actions), Picture, (int)Revision, OwnPictureAlt);
    }

    private sealed class MarkRecord
    {
        public long AgendaItemId { get; init; }
        public long PersonId { get; init; }
        public string PersonName { get; init; } = "";
        public string Mark { get; init; } = "";
        public string Comment { get; init; } = "";
        public long ItemRevision { get; init; }
        public DateTimeOffset MarkedAt { get; init; }

        public MarkRow ToRow() => new(AgendaItemId, PersonId, PersonName, Enum.Parse<RepMark>(Mark), Comment, (int)ItemRevision, MarkedAt);
    }
}

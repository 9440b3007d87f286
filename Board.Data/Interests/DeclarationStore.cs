using System.Data.Common;
using Board.Core.Interests;
using Board.Core.Meetings;
using Board.Data.Database;
using Board.Data.Voting;
using Dapper;

namespace Board.Data.Interests;

/// <summary>An interest declared on an agenda item: public, it goes in the minutes.</summary>
public sealed record Declaration
{
    public long Id { get; init; }
    public long MeetingId { get; init; }
    public long AgendaItemId { get; init; }
    public string ItemTitle { get; init; } = "";
    public int? ItemPosition { get; init; }
    public long PersonId { get; init; }
    public string PersonName { get; init; } = "";
    public InterestKind Kind { get; init; }
    public string Description { get; init; } = "";
    public InterestAction Action { get; init; }
    public bool InRoom { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

/// <summary>What is declared: by the member (or their supporter for them), or by the coordinator for what was said in the room.</summary>
public sealed record NewDeclaration(long AgendaItemId, long PersonId, InterestKind Kind, string Description, InterestAction Action, long RecordedBy, bool InRoom);

/// <summary>
/// Declarations of interest on agenda items. A declaration that takes the member's vote away is written holding the
/// write lock, after checking they have no ballot on the item; a ballot checks for such a declaration holding the same
/// lock (<see cref="BallotStore"/>). So a declaration and a ballot racing each other cannot both get through.
/// </summary>
public sealed class DeclarationStore(BoardDatabase database)
{
    public const string AlreadyVoted =
        "You have already voted on this item, so your vote stays. Tell the coordinator about your interest now.";

    public const string OnlyTheCoordinatorCanChange =
        "You said you would not vote on this item. Only the coordinator can change that, in the meeting.";

    public const string WrittenInTheRoom =
        "The coordinator wrote this down in the meeting. Ask the coordinator if it needs to change.";

    private const string SelectDeclaration =
        """
        SELECT d.id AS Id, d.meeting_id AS MeetingId, d.agenda_item_id AS AgendaItemId, i.title AS ItemTitle, i.position AS ItemPosition,
               d.person_id AS PersonId, p.name AS PersonName, d.kind AS Kind, d.description AS Description, d.action AS Action,
               d.in_room AS InRoom, d.recorded_at AS RecordedAt
        FROM declarations d
        JOIN agenda_items i ON i.id = d.agenda_item_id
        JOIN people p ON p.id = d.person_id
        """;

    /// <summary>
    /// Declares (or declares again, replacing) an interest on an item of the board. Returns null when stored, else the
    /// refusal in plain words (the item is not on this board's agenda, the meeting has closed, not a member, already voted).
    /// </summary>
    public async Task<string?> DeclareAsync(long boardId, NewDeclaration declaration, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var item = await connection.QuerySingleOrDefaultAsync<(long MeetingId, string State, string StartsAt)?>(
            """
            SELECT m.id, m.state, m.starts_at FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
            WHERE i.id = @AgendaItemId AND i.board_id = @boardId AND m.board_id = @boardId AND i.state = 'Accepted'
            """, new { boardId, declaration.AgendaItemId }, transaction);
        var isMember = item is { } found && await connection.ExecuteScalarAsync<bool>(
            """
            SELECT EXISTS (SELECT 1 FROM memberships WHERE board_id = @boardId AND person_id = @PersonId
                           AND term_from <= @date AND (term_to IS NULL OR term_to >= @date))
            """, new { boardId, declaration.PersonId, date = found.StartsAt[..10] }, transaction);
        if (InterestRules.ProblemDeclaring(item is not null, item is { } i ? Enum.Parse<MeetingState>(i.State) : MeetingState.Closed, isMember) is { } problem)
            return problem;
        if (!InterestRules.MayVote(declaration.Action).MayVote && await HasBallotOnOpenPollAsync(connection, transaction, declaration.AgendaItemId, declaration.PersonId))
            return AlreadyVoted;
        // Declaring again must not give back a vote given up: only the coordinator, in the room, can undo "leave" or
        // "not vote", and a declaration the coordinator wrote down is theirs to change.
        var earlier = await connection.QuerySingleOrDefaultAsync<(string Action, long InRoom)?>(
            "SELECT action, CASE WHEN in_room THEN 1 ELSE 0 END FROM declarations WHERE agenda_item_id = @AgendaItemId AND person_id = @PersonId",
            new { declaration.AgendaItemId, declaration.PersonId }, transaction);
        if (earlier is { } was && !declaration.InRoom)
        {
            if (was.InRoom == 1)
                return WrittenInTheRoom;
            if (InterestRules.ActionsWithoutVote.Contains(was.Action) && InterestRules.MayVote(declaration.Action).MayVote)
                return OnlyTheCoordinatorCanChange;
        }

        var row = new
        {
            boardId,
            meetingId = item!.Value.MeetingId,
            declaration.AgendaItemId,
            declaration.PersonId,
            kind = declaration.Kind.ToString(),
            description = declaration.Description.Trim(),
            action = declaration.Action.ToString(),
            declaration.RecordedBy,
            declaration.InRoom,
            now,
        };
        await connection.ExecuteAsync(
            """
            INSERT INTO declarations (board_id, meeting_id, agenda_item_id, person_id, kind, description, action, recorded_by, in_room, recorded_at)
            VALUES (@boardId, @meetingId, @AgendaItemId, @PersonId, @kind, @description, @action, @RecordedBy, @InRoom, @now)
            ON CONFLICT (agenda_item_id, person_id) DO UPDATE SET kind = excluded.kind, description = excluded.description,
                action = excluded.action, recorded_by = excluded.recorded_by, in_room = excluded.in_room, recorded_at = excluded.recorded_at
            """, row, transaction);
        await AuditLog.AppendAsync(connection, transaction, boardId, now, "declaration", $"item:{declaration.AgendaItemId} person:{declaration.PersonId}",
            $"{InterestRules.Label(declaration.Kind)}: {row.description}. {InterestRules.Label(declaration.Action)}."
            + (declaration.InRoom ? $" Said in the room, recorded by person {declaration.RecordedBy}." : declaration.RecordedBy != declaration.PersonId ? $" Recorded by person {declaration.RecordedBy} for them." : ""));
        await transaction.CommitAsync();
        return null;
    }

    /// <summary>The meeting's declarations, in agenda order, for the coordinator, the minutes and the member's own screen.</summary>
    public async Task<IReadOnlyList<Declaration>> ForMeetingAsync(long boardId, long meetingId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<Declaration>(
            SelectDeclaration + " WHERE d.board_id = @boardId AND d.meeting_id = @meetingId ORDER BY i.position, p.name",
            new { boardId, meetingId })).ToList();
    }

    /// <summary>The members who said they will not vote on the poll's item (leave, or stay and not vote).</summary>
    public async Task<IReadOnlySet<long>> NotVotingAsync(long boardId, long pollId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<long>(
            $"""
            SELECT d.person_id FROM declarations d JOIN polls p ON p.agenda_item_id = d.agenda_item_id
            WHERE p.id = @pollId AND p.board_id = @boardId AND d.board_id = @boardId AND d.action {connection.In("@actions")}
            """, new { boardId, pollId, actions = InterestRules.ActionsWithoutVote.ToArray() })).ToHashSet();
    }

    /// <summary>SQL for "this person declared they will not vote on the poll's item", for the hands' check (person id in <paramref name="personColumn"/>).</summary>
    internal static string NotVotingCondition(DbConnection connection, string personColumn) =>
        $"""
        EXISTS (SELECT 1 FROM declarations d JOIN polls p ON p.agenda_item_id = d.agenda_item_id
                WHERE p.id = @pollId AND d.person_id = {personColumn} AND d.action {connection.In("@actions")})
        """;

    // Only a ballot in the vote now open stops a declaration: a ballot in an earlier, closed vote on the item stays
    // counted, and the declaration still keeps the member out of the item's later votes.
    private static Task<bool> HasBallotOnOpenPollAsync(DbConnection connection, DbTransaction transaction, long itemId, long personId) =>
        connection.ExecuteScalarAsync<bool>(
            """
            SELECT EXISTS (SELECT 1 FROM poll_voters v JOIN polls p ON p.id = v.poll_id
                           WHERE p.agenda_item_id = @itemId AND v.voter_id = @personId AND p.state = 'Open')
            """, new { itemId, personId }, transaction);
}

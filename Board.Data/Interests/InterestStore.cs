using Board.Core.Interests;
using Board.Data.Database;
using Board.Data.Voting;
using Dapper;

namespace Board.Data.Interests;

/// <summary>One entry in a member's register of interests.</summary>
public sealed record InterestEntry
{
    public long Id { get; init; }
    public long PersonId { get; init; }
    public string PersonName { get; init; } = "";
    public InterestKind Kind { get; init; }
    public string Description { get; init; } = "";
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}

/// <summary>Whose register needs looking at again: the member, their last review and the start of their current term.</summary>
public sealed record ReviewListing(long BoardId, long PersonId, string PersonName, DateOnly? ReviewedOn, DateOnly? TermStartedOn);

/// <summary>The register of interests: each member's entries, kept by them (or their supporter for them), and when they last checked it.</summary>
public sealed class InterestStore(BoardDatabase database)
{
    private const string SelectEntry =
        """
        SELECT i.id AS Id, i.person_id AS PersonId, p.name AS PersonName, i.kind AS Kind, i.description AS Description,
               i.from_date AS "From", i.to_date AS "To"
        FROM interests i JOIN people p ON p.id = i.person_id
        """;

    public async Task<IReadOnlyList<InterestEntry>> ForPersonAsync(long boardId, long personId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<InterestEntry>(SelectEntry + " WHERE i.board_id = @boardId AND i.person_id = @personId ORDER BY i.kind, i.id",
            new { boardId, personId })).ToList();
    }

    /// <summary>The board's whole register, for the coordinator.</summary>
    public async Task<IReadOnlyList<InterestEntry>> ForBoardAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<InterestEntry>(SelectEntry + " WHERE i.board_id = @boardId ORDER BY p.name, i.kind, i.id", new { boardId })).ToList();
    }

    /// <summary>Adds an entry to a member's register. False when the person is not on this board (nothing is written).</summary>
    public async Task<bool> AddAsync(long boardId, long personId, InterestKind kind, string description, DateOnly? from, DateOnly? to, long by, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var added = await connection.ExecuteAsync(
            """
            INSERT INTO interests (board_id, person_id, kind, description, from_date, to_date, updated_by, updated_at)
            SELECT @boardId, @personId, @kind, @description, CAST(@from AS text), CAST(@to AS text), @by, CAST(@now AS text)
            WHERE EXISTS (SELECT 1 FROM people WHERE id = @personId AND board_id = @boardId)
            """, new { boardId, personId, kind = kind.ToString(), description = description.Trim(), from, to, by, now }, transaction) == 1;
        if (added)
            await AuditLog.AppendAsync(connection, transaction, boardId, now, "interest-added", $"person:{personId}", $"{InterestRules.Label(kind)}: {description.Trim()}");
        await transaction.CommitAsync();
        return added;
    }

    /// <summary>Takes an entry out of the register (it stays in the audit log). False when it is not this person's on this board.</summary>
    public async Task<bool> RemoveAsync(long boardId, long personId, long entryId, long by, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var removed = await connection.ExecuteAsync(
            "DELETE FROM interests WHERE id = @entryId AND board_id = @boardId AND person_id = @personId", new { boardId, personId, entryId }, transaction) == 1;
        if (removed)
            await AuditLog.AppendAsync(connection, transaction, boardId, now, "interest-removed", $"person:{personId}", $"Entry {entryId} removed by person {by}.");
        await transaction.CommitAsync();
        return removed;
    }

    /// <summary>"I have looked at my register and it is right": the date the reminder counts from.</summary>
    public async Task MarkReviewedAsync(long boardId, long personId, DateOnly on, long by)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO interest_reviews (board_id, person_id, reviewed_on, reviewed_by) VALUES (@boardId, @personId, @on, @by)
            ON CONFLICT (board_id, person_id) DO UPDATE SET reviewed_on = excluded.reviewed_on, reviewed_by = excluded.reviewed_by
            """, new { boardId, personId, on, by });
    }

    public async Task<DateOnly?> ReviewedOnAsync(long boardId, long personId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<DateOnly?>(
            "SELECT reviewed_on FROM interest_reviews WHERE board_id = @boardId AND person_id = @personId", new { boardId, personId });
    }

    /// <summary>When each person of the board last checked their register.</summary>
    public async Task<IReadOnlyDictionary<long, DateOnly>> ReviewsAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<(long PersonId, string ReviewedOn)>(
            "SELECT person_id, reviewed_on FROM interest_reviews WHERE board_id = @boardId", new { boardId }))
            .ToDictionary(r => r.PersonId, r => DateOnly.ParseExact(r.ReviewedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Every current member of every board, with their last review and when their current term started: the reminder job's input.</summary>
    public async Task<IReadOnlyList<ReviewListing>> MembersAsync(DateOnly today)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<(long BoardId, long PersonId, string PersonName, string? ReviewedOn, string? TermStartedOn)>(
            """
            SELECT m.board_id, m.person_id, p.name, r.reviewed_on, MAX(m.term_from)
            FROM memberships m
            JOIN people p ON p.id = m.person_id
            LEFT JOIN interest_reviews r ON r.board_id = m.board_id AND r.person_id = m.person_id
            WHERE m.term_from <= @today AND (m.term_to IS NULL OR m.term_to >= @today)
            GROUP BY m.board_id, m.person_id, p.name, r.reviewed_on
            """, new { today });
        return rows.Select(r => new ReviewListing(r.BoardId, r.PersonId, r.PersonName,
            r.ReviewedOn is null ? null : DateOnly.Parse(r.ReviewedOn, System.Globalization.CultureInfo.InvariantCulture),
            r.TermStartedOn is null ? null : DateOnly.Parse(r.TermStartedOn, System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }
}

using Board.Data.Database;
using Dapper;

namespace Board.Data.Memberships;

/// <summary>One line of the board page: who holds which seat, for how long, and who elected them.</summary>
public sealed record MemberListing
{
    public long MembershipId { get; init; }
    public long PersonId { get; init; }
    public string PersonName { get; init; } = "";
    public string Role { get; init; } = "";
    public string? Organisation { get; init; }
    public string SeatCode { get; init; } = "";
    public string SeatName { get; init; } = "";
    public bool Votes { get; init; }
    public DateOnly TermFrom { get; init; }
    public DateOnly? TermTo { get; init; }
    public bool IsCoChair { get; init; }
    public string? GroupName { get; init; }
}

public sealed class MemberQueries(BoardDatabase database)
{
    /// <summary>Memberships whose term includes <paramref name="asOf"/>, co-chairs first, then by seat and name.</summary>
    public async Task<IReadOnlyList<MemberListing>> CurrentAsync(long boardId, DateOnly asOf) =>
        await ListAsync(boardId, asOf, currentOnly: true);

    public async Task<IReadOnlyList<MemberListing>> AllAsync(long boardId) =>
        await ListAsync(boardId, asOf: null, currentOnly: false);

    private async Task<IReadOnlyList<MemberListing>> ListAsync(long boardId, DateOnly? asOf, bool currentOnly)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<MemberListing>(
            """
            SELECT m.id AS MembershipId, p.id AS PersonId, p.name AS PersonName, p.role AS Role, p.organisation AS Organisation,
                   m.seat_code AS SeatCode, s.name AS SeatName, s.votes AS Votes, m.term_from AS TermFrom, m.term_to AS TermTo,
                   m.is_co_chair AS IsCoChair, g.name AS GroupName
            FROM memberships m
            JOIN people p ON p.id = m.person_id
            JOIN seat_types s ON s.board_id = m.board_id AND s.code = m.seat_code
            LEFT JOIN self_advocacy_groups g ON g.id = m.elected_by_group_id
            WHERE m.board_id = @boardId
              AND (NOT @currentOnly OR (m.term_from <= @asOf AND (m.term_to IS NULL OR m.term_to >= @asOf)))
            ORDER BY m.is_co_chair DESC, s.sort_order, p.name
            """, new { boardId, asOf, currentOnly });
        return rows.ToList();
    }
}

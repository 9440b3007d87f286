using Board.Core.Composition;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Memberships;

public sealed class MembershipStore(BoardDatabase database)
{
    private const string SelectMembership =
        """
        SELECT id AS Id, board_id AS BoardId, person_id AS PersonId, seat_code AS SeatCode, term_from AS TermFrom,
               term_to AS TermTo, is_co_chair AS IsCoChair, elected_by_group_id AS ElectedByGroupId
        FROM memberships
        """;

    public async Task<IReadOnlyList<Membership>> ListAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<MembershipRow>(SelectMembership + " WHERE board_id = @boardId", new { boardId });
        return rows.Select(r => r.ToMembership()).ToList();
    }

    public async Task<Membership?> GetAsync(long boardId, long membershipId)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<MembershipRow>(
            SelectMembership + " WHERE id = @membershipId AND board_id = @boardId", new { boardId, membershipId });
        return row?.ToMembership();
    }

    public async Task<long> CreateAsync(Membership membership)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO memberships (board_id, person_id, seat_code, term_from, term_to, is_co_chair, elected_by_group_id)
            VALUES (@BoardId, @PersonId, @SeatCode, @TermFrom, @TermTo, @IsCoChair, @ElectedByGroupId) RETURNING id
            """, membership);
    }

    public async Task<bool> UpdateAsync(Membership membership)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            """
            UPDATE memberships SET seat_code = @SeatCode, term_from = @TermFrom, term_to = @TermTo,
                                   is_co_chair = @IsCoChair, elected_by_group_id = @ElectedByGroupId
            WHERE id = @Id AND board_id = @BoardId
            """, membership) == 1;
    }

    private sealed class MembershipRow
    {
        public long Id { get; init; }
        public long BoardId { get; init; }
        public long PersonId { get; init; }
        public string SeatCode { get; init; } = "";
        public DateOnly TermFrom { get; init; }
        public DateOnly? TermTo { get; init; }
        public bool IsCoChair { get; init; }
        public long? ElectedByGroupId { get; init; }

        public Membership ToMembership() => new(Id, BoardId, PersonId, SeatCode, TermFrom, TermTo, IsCoChair, ElectedByGroupId);
    }
}

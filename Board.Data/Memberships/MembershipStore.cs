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

    /// <summary>Adds a membership and records it in the audit log, in one transaction.</summary>
    public async Task<long> CreateAsync(Membership membership, long? changedBy = null, DateTimeOffset? at = null)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO memberships (board_id, person_id, seat_code, term_from, term_to, is_co_chair, elected_by_group_id)
            VALUES (@BoardId, @PersonId, @SeatCode, @TermFrom, @TermTo, @IsCoChair, @ElectedByGroupId) RETURNING id
            """, membership, transaction);
        await AuditAsync(connection, transaction, "membership-added", membership with { Id = id }, changedBy, at);
        await transaction.CommitAsync();
        return id;
    }

    /// <summary>Changes a membership and records the new terms in the audit log, in one transaction.</summary>
    public async Task<bool> UpdateAsync(Membership membership, long? changedBy = null, DateTimeOffset? at = null)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        var changed = await connection.ExecuteAsync(
            """
            UPDATE memberships SET seat_code = @SeatCode, term_from = @TermFrom, term_to = @TermTo,
                                   is_co_chair = @IsCoChair, elected_by_group_id = @ElectedByGroupId
            WHERE id = @Id AND board_id = @BoardId
            """, membership, transaction) == 1;
        if (changed)
            await AuditAsync(connection, transaction, "membership-changed", membership, changedBy, at);
        await transaction.CommitAsync();
        return changed;
    }

    /// <summary>Who holds which seat, and for how long, decides who votes: every change goes in the audit log.</summary>
    private static Task AuditAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string kind,
        Membership m, long? changedBy, DateTimeOffset? at) =>
        Voting.AuditLog.AppendAsync(connection, transaction, m.BoardId, at ?? DateTimeOffset.UtcNow, kind, $"membership:{m.Id} person:{m.PersonId}",
            $"Seat {m.SeatCode}, from {m.TermFrom:yyyy-MM-dd} to {(m.TermTo is { } to ? to.ToString("yyyy-MM-dd") : "open")}"
            + (m.IsCoChair ? ", co-chair" : "") + (changedBy is { } by ? $". Changed by person {by}." : "."));

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

using Board.Core.Composition;
using Board.Data.Database;
using Dapper;

namespace Board.Data.People;

/// <summary>People on a board. Every read is scoped by board id so one board's coordinator never sees another's people.</summary>
public sealed class PersonStore(BoardDatabase database)
{
    private const string SelectPerson =
        """
        SELECT id AS Id, board_id AS BoardId, name AS Name, role AS Role, organisation AS Organisation, email AS Email,
               large_text AS LargeText, read_aloud AS ReadAloud, needs_supporter AS NeedsSupporter, picture_first AS PictureFirst,
               vote_alert AS VoteAlert
        FROM people
        """;

    public async Task<Person?> GetAsync(long boardId, long personId)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<PersonRow>(
            SelectPerson + " WHERE id = @personId AND board_id = @boardId", new { boardId, personId });
        return row?.ToPerson();
    }

    /// <summary>For the signed-in person's own pages, where the id comes from their sign-in, not the address.</summary>
    public async Task<Person?> GetSelfAsync(long personId)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<PersonRow>(SelectPerson + " WHERE id = @personId", new { personId });
        return row?.ToPerson();
    }

    public async Task<IReadOnlyList<Person>> ListAsync(long boardId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<PersonRow>(SelectPerson + " WHERE board_id = @boardId ORDER BY name", new { boardId });
        return rows.Select(r => r.ToPerson()).ToList();
    }

    public async Task<long> CreateAsync(long? boardId, string name, Role role, string? organisation, string? email, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO people (board_id, name, role, organisation, email, created_at)
            VALUES (@boardId, @name, @role, @organisation, @email, @now) RETURNING id
            """,
            new { boardId, name, role = role.ToString(), organisation, email, now });
    }

    public async Task<bool> UpdateAsync(long boardId, long personId, string name, Role role, string? organisation, string? email)
    {
        await using var connection = await database.OpenAsync();
        var changed = await connection.ExecuteAsync(
            """
            UPDATE people SET name = @name, role = @role, organisation = @organisation, email = @email
            WHERE id = @personId AND board_id = @boardId
            """,
            new { boardId, personId, name, role = role.ToString(), organisation, email });
        return changed == 1;
    }

    public async Task<bool> UpdateProfileAsync(long personId, CommunicationProfile profile)
    {
        await using var connection = await database.OpenAsync();
        var changed = await connection.ExecuteAsync(
            """
            UPDATE people SET large_text = @LargeText, read_aloud = @ReadAloud,
                              needs_supporter = @NeedsSupporter, picture_first = @PictureFirst, vote_alert = @VoteAlert
            WHERE id = @personId
            """,
            new { personId, profile.LargeText, profile.ReadAloud, profile.NeedsSupporter, profile.PictureFirst, profile.VoteAlert });
        return changed == 1;
    }

    private sealed class PersonRow
    {
        public long Id { get; init; }
        public long? BoardId { get; init; }
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string? Organisation { get; init; }
        public string? Email { get; init; }
        public bool LargeText { get; init; }
        public bool ReadAloud { get; init; }
        public bool NeedsSupporter { get; init; }
        public bool PictureFirst { get; init; }
        public bool VoteAlert { get; init; }

        public Person ToPerson() => new(Id, BoardId, Name, Enum.Parse<Role>(Role), Organisation, Email,
            new CommunicationProfile(LargeText, ReadAloud, NeedsSupporter, PictureFirst, VoteAlert));
    }
}

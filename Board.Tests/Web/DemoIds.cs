using Board.Data.Database;
using Dapper;

namespace Board.Tests.Web;

/// <summary>Ids from the seeded demo boards that tests need in addresses, looked up rather than assumed.</summary>
public sealed record DemoIds(long Riverside, long Hillside, long RiversideRep, long RiversidePerson, long RiversideMembership,
    long RiversideGroup, long HillsidePerson, long HillsideMembership, long HillsideGroup, long RiversideLink,
    long RiversideMeeting, long RiversideItem, long HillsideMeeting, long HillsideItem, long RiversideAction)
{
    public static async Task<DemoIds> LoadAsync(BoardDatabase database)
    {
        await using var c = await database.OpenAsync();
        var riverside = await c.ExecuteScalarAsync<long>("SELECT id FROM boards WHERE name LIKE 'Riverside%'");
        var hillside = await c.ExecuteScalarAsync<long>("SELECT id FROM boards WHERE name LIKE 'Hillside%'");
        return new DemoIds(
            riverside,
            hillside,
            await c.ExecuteScalarAsync<long>("SELECT person_id FROM accounts WHERE user_name = 'rep@riverside.example'"),
            await c.ExecuteScalarAsync<long>("SELECT id FROM people WHERE board_id = @riverside AND role = 'FamilyCarer' ORDER BY id LIMIT 1", new { riverside }),
            await c.ExecuteScalarAsync<long>("SELECT id FROM memberships WHERE board_id = @riverside ORDER BY id LIMIT 1", new { riverside }),
            await c.ExecuteScalarAsync<long>("SELECT id FROM self_advocacy_groups WHERE board_id = @riverside ORDER BY id LIMIT 1", new { riverside }),
            await c.ExecuteScalarAsync<long>("SELECT id FROM people WHERE board_id = @hillside ORDER BY id LIMIT 1", new { hillside }),
            await c.ExecuteScalarAsync<long>("SELECT id FROM memberships WHERE board_id = @hillside ORDER BY id LIMIT 1", new { hillside }),
            await c.ExecuteScalarAsync<long>("SELECT id FROM self_advocacy_groups WHERE board_id = @hillside ORDER BY id LIMIT 1", new { hillside }),
            await c.ExecuteScalarAsync<long>("SELECT MIN(id) FROM supporter_links"),
            // The next meeting, asking for items; and the first group's item from the last meeting, which has an outcome.
            await c.ExecuteScalarAsync<long>("SELECT MAX(id) FROM meetings WHERE board_id = @riverside", new { riverside }),
            await c.ExecuteScalarAsync<long>(
                "SELECT MIN(id) FROM agenda_items WHERE group_id = (SELECT MIN(id) FROM self_advocacy_groups WHERE board_id = @riverside)", new { riverside }),
            await c.ExecuteScalarAsync<long>("SELECT MAX(id) FROM meetings WHERE board_id = @hillside", new { hillside }),
            await c.ExecuteScalarAsync<long>("SELECT MIN(id) FROM agenda_items WHERE board_id = @hillside", new { hillside }),
            await c.ExecuteScalarAsync<long>("SELECT MIN(a.id) FROM plan_actions a JOIN plan_chapters c ON c.id = a.chapter_id JOIN plans p ON p.id = c.plan_id WHERE p.board_id = @riverside", new { riverside }));
    }
}

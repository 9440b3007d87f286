using Board.Core.Composition;
using Board.Data.Boards;
using Board.Data.Database;
using Board.Data.Groups;
using Board.Data.People;
using Board.Tests.Core;

namespace Board.Tests.Data;

/// <summary>Rows the store tests stand on, written through the real stores.</summary>
internal static class TestData
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Everyone a small test database can hold, as "the voting members here now", for tests that are not about the hands cap.</summary>
    public static readonly long[] Eligible = [.. Enumerable.Range(1, 2000).Select(i => (long)i)];

    public static Task<long> BoardAsync(BoardDatabase database, string name = "Riverside Partnership Board") =>
        new BoardStore(database).CreateAsync(name, "Riverside", "Working together.", Now);

    /// <summary>A board with the standard constitution, so memberships have seat types to point at.</summary>
    public static async Task<long> BoardWithRulesAsync(BoardDatabase database, string name = "Riverside Partnership Board")
    {
        var boardId = await BoardAsync(database, name);
        await new ConstitutionStore(database).SaveAsync(boardId, Constitutions.Standard());
        return boardId;
    }

    public static Task<long> PersonAsync(BoardDatabase database, long? boardId, string name, Role role = Role.Rep) =>
        new PersonStore(database).CreateAsync(boardId, name, role, null, null, Now);

    public static Task<long> GroupAsync(BoardDatabase database, long boardId, string name = "Speak Up North") =>
        new GroupStore(database).CreateAsync(boardId, name, "North");
}

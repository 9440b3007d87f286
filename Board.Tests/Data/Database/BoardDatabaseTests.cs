using Board.Data.Database;
using Board.Core.Composition;
using Board.Data.Memberships;
using Board.Tests.Core;
using Dapper;

namespace Board.Tests.Data.Database;

public sealed class BoardDatabaseTests
{
    private TestDatabase _db = null!;

    [SetUp]
    public void SetUp() => _db = TestDatabase.Create();

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    [Category(TestEngine.SqliteOnly)]
    public async Task OpenAsync_EachConnection_HasForeignKeysOnAndBusyTimeout()
    {
        // SQLite forgets these when a connection closes, so every connection must set them again.
        await using var first = await _db.Database.OpenAsync();
        await using var second = await _db.Database.OpenAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await first.ExecuteScalarAsync<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
            Assert.That(await second.ExecuteScalarAsync<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
            Assert.That(await second.ExecuteScalarAsync<long>("PRAGMA busy_timeout"), Is.EqualTo(5000));
        }
    }

    [Test]
    public async Task OpenAsync_MembershipForMissingPerson_IsRefusedByForeignKey()
    {
        var boardId = await TestData.BoardWithRulesAsync(_db.Database);
        var orphan = new Membership(0, boardId, PersonId: 4242, Seats.Carer, Dates.TermStart, null, false, null);

        var thrown = Assert.CatchAsync<System.Data.Common.DbException>(() => new MembershipStore(_db.Database).CreateAsync(orphan));

        Assert.That(DatabaseErrors.IsConstraintViolation(thrown!), Is.True, thrown!.Message);
    }

    [Test]
    public async Task OpenAsync_MembershipInSeatNotInRules_IsRefusedByForeignKey()
    {
        var boardId = await TestData.BoardWithRulesAsync(_db.Database);
        var personId = await TestData.PersonAsync(_db.Database, boardId, "Sam");
        var wrongSeat = new Membership(0, boardId, personId, "observer", Dates.TermStart, null, false, null);

        var thrown = Assert.CatchAsync<System.Data.Common.DbException>(() => new MembershipStore(_db.Database).CreateAsync(wrongSeat));

        Assert.That(DatabaseErrors.IsConstraintViolation(thrown!), Is.True, thrown!.Message);
    }
}

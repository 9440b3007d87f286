using Board.Core.Composition;
using Board.Data.Memberships;
using Board.Tests.Core;
using Dapper;

namespace Board.Tests.Data.Memberships;

public sealed class MembershipStoreTests
{
    private TestDatabase _db = null!;
    private MembershipStore _store = null!;
    private long _boardId;
    private long _repId;
    private long _groupId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new MembershipStore(_db.Database);
        _boardId = await TestData.BoardWithRulesAsync(_db.Database);
        _repId = await TestData.PersonAsync(_db.Database, _boardId, "Sam Rep");
        _groupId = await TestData.GroupAsync(_db.Database, _boardId);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [TestCase("2025-04-01", "2028-03-31", true)]
    [TestCase("2025-04-01", null, false)]
    [TestCase("2024-02-29", "2024-02-29", false)]
    public async Task CreateAsync_ThenGetAsync_RoundTripsDatesAndFlags(string from, string? to, bool isCoChair)
    {
        var membership = new Membership(0, _boardId, _repId, Seats.Rep, Dates.Parse(from), Dates.ParseOrNull(to), isCoChair, _groupId);

        var id = await _store.CreateAsync(membership);
        var loaded = await _store.GetAsync(_boardId, id);

        Assert.That(loaded, Is.EqualTo(membership with { Id = id }));
    }

    [Test]
    public async Task CreateAsync_Dates_AreStoredAsIsoText()
    {
        // MemberQueries compares dates as text, which is only right for yyyy-MM-dd.
        var id = await _store.CreateAsync(new Membership(0, _boardId, _repId, Seats.Rep, new DateOnly(2025, 4, 1), new DateOnly(2028, 3, 31), false, _groupId));

        await using var connection = await _db.Database.OpenAsync();
        var row = await connection.QuerySingleAsync<(string From, string To)>(
            "SELECT term_from, term_to FROM memberships WHERE id = @id", new { id });

        Assert.That(row, Is.EqualTo(("2025-04-01", "2028-03-31")));
    }

    [Test]
    public async Task UpdateAsync_ClearsEndDateAndCoChair()
    {
        var id = await _store.CreateAsync(new Membership(0, _boardId, _repId, Seats.Rep, Dates.TermStart, Dates.TermEnd, true, _groupId));
        var changed = new Membership(id, _boardId, _repId, Seats.Rep, Dates.TermStart.AddDays(1), null, false, _groupId);

        var updated = await _store.UpdateAsync(changed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(updated, Is.True);
            Assert.That(await _store.GetAsync(_boardId, id), Is.EqualTo(changed));
        }
    }

    [Test]
    public async Task GetAndUpdate_WithAnotherBoardId_SeeAndChangeNothing()
    {
        var otherBoardId = await TestData.BoardWithRulesAsync(_db.Database, "Hillside");
        var original = new Membership(0, _boardId, _repId, Seats.Rep, Dates.TermStart, Dates.TermEnd, false, _groupId);
        var id = await _store.CreateAsync(original);

        var updated = await _store.UpdateAsync(original with { Id = id, BoardId = otherBoardId, TermTo = null });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.GetAsync(otherBoardId, id), Is.Null);
            Assert.That(updated, Is.False);
            Assert.That((await _store.GetAsync(_boardId, id))!.TermTo, Is.EqualTo(Dates.TermEnd));
            Assert.That(await _store.ListAsync(otherBoardId), Is.Empty);
        }
    }

    [Test]
    public async Task CreateAsync_TermEndBeforeStart_IsRefusedByCheckConstraint()
    {
        var backwards = new Membership(0, _boardId, _repId, Seats.Rep, Dates.TermEnd, Dates.TermStart, false, _groupId);

        Assert.CatchAsync<System.Data.Common.DbException>(() => _store.CreateAsync(backwards));

        Assert.That(await _store.ListAsync(_boardId), Is.Empty);
    }

    [Test]
    public async Task CreateAndUpdate_AreRecordedInTheAuditLog_WithAnIntactChain()
    {
        var id = await _store.CreateAsync(new Membership(0, _boardId, _repId, "rep", new DateOnly(2025, 4, 1), null, false, _groupId), changedBy: 7, at: TestData.Now);
        await _store.UpdateAsync(new Membership(id, _boardId, _repId, "rep", new DateOnly(2025, 4, 1), new DateOnly(2027, 3, 31), true, _groupId), changedBy: 7, at: TestData.Now);

        var log = await new Board.Data.Voting.AuditLog(_db.Database).AllAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(log.Select(e => e.Kind), Is.EqualTo(new[] { "membership-added", "membership-changed" }));
            Assert.That(log[1].Details, Is.EqualTo("Seat rep, from 2025-04-01 to 2027-03-31, co-chair. Changed by person 7."));
            Assert.That(Board.Core.Voting.AuditChain.Verify(log).IsIntact, Is.True);
        }
    }
}

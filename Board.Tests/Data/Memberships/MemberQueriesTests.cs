using Board.Core.Composition;
using Board.Data.Memberships;
using Board.Tests.Core;

namespace Board.Tests.Data.Memberships;

public sealed class MemberQueriesTests
{
    private TestDatabase _db = null!;
    private MemberQueries _queries = null!;
    private long _boardId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _queries = new MemberQueries(_db.Database);
        _boardId = await TestData.BoardWithRulesAsync(_db.Database);
        var groupId = await TestData.GroupAsync(_db.Database, _boardId, "Speak Up North");

        // Terms are inclusive on both ends.
        await AddAsync("Ended", Role.Rep, Seats.Rep, "2024-04-01", "2026-05-31", groupId);
        await AddAsync("Ends Today", Role.Rep, Seats.Rep, "2024-04-01", "2026-06-01", groupId);
        await AddAsync("Open Ended", Role.FamilyCarer, Seats.Carer, "2025-04-01", null, null);
        await AddAsync("Starts Today", Role.Partner, Seats.Councillor, "2026-06-01", "2028-03-31", null, coChair: true);
        await AddAsync("Future", Role.Rep, Seats.Rep, "2026-06-02", null, groupId);

        var otherBoardId = await TestData.BoardWithRulesAsync(_db.Database, "Hillside");
        var stranger = await TestData.PersonAsync(_db.Database, otherBoardId, "Other Board");
        await new MembershipStore(_db.Database).CreateAsync(
            new Membership(0, otherBoardId, stranger, Seats.Carer, Dates.Parse("2025-01-01"), null, false, null));
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [TestCase("2026-05-31", new[] { "Ended", "Ends Today", "Open Ended" })]
    [TestCase("2026-06-01", new[] { "Starts Today", "Ends Today", "Open Ended" })]
    [TestCase("2026-06-02", new[] { "Starts Today", "Future", "Open Ended" })]
    [TestCase("2024-01-01", new string[0])]
    public async Task CurrentAsync_OnDate_ListsTermsIncludingThatDateCoChairsFirst(string asOf, string[] expectedNames)
    {
        var members = await _queries.CurrentAsync(_boardId, Dates.Parse(asOf));

        Assert.That(members.Select(m => m.PersonName), Is.EqualTo(expectedNames));
    }

    [Test]
    public async Task CurrentAsync_Listing_CarriesSeatGroupAndDates()
    {
        var members = await _queries.CurrentAsync(_boardId, Dates.Parse("2026-05-31"));

        var endsToday = members.Single(m => m.PersonName == "Ends Today");
        var openEnded = members.Single(m => m.PersonName == "Open Ended");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(endsToday.SeatName, Is.EqualTo("Rep"));
            Assert.That(endsToday.Votes, Is.True);
            Assert.That(endsToday.Role, Is.EqualTo(nameof(Role.Rep)));
            Assert.That(endsToday.GroupName, Is.EqualTo("Speak Up North"));
            Assert.That(endsToday.TermFrom, Is.EqualTo(Dates.Parse("2024-04-01")));
            Assert.That(endsToday.TermTo, Is.EqualTo(Dates.Parse("2026-06-01")));
            Assert.That(openEnded.TermTo, Is.Null);
            Assert.That(openEnded.GroupName, Is.Null);
        }
    }

    [Test]
    public async Task AllAsync_IgnoresDatesButNotBoard()
    {
        var members = await _queries.AllAsync(_boardId);

        Assert.That(members.Select(m => m.PersonName),
            Is.EquivalentTo(new[] { "Ended", "Ends Today", "Open Ended", "Starts Today", "Future" }));
    }

    private async Task AddAsync(string name, Role role, string seat, string from, string? to, long? groupId, bool coChair = false)
    {
        var personId = await TestData.PersonAsync(_db.Database, _boardId, name, role);
        await new MembershipStore(_db.Database).CreateAsync(
            new Membership(0, _boardId, personId, seat, Dates.Parse(from), Dates.ParseOrNull(to), coChair, groupId));
    }
}

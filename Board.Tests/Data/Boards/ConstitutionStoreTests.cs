using Board.Core.Composition;
using Board.Data.Boards;
using Board.Data.Memberships;
using Board.Tests.Core;

namespace Board.Tests.Data.Boards;

public sealed class ConstitutionStoreTests
{
    private TestDatabase _db = null!;
    private ConstitutionStore _store = null!;

    [SetUp]
    public void SetUp()
    {
        _db = TestDatabase.Create();
        _store = new ConstitutionStore(_db.Database);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task SaveAsync_ThenLoadAsync_RoundTripsConstitution()
    {
        var boardId = await TestData.BoardAsync(_db.Database);
        var saved = Constitutions.Standard(repSeats: 8, carerSeats: 4, minimumVoting: 6, minimumReps: 2) with
        {
            Majority = MajorityRule.TwoThirdsOfVotesCast,
            Tie = TieRule.MotionFalls,
        };

        await _store.SaveAsync(boardId, saved);
        var loaded = await _store.LoadAsync(boardId);

        Assert.That(loaded, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(loaded!.SeatTypes, Is.EqualTo(saved.SeatTypes), "seat types, in their saved order");
            Assert.That(loaded.Quorum, Is.EqualTo(saved.Quorum));
            Assert.That(loaded.Majority, Is.EqualTo(MajorityRule.TwoThirdsOfVotesCast));
            Assert.That(loaded.Tie, Is.EqualTo(TieRule.MotionFalls));
            Assert.That(loaded.CoChairSeatCodes, Is.EqualTo(saved.CoChairSeatCodes));
            Assert.That(loaded.CastingVoteSeatCode, Is.EqualTo(saved.CastingVoteSeatCode));
        }
    }

    [Test]
    public async Task LoadAsync_BoardWithoutRules_ReturnsNull()
    {
        var boardId = await TestData.BoardAsync(_db.Database);

        Assert.That(await _store.LoadAsync(boardId), Is.Null);
    }

    [Test]
    public async Task LoadAsync_AnotherBoard_SeesOnlyItsOwnRules()
    {
        var riverside = await TestData.BoardAsync(_db.Database, "Riverside");
        var hillside = await TestData.BoardAsync(_db.Database, "Hillside");
        await _store.SaveAsync(riverside, Constitutions.Standard(repSeats: 10));
        await _store.SaveAsync(hillside, Constitutions.Standard(repSeats: 6) with { CastingVoteSeatCode = null });

        var loaded = await _store.LoadAsync(hillside);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(loaded!.FindSeat(Seats.Rep)!.Seats, Is.EqualTo(6));
            Assert.That(loaded.SeatTypes, Has.Count.EqualTo(4));
            Assert.That(loaded.CastingVoteSeatCode, Is.Null);
        }
    }

    [Test]
    public async Task SaveAsync_Again_UpdatesRulesAndSeats()
    {
        var boardId = await TestData.BoardAsync(_db.Database);
        await _store.SaveAsync(boardId, Constitutions.Standard(repSeats: 10, minimumReps: 3));

        await _store.SaveAsync(boardId, Constitutions.Standard(repSeats: 12, minimumReps: 4));
        var loaded = await _store.LoadAsync(boardId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(loaded!.FindSeat(Seats.Rep)!.Seats, Is.EqualTo(12));
            Assert.That(loaded.Quorum.MinimumRepsPresent, Is.EqualTo(4));
            Assert.That(loaded.SeatTypes, Has.Count.EqualTo(4));
        }
    }

    [Test]
    public async Task SaveAsync_SeatTypeLeftOut_RemovesIt()
    {
        var boardId = await TestData.BoardAsync(_db.Database);
        var standard = Constitutions.Standard();
        await _store.SaveAsync(boardId, standard);
        var withoutPartners = standard with { SeatTypes = [.. standard.SeatTypes.Where(s => s.Code != Seats.Partner)] };

        await _store.SaveAsync(boardId, withoutPartners);
        var loaded = await _store.LoadAsync(boardId);

        Assert.That(loaded!.SeatTypes, Is.EqualTo(withoutPartners.SeatTypes));
    }

    [Test]
    public async Task SaveAsync_SeatTypeInUseLeftOut_IsRefusedAndKeepsOldRules()
    {
        var boardId = await TestData.BoardAsync(_db.Database);
        var standard = Constitutions.Standard();
        await _store.SaveAsync(boardId, standard);
        var partnerId = await TestData.PersonAsync(_db.Database, boardId, "Pat", Role.Partner);
        await new MembershipStore(_db.Database).CreateAsync(
            new Membership(0, boardId, partnerId, Seats.Partner, Dates.TermStart, null, false, null));
        var withoutPartners = standard with
        {
            SeatTypes = [.. standard.SeatTypes.Where(s => s.Code != Seats.Partner)],
            Quorum = new QuorumRule(2, 1),
        };

        Assert.CatchAsync<System.Data.Common.DbException>(() => _store.SaveAsync(boardId, withoutPartners));

        var loaded = await _store.LoadAsync(boardId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(loaded!.SeatTypes, Is.EqualTo(standard.SeatTypes));
            Assert.That(loaded.Quorum, Is.EqualTo(standard.Quorum), "the whole save is one transaction");
        }
    }
}

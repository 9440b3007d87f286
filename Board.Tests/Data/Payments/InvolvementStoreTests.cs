using Board.Core.Composition;
using Board.Core.Payments;
using Board.Data.Payments;

namespace Board.Tests.Data.Payments;

public sealed class InvolvementStoreTests
{
    private TestDatabase _db = null!;
    private InvolvementStore _store = null!;
    private long _boardId;
    private long _otherBoardId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new InvolvementStore(_db.Database);
        _boardId = await TestData.BoardAsync(_db.Database);
        _otherBoardId = await TestData.BoardAsync(_db.Database, "Hillside Partnership Board");
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task AddRateAsync_AnOverlappingPeriod_IsRefusedAndNothingIsAdded()
    {
        Assert.That(await _store.AddRateAsync(_boardId, new RateDraft(RateKind.Meeting, 2500, new DateOnly(2026, 4, 1), null)), Is.Empty);

        var errors = await _store.AddRateAsync(_boardId, new RateDraft(RateKind.Meeting, 3000, new DateOnly(2027, 4, 1), null));

        Assert.Multiple(async () =>
        {
            Assert.That(errors.Single().Message, Does.Contain("overlaps"));
            Assert.That((await _store.RatesAsync(_boardId)).Select(r => r.AmountPence), Is.EqualTo(new[] { 2500L }));
            Assert.That(await _store.AddRateAsync(_otherBoardId, new RateDraft(RateKind.Meeting, 3000, new DateOnly(2027, 4, 1), null)), Is.Empty,
                "another board's rates are its own");
        });
    }

    [Test]
    public async Task Choice_IsThePersonsOnTheirBoardOnly()
    {
        var repId = await TestData.PersonAsync(_db.Database, _boardId, "Riley Rep");
        var setting = new PaymentSetting(PaymentChoice.LowerAmount, 1000);

        Assert.Multiple(async () =>
        {
            Assert.That(await _store.ChoiceAsync(_boardId, repId), Is.EqualTo(PaymentSetting.Default));
            Assert.That(await _store.SaveChoiceAsync(_otherBoardId, repId, setting, repId, TestData.Now), Is.False);
            Assert.That(await _store.SaveChoiceAsync(_boardId, repId, setting, repId, TestData.Now), Is.True);
            Assert.That(await _store.ChoiceAsync(_boardId, repId), Is.EqualTo(setting));
            Assert.That(await _store.ChoiceAsync(_otherBoardId, repId), Is.EqualTo(PaymentSetting.Default));
        });
    }

    [Test]
    public async Task Approvers_AndVouchers_AreKeptPerBoard()
    {
        var partnerId = await TestData.PersonAsync(_db.Database, _boardId, "Pat Partner", Role.Partner);

        Assert.Multiple(async () =>
        {
            Assert.That(await _store.AddApproverAsync(_otherBoardId, partnerId), Is.False, "not on that board");
            Assert.That(await _store.AddApproverAsync(_boardId, partnerId), Is.True);
            Assert.That(await _store.IsApproverAsync(_boardId, partnerId), Is.True);
            Assert.That(await _store.RemoveApproverAsync(_boardId, partnerId), Is.True);
            Assert.That(await _store.ApproversAsync(_boardId), Is.Empty);
            Assert.That(await _store.OffersVouchersAsync(_boardId), Is.False);
        });
        await _store.SetOffersVouchersAsync(_boardId, true);
        Assert.That((await _store.OffersVouchersAsync(_boardId), await _store.OffersVouchersAsync(_otherBoardId)), Is.EqualTo((true, false)));
    }
}

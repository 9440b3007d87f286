using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Core.Payments;
using Board.Data.Meetings;
using Board.Data.Payments;
using Board.Tests.Data.Meetings;

namespace Board.Tests.Data.Payments;

public sealed class ClaimStoreTests
{
    private static readonly ClaimInput TwoHours = new(RateKind.PerHour, 120, Preparation: true, TravelPence: 450, CarerPence: 2000);

    private TestDatabase _db = null!;
    private ClaimStore _claims = null!;
    private InvolvementStore _involvement = null!;
    private long _boardId;
    private long _otherBoardId;
    private long _meetingId;
    private long _repId;
    private long _coordinatorId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _claims = new ClaimStore(_db.Database);
        _involvement = new InvolvementStore(_db.Database);
        _boardId = await TestData.BoardAsync(_db.Database);
        _otherBoardId = await TestData.BoardAsync(_db.Database, "Hillside Partnership Board");
        _meetingId = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December, MeetingState.Closed);
        _repId = await TestData.PersonAsync(_db.Database, _boardId, "Riley Rep");
        _coordinatorId = await TestData.PersonAsync(_db.Database, _boardId, "Cory Coordinator", Role.Coordinator);
        await new AttendanceStore(_db.Database).MarkAsync(_meetingId, _repId, AttendanceMark.InRoom, MeetingData.December);
        Assert.That(await _involvement.AddRateAsync(_boardId, new RateDraft(RateKind.PerHour, 1250, new DateOnly(2026, 4, 1), new DateOnly(2026, 12, 31))), Is.Empty);
        Assert.That(await _involvement.AddRateAsync(_boardId, new RateDraft(RateKind.PerHour, 1500, new DateOnly(2027, 1, 1), null)), Is.Empty);
        Assert.That(await _involvement.AddRateAsync(_boardId, new RateDraft(RateKind.Preparation, 1000, new DateOnly(2026, 4, 1), null)), Is.Empty);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    private Task<ClaimSaveResult> SubmitAsync(ClaimInput? input = null, long? meetingId = null, IReadOnlyList<NewReceipt>? receipts = null) =>
        _claims.SubmitAsync(_boardId, meetingId ?? _meetingId, _repId, input ?? TwoHours, "Bus both ways", receipts ?? [], _repId, TestData.Now);

    [Test]
    public async Task SubmitAsync_AfterTheMeeting_StoresTheRateOfTheMeetingsDayAndTheChoice()
    {
        await _involvement.SaveChoiceAsync(_boardId, _repId, new PaymentSetting(PaymentChoice.ToCharity, null, "Mencap"), _repId, TestData.Now);

        var result = await SubmitAsync(receipts: [new NewReceipt("bus.jpg", "image/jpeg", 10, "r1.bin")]);
        var claim = (await _claims.GetAsync(_boardId, result.ClaimId))!;

        Assert.Multiple(async () =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(claim.State, Is.EqualTo(ClaimState.Submitted));
            Assert.That(claim.TimeRatePence, Is.EqualTo(1250), "the December rate, not January's");
            Assert.That(claim.Total.ToCharityPence, Is.EqualTo(3500));
            Assert.That(claim.Total.ExpensesPence, Is.EqualTo(2450));
            Assert.That(claim.Setting.Charity, Is.EqualTo("Mencap"));
            Assert.That((await _claims.ReceiptsAsync(_boardId, claim.Id)).Single().FileName, Is.EqualTo("bus.jpg"));
            Assert.That(await _claims.UnclaimedAsync(_boardId, _repId), Is.Empty);
        });
    }

    [Test]
    public async Task SubmitAsync_ARateAddedLater_DoesNotChangeThePastClaim()
    {
        var id = (await SubmitAsync()).ClaimId;
        await _involvement.SaveChoiceAsync(_boardId, _repId, new PaymentSetting(PaymentChoice.Declined), _repId, TestData.Now);

        var claim = (await _claims.GetAsync(_boardId, id))!;

        Assert.That((claim.TimeRatePence, claim.Setting.Choice), Is.EqualTo((1250L, PaymentChoice.PaidToMe)));
    }

    [Test]
    public async Task SubmitAsync_ASecondClaimForTheMeeting_IsRefusedAndNothingChanges()
    {
        await SubmitAsync();

        var second = await SubmitAsync(TwoHours with { TravelPence = 99_00 });

        Assert.Multiple(async () =>
        {
            Assert.That(second.Errors.Single().Message, Does.Contain("already claimed"));
            Assert.That((await _claims.ForPersonAsync(_boardId, _repId)).Single().Input.TravelPence, Is.EqualTo(450));
        });
    }

    [Test]
    public async Task SubmitAsync_AMeetingTheyDidNotAttend_IsRefused()
    {
        var other = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.January, MeetingState.Closed);
        await new AttendanceStore(_db.Database).MarkAsync(other, _repId, AttendanceMark.Apologies, MeetingData.January);

        var result = await SubmitAsync(meetingId: other);

        Assert.Multiple(async () =>
        {
            Assert.That(result.Errors.Single().Message, Does.Contain("not at this meeting"));
            Assert.That(await _claims.ForPersonAsync(_boardId, _repId), Is.Empty);
        });
    }

    [Test]
    public async Task SubmitAsync_AnotherBoardsMeeting_IsNotFound()
    {
        var result = await _claims.SubmitAsync(_otherBoardId, _meetingId, _repId, TwoHours, null, [], _repId, TestData.Now);

        Assert.That(result.Saved, Is.False);
    }

    [Test]
    public async Task QueryThenAmend_GoesBackToTheApproverWithTheAnswer()
    {
        var id = (await SubmitAsync()).ClaimId;
        Assert.That(await _claims.DecideAsync(_boardId, id, ClaimState.Queried, "Please add the bus ticket.", _coordinatorId, 1, TestData.Now), Is.True);
        var queried = (await _claims.GetAsync(_boardId, id))!;

        var amended = await _claims.AmendAsync(_boardId, id, _repId, TwoHours with { TravelPence = 500 }, null, "Here it is.", [], queried.Version, TestData.Now);
        var claim = (await _claims.GetAsync(_boardId, id))!;

        Assert.Multiple(() =>
        {
            Assert.That(queried.QueryReason, Is.EqualTo("Please add the bus ticket."));
            Assert.That(amended.Errors, Is.Empty);
            Assert.That((claim.State, claim.Input.TravelPence, claim.Answer), Is.EqualTo((ClaimState.Submitted, 500L, "Here it is.")));
        });
    }

    [Test]
    public async Task DecideAsync_TwiceOrOnAnOldVersionOrOwnClaim_OnlyTheFirstWins()
    {
        var id = (await SubmitAsync()).ClaimId;

        Assert.Multiple(async () =>
        {
            Assert.That(await _claims.DecideAsync(_boardId, id, ClaimState.Approved, null, _repId, 1, TestData.Now), Is.False, "own claim");
            Assert.That(await _claims.DecideAsync(_otherBoardId, id, ClaimState.Approved, null, _coordinatorId, 1, TestData.Now), Is.False, "other board");
            Assert.That(await _claims.DecideAsync(_boardId, id, ClaimState.Approved, null, _coordinatorId, 1, TestData.Now), Is.True);
            Assert.That(await _claims.DecideAsync(_boardId, id, ClaimState.Rejected, "No", _coordinatorId, 1, TestData.Now), Is.False);
        });
    }

    [Test]
    public async Task RecordPaymentAsync_OnlyForAnApprovedClaim_Once_AndCountsInTheYearTotals()
    {
        var id = (await SubmitAsync()).ClaimId;
        var payment = new ClaimPayment(6000, new DateOnly(2026, 12, 20), "BACS", "INV-1");
        Assert.That(await _claims.RecordPaymentAsync(_boardId, id, payment, _coordinatorId, TestData.Now), Is.False, "not approved yet");
        await _claims.DecideAsync(_boardId, id, ClaimState.Approved, null, _coordinatorId, 1, TestData.Now);

        Assert.Multiple(async () =>
        {
            Assert.That(await _claims.RecordPaymentAsync(_boardId, id, payment, _coordinatorId, TestData.Now), Is.True);
            Assert.That(await _claims.RecordPaymentAsync(_boardId, id, payment, _coordinatorId, TestData.Now), Is.False, "paid already");
            var claim = (await _claims.GetAsync(_boardId, id))!;
            Assert.That((claim.State, claim.Payment), Is.EqualTo((ClaimState.Paid, payment)));
            Assert.That(await _involvement.YearTotalsAsync(_boardId, 2026), Is.EqualTo(new InvolvementTotals(3500, 0, 0, 450, 2000, 1, 1)));
            Assert.That((await _involvement.YearTotalsAsync(_boardId, 2027)).ClaimsPaid, Is.Zero);
            Assert.That((await _involvement.YearTotalsAsync(_otherBoardId, 2026)).ClaimsPaid, Is.Zero);
        });
    }

    [Test]
    public async Task UnclaimedByPersonAsync_CountsFinishedMeetingsTheyCameToWithoutAClaim()
    {
        Assert.That(await _claims.UnclaimedByPersonAsync(_boardId, new DateTime(2026, 1, 1)), Is.EqualTo(new[] { (_repId, 1) }));
        await SubmitAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await _claims.UnclaimedByPersonAsync(_boardId, new DateTime(2026, 1, 1)), Is.Empty);
            Assert.That(await _claims.WaitingCountAsync(_boardId), Is.EqualTo(1));
        });
    }
}

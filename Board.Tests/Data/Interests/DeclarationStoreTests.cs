using Board.Core.Composition;
using Board.Core.Interests;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Interests;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Data.Voting;
using Board.Tests.Core;
using Board.Tests.Data.Meetings;
using Dapper;

namespace Board.Tests.Data.Interests;

/// <summary>Declarations of interest against a real database: the refusals, and the ballot they stop (also when racing it).</summary>
public sealed class DeclarationStoreTests
{
    private TestDatabase _db = null!;
    private DeclarationStore _declarations = null!;
    private PollStore _polls = null!;
    private BallotStore _ballots = null!;
    private long _boardId;
    private long _meetingId;
    private long _itemId;
    private long _rep;
    private long _coordinator;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _declarations = new DeclarationStore(_db.Database);
        _polls = new PollStore(_db.Database);
        _ballots = new BallotStore(_db.Database);
        _boardId = await TestData.BoardWithRulesAsync(_db.Database);
        _rep = await MemberAsync(_boardId, "Rita Rep");
        _coordinator = await TestData.PersonAsync(_db.Database, _boardId, "Cora Coordinator", Role.Coordinator);
        (_meetingId, _itemId) = await MeetingWithItemAsync(_boardId, _coordinator);
    }

    [TearDown]
    public async Task TearDown()
    {
        await _ballots.DisposeAsync();
        _db.Dispose();
    }

    [Test]
    public async Task Declare_NotVote_ThenTheBallotIsRefused_AndNothingIsCounted()
    {
        var poll = await OpenPollAsync(BallotSecrecy.Open);

        var problem = await _declarations.DeclareAsync(_boardId, Declaration(_rep, InterestAction.NotVote), TestData.Now);
        var receipt = await _ballots.CastAsync(poll, Paper(poll, _rep, "key-1"), [_rep], TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem, Is.Null);
            Assert.That(receipt.Outcome, Is.EqualTo(BallotOutcome.DeclaredInterest));
            Assert.That(await _ballots.VotedCountAsync(poll.Id), Is.Zero);
            Assert.That(await _declarations.NotVotingAsync(_boardId, poll.Id), Is.EquivalentTo(new[] { _rep }));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM audit_log WHERE kind = 'declaration'"), Is.EqualTo(1));
        }
    }

    [TestCase(InterestAction.StayAndSpeak, BallotOutcome.Counted)]
    [TestCase(InterestAction.LeaveForItem, BallotOutcome.DeclaredInterest)]
    [TestCase(InterestAction.NotVote, BallotOutcome.DeclaredInterest)]
    public async Task Declare_EachAction_GivesTheBallotTheCoreRulesAnswer(InterestAction action, BallotOutcome expected)
    {
        var poll = await OpenPollAsync(BallotSecrecy.Secret);
        await _declarations.DeclareAsync(_boardId, Declaration(_rep, action), TestData.Now);

        var receipt = await _ballots.CastAsync(poll, Paper(poll, _rep, "key-1"), [_rep], TestData.Now);

        Assert.That(receipt.Outcome, Is.EqualTo(expected));
    }

    [Test]
    public async Task Declare_AfterVotingOnTheItem_IsRefused_AndTheBallotStays()
    {
        var poll = await OpenPollAsync(BallotSecrecy.Secret);
        await _ballots.CastAsync(poll, Paper(poll, _rep, "key-1"), [_rep], TestData.Now);

        var problem = await _declarations.DeclareAsync(_boardId, Declaration(_rep, InterestAction.LeaveForItem), TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem, Is.EqualTo(DeclarationStore.AlreadyVoted));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM declarations"), Is.Zero);
            Assert.That(await _ballots.VotedCountAsync(poll.Id), Is.EqualTo(1));
        }
    }

    /// <summary>
    /// A declaration and a ballot sent at the same moment, many times over: each round, exactly one of the two gets
    /// through, never both (both take the write lock and check for the other).
    /// </summary>
    [Test]
    public async Task Declare_RacingABallot_NeverLetsBothThrough()
    {
        for (var round = 0; round < 12; round++)
        {
            var voter = await MemberAsync(_boardId, $"Racer {round}");
            var poll = await OpenPollAsync(round % 2 == 0 ? BallotSecrecy.Open : BallotSecrecy.Secret);
            var declare = Task.Run(() => _declarations.DeclareAsync(_boardId, Declaration(voter, InterestAction.NotVote), TestData.Now));
            var cast = Task.Run(() => _ballots.CastAsync(poll, Paper(poll, voter, $"race-{round}"), [voter], TestData.Now));
            await Task.WhenAll(declare, cast);

            var declared = await declare is null;
            var counted = (await cast).IsCommitted;
            Assert.That(declared ^ counted, Is.True, $"round {round}: declared {declared}, counted {counted}");
            Assert.That(await _ballots.VotedCountAsync(poll.Id), Is.EqualTo(counted ? 1 : 0));
            await _polls.CloseAsync(_boardId, poll, [voter], counts => PollResults.Decide(poll, counts, MetQuorum(), TieRule.MotionFalls, null), TestData.Now);
        }
    }

    [Test]
    public async Task Hands_LeaveOutMembersWhoWillNotVote()
    {
        var other = await MemberAsync(_boardId, "Olu Other");
        var poll = await OpenPollAsync(BallotSecrecy.Open);
        await _declarations.DeclareAsync(_boardId, Declaration(_rep, InterestAction.NotVote), TestData.Now);

        var twoHands = await _polls.RecordRoomCountsAsync(_boardId, poll.Id, new Dictionary<long, int> { [poll.Options[0].Id] = 2 }, [_rep, other], _coordinator, TestData.Now);
        var oneHand = await _polls.RecordRoomCountsAsync(_boardId, poll.Id, new Dictionary<long, int> { [poll.Options[0].Id] = 1 }, [_rep, other], _coordinator, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(twoHands, Does.Contain("more hands than members still to vote (1)"));
            Assert.That(oneHand, Is.Null);
        }
    }

    [Test]
    public async Task Declare_OnAnotherBoardsItem_IsNotFound_AndNothingIsWritten()
    {
        var otherBoard = await TestData.BoardWithRulesAsync(_db.Database, "Other Board");
        var otherCoordinator = await TestData.PersonAsync(_db.Database, otherBoard, "Oscar", Role.Coordinator);
        var (_, otherItem) = await MeetingWithItemAsync(otherBoard, otherCoordinator);

        var problem = await _declarations.DeclareAsync(_boardId, Declaration(_rep, InterestAction.NotVote) with { AgendaItemId = otherItem }, TestData.Now);

        Assert.That(problem, Does.Contain("could not find"));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM declarations"), Is.Zero);
    }

    [Test]
    public async Task Declare_OnAClosedMeeting_OrByANonMember_IsRefused()
    {
        var stranger = await TestData.PersonAsync(_db.Database, _boardId, "Pat Partner", Role.Partner);
        var notMember = await _declarations.DeclareAsync(_boardId, Declaration(stranger, InterestAction.NotVote), TestData.Now);
        await MeetingData.MoveToAsync(_db.Database, _boardId, _meetingId, MeetingState.Closed);
        var closed = await _declarations.DeclareAsync(_boardId, Declaration(_rep, InterestAction.NotVote), TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(notMember, Does.Contain("Only members"));
            Assert.That(closed, Does.Contain("has finished"));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM declarations"), Is.Zero);
        }
    }

    [Test]
    public async Task Declare_Again_ReplacesTheDeclaration_AndListsItForTheMinutes()
    {
        await _declarations.DeclareAsync(_boardId, Declaration(_rep, InterestAction.NotVote), TestData.Now);
        await _declarations.DeclareAsync(_boardId, Declaration(_rep, InterestAction.LeaveForItem) with { InRoom = true, RecordedBy = _coordinator }, TestData.Now);

        var listed = await _declarations.ForMeetingAsync(_boardId, _meetingId);

        Assert.That(listed, Has.Count.EqualTo(1));
        Assert.That(listed[0], Has.Property(nameof(Board.Data.Interests.Declaration.Action)).EqualTo(InterestAction.LeaveForItem)
            .And.Property(nameof(Board.Data.Interests.Declaration.InRoom)).True
            .And.Property(nameof(Board.Data.Interests.Declaration.PersonName)).EqualTo("Rita Rep")
            .And.Property(nameof(Board.Data.Interests.Declaration.Kind)).EqualTo(InterestKind.JobAndMoney));
    }

    [TestCase(InterestAction.NotVote)]
    [TestCase(InterestAction.LeaveForItem)]
    public async Task Declare_AgainToStay_AfterGivingUpTheVote_IsRefused_AndTheBallotStaysRefused(InterestAction gaveUp)
    {
        var poll = await OpenPollAsync(BallotSecrecy.Secret);
        await _declarations.DeclareAsync(_boardId, Declaration(_rep, gaveUp), TestData.Now);

        var problem = await _declarations.DeclareAsync(_boardId, Declaration(_rep, InterestAction.StayAndSpeak), TestData.Now);
        var receipt = await _ballots.CastAsync(poll, Paper(poll, _rep, "key-1"), [_rep], TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem, Is.EqualTo(DeclarationStore.OnlyTheCoordinatorCanChange));
            Assert.That(receipt.Outcome, Is.EqualTo(BallotOutcome.DeclaredInterest));
            Assert.That(await _declarations.NotVotingAsync(_boardId, poll.Id), Is.EquivalentTo(new[] { _rep }));
        }
    }

    [Test]
    public async Task Declare_Again_OverOneWrittenInTheRoom_IsRefused_ButTheCoordinatorCanChangeIt()
    {
        await _declarations.DeclareAsync(_boardId, Declaration(_rep, InterestAction.StayAndSpeak) with { InRoom = true, RecordedBy = _coordinator }, TestData.Now);

        var byMember = await _declarations.DeclareAsync(_boardId, Declaration(_rep, InterestAction.NotVote), TestData.Now);
        var byCoordinator = await _declarations.DeclareAsync(_boardId, Declaration(_rep, InterestAction.LeaveForItem) with { InRoom = true, RecordedBy = _coordinator }, TestData.Now);
        var undone = await _declarations.DeclareAsync(_boardId, Declaration(_rep, InterestAction.StayAndSpeak) with { InRoom = true, RecordedBy = _coordinator }, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byMember, Is.EqualTo(DeclarationStore.WrittenInTheRoom));
            Assert.That(byCoordinator, Is.Null);
            Assert.That(undone, Is.Null, "the coordinator, in the room, may record that the member stays and votes after all");
        }
    }

    [Test]
    public async Task Declare_AfterVotingInAnEarlierClosedVoteOnTheItem_IsStored_AndKeepsThemOutOfTheNextVote()
    {
        var amendment = await OpenPollAsync(BallotSecrecy.Open);
        await _ballots.CastAsync(amendment, Paper(amendment, _rep, "key-1"), [_rep], TestData.Now);
        await _polls.CloseAsync(_boardId, amendment, [_rep], counts => PollResults.Decide(amendment, counts, MetQuorum(), TieRule.MotionFalls, null), TestData.Now);

        var problem = await _declarations.DeclareAsync(_boardId, Declaration(_rep, InterestAction.NotVote), TestData.Now);
        var motion = await OpenPollAsync(BallotSecrecy.Open);
        var receipt = await _ballots.CastAsync(motion, Paper(motion, _rep, "key-2"), [_rep], TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem, Is.Null);
            Assert.That(receipt.Outcome, Is.EqualTo(BallotOutcome.DeclaredInterest));
            Assert.That(await _ballots.VotedCountAsync(amendment.Id), Is.EqualTo(1), "the earlier ballot stays counted");
        }
    }

    [Test]
    public async Task Register_AddRemoveAndReview_StayWithinTheBoard()
    {
        var register = new InterestStore(_db.Database);
        var otherBoard = await TestData.BoardWithRulesAsync(_db.Database, "Other Board");
        var added = await register.AddAsync(_boardId, _rep, InterestKind.Groups, " I help run Speak Up North. ", Dates.Parse("2025-01-01"), null, _rep, TestData.Now);
        var elsewhere = await register.AddAsync(otherBoard, _rep, InterestKind.Groups, "Forged", null, null, _rep, TestData.Now);
        var entries = await register.ForPersonAsync(_boardId, _rep);
        var removedElsewhere = await register.RemoveAsync(otherBoard, _rep, entries[0].Id, _rep, TestData.Now);
        await register.MarkReviewedAsync(_boardId, _rep, Dates.Parse("2026-06-01"), _rep);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(added, Is.True);
            Assert.That(elsewhere, Is.False);
            Assert.That(entries.Single().Description, Is.EqualTo("I help run Speak Up North."));
            Assert.That(entries.Single().From, Is.EqualTo(Dates.Parse("2025-01-01")));
            Assert.That(removedElsewhere, Is.False);
            Assert.That(await register.ReviewedOnAsync(_boardId, _rep), Is.EqualTo(Dates.Parse("2026-06-01")));
            Assert.That((await register.MembersAsync(Dates.Parse("2026-06-01"))).Single(m => m.PersonId == _rep).ReviewedOn, Is.EqualTo(Dates.Parse("2026-06-01")));
        }
        Assert.That(await register.RemoveAsync(_boardId, _rep, entries[0].Id, _rep, TestData.Now), Is.True);
        Assert.That(await register.ForPersonAsync(_boardId, _rep), Is.Empty);
    }

    private NewDeclaration Declaration(long personId, InterestAction action) =>
        new(_itemId, personId, InterestKind.JobAndMoney, "I work for the bus company.", action, personId, InRoom: false);

    private static BallotPaper Paper(Poll poll, long voter, string key) => new(voter, poll.Options[0].Id, CastBy.Member, null, key);

    private static QuorumResult MetQuorum() => new(true, 1, 1, 1, 0, "");

    private async Task<long> MemberAsync(long boardId, string name)
    {
        var id = await TestData.PersonAsync(_db.Database, boardId, name, Role.Rep);
        await new MembershipStore(_db.Database).CreateAsync(new Membership(0, boardId, id, Seats.Rep, Dates.Parse("2025-01-01"), null, false, null));
        return id;
    }

    private async Task<(long MeetingId, long ItemId)> MeetingWithItemAsync(long boardId, long coordinator)
    {
        var meetingId = await MeetingData.MeetingAsync(_db.Database, boardId, MeetingData.December);
        var items = new AgendaItemStore(_db.Database);
        var itemId = await items.RaiseAsync(boardId, coordinator,
            new NewAgendaItem(meetingId, null, "Buses stop too early", "The last bus is at 6.", "Details", BoardAsk.Decide, "transport"), TestData.Now);
        await items.AcceptAsync((await items.GetAsync(boardId, itemId))!, new Acceptance(1, 20, "Cora"), coordinator, TestData.Now);
        await MeetingData.MoveToAsync(_db.Database, boardId, meetingId, MeetingState.Live);
        return (meetingId, itemId);
    }

    private async Task<Poll> OpenPollAsync(BallotSecrecy secrecy)
    {
        var id = await _polls.CreateAsync(_boardId, _coordinator, new NewPoll(_meetingId, _itemId, "Later buses?", "transport", secrecy,
            MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions), TestData.Now);
        Assert.That(await _polls.OpenAsync(_boardId, id, TestData.Now), Is.True);
        return (await _polls.GetAsync(_boardId, id))!;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await _db.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}

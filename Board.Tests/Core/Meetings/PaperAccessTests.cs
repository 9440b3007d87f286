using Board.Core.Composition;
using Board.Core.Meetings;

namespace Board.Tests.Core.Meetings;

public sealed class PaperAccessTests
{
    private const long Board = Constitutions.BoardId;
    private const long OtherBoard = 2;
    private const long Raiser = 50;

    private static PaperReader Reader(Role role, long board = Board, long person = 7, params long[] groups) => new(person, board, role, groups);

    private static readonly PaperReader[] Everyone =
    [
        PaperReader.Anonymous,
        Reader(Role.Rep), Reader(Role.FamilyCarer), Reader(Role.Partner), Reader(Role.Supporter),
        Reader(Role.Coordinator), Reader(Role.Coordinator, board: OtherBoard), Reader(Role.Rep, board: OtherBoard), Reader(Role.Admin, board: OtherBoard),
    ];

    [TestCase(MeetingState.AgendaPublished)]
    [TestCase(MeetingState.Live)]
    [TestCase(MeetingState.Closed)]
    public void Decide_AcceptedOnPublishedAgenda_EveryoneMayRead(MeetingState state)
    {
        foreach (var reader in Everyone)
            Assert.That(PaperAccess.Decide(TestMeetings.Item(AgendaItemState.Accepted), state, reader),
                Is.EqualTo(new PaperAccessResult(true, PaperAccessReason.OnPublishedAgenda)), $"{reader}");
    }

    // Accepted but the agenda is not out; or out, but the item was not taken onto it.
    [TestCase(AgendaItemState.Accepted, MeetingState.Scheduled)]
    [TestCase(AgendaItemState.Accepted, MeetingState.CallingForItems)]
    [TestCase(AgendaItemState.Proposed, MeetingState.CallingForItems)]
    [TestCase(AgendaItemState.Deferred, MeetingState.AgendaPublished)]
    [TestCase(AgendaItemState.NotAccepted, MeetingState.AgendaPublished)]
    [TestCase(AgendaItemState.NotAccepted, MeetingState.Closed)]
    public void Decide_NotOnAPublishedAgenda_OnlyCoordinatorAndOwningGroup(AgendaItemState itemState, MeetingState state)
    {
        var item = TestMeetings.Item(itemState);
        Assert.Multiple(() =>
        {
            Assert.That(PaperAccess.Decide(item, state, PaperReader.Anonymous).MayRead, Is.False, "anonymous");
            Assert.That(PaperAccess.Decide(item, state, Reader(Role.Rep)).MayRead, Is.False, "another Rep");
            Assert.That(PaperAccess.Decide(item, state, Reader(Role.FamilyCarer)).MayRead, Is.False, "a carer");
            Assert.That(PaperAccess.Decide(item, state, Reader(Role.Partner)).MayRead, Is.False, "a partner");
            Assert.That(PaperAccess.Decide(item, state, Reader(Role.Supporter, groups: 11)).MayRead, Is.False, "another group's supporter");
            Assert.That(PaperAccess.Decide(item, state, Reader(Role.Coordinator, board: OtherBoard)).Reason, Is.EqualTo(PaperAccessReason.NotPublic), "another board's coordinator");
            Assert.That(PaperAccess.Decide(item, state, Reader(Role.Coordinator)).Reason, Is.EqualTo(PaperAccessReason.Coordinator));
            Assert.That(PaperAccess.Decide(item, state, Reader(Role.Admin, board: OtherBoard)).Reason, Is.EqualTo(PaperAccessReason.Administrator));
            Assert.That(PaperAccess.Decide(item, state, Reader(Role.Supporter, groups: Constitutions.GroupId)).Reason, Is.EqualTo(PaperAccessReason.OwningGroup), "the group's supporter");
            Assert.That(PaperAccess.Decide(item, state, Reader(Role.Rep, groups: Constitutions.GroupId)).Reason, Is.EqualTo(PaperAccessReason.OwningGroup), "a Rep the group elected");
            Assert.That(PaperAccess.Decide(item, state, Reader(Role.Supporter, person: Raiser)).Reason, Is.EqualTo(PaperAccessReason.OwningGroup), "who raised it");
        });
    }

    [Test]
    public void Decide_GroupOfTheSameIdOnAnotherBoard_IsRefused()
    {
        var reader = Reader(Role.Supporter, board: OtherBoard, person: Raiser, groups: Constitutions.GroupId);
        Assert.That(PaperAccess.Decide(TestMeetings.Item(), MeetingState.CallingForItems, reader).MayRead, Is.False);
    }

    [Test]
    public void Decide_CoordinatorsOwnItem_HasNoGroupToShareWith()
    {
        var item = TestMeetings.Item() with { GroupId = null };
        Assert.Multiple(() =>
        {
            Assert.That(PaperAccess.Decide(item, MeetingState.CallingForItems, Reader(Role.Supporter, groups: Constitutions.GroupId)).MayRead, Is.False);
            Assert.That(PaperAccess.Decide(item, MeetingState.CallingForItems, Reader(Role.Coordinator)).MayRead, Is.True);
        });
    }
}

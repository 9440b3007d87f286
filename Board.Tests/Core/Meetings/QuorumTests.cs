using Board.Core.Composition;
using Board.Core.Meetings;

namespace Board.Tests.Core.Meetings;

public sealed class QuorumTests
{
    // A small quorum so the table stays readable: 4 voting members, 2 of them Reps.
    private static readonly Constitution Rules = Constitutions.Standard(minimumVoting: 4, minimumReps: 2);
    private static readonly DateOnly MeetingDate = DateOnly.FromDateTime(TestMeetings.StartsAt);
    private static readonly DateTime Arrived = TestMeetings.StartsAt;

    private static readonly long[] RepIds = [1, 2, 3, 4, 5];
    private static readonly long[] CarerIds = [11, 12, 13];
    private const long CouncillorId = 21;
    private const long PartnerId = 22;

    private static readonly Membership[] Members =
    [
        .. RepIds.Select(id => A.Membership(id).Build()),
        .. CarerIds.Select(id => A.Membership(id).InSeat(Seats.Carer).Build()),
        A.Membership(CouncillorId).InSeat(Seats.Councillor).AsCoChair().Build(),
        A.Membership(PartnerId).InSeat(Seats.Partner).Build(),
    ];

    private static Attendance InRoom(long personId) => new(personId, AttendanceMark.InRoom, Arrived, null);

    private static Attendance Online(long personId) => new(personId, AttendanceMark.Online, Arrived, null);

    private static Attendance LeftEarly(long personId) => new(personId, AttendanceMark.InRoom, Arrived, Arrived.AddHours(1));

    private static Attendance Apologies(long personId) => new(personId, AttendanceMark.Apologies, null, null);

    /// <summary>Reps are taken in order for each kind of attendance, so a row never uses the same Rep twice.</summary>
    private static List<Attendance> Attendance(int repsInRoom, int repsOnline, int repsLeftEarly, int repsApologies, int carers, bool nonVotingSeats)
    {
        var reps = new Queue<long>(RepIds);
        var attendance = new List<Attendance>();
        attendance.AddRange(Enumerable.Range(0, repsInRoom).Select(_ => InRoom(reps.Dequeue())));
        attendance.AddRange(Enumerable.Range(0, repsOnline).Select(_ => Online(reps.Dequeue())));
        attendance.AddRange(Enumerable.Range(0, repsLeftEarly).Select(_ => LeftEarly(reps.Dequeue())));
        attendance.AddRange(Enumerable.Range(0, repsApologies).Select(_ => Apologies(reps.Dequeue())));
        attendance.AddRange(CarerIds.Take(carers).Select(InRoom));
        if (nonVotingSeats)
            attendance.AddRange([InRoom(CouncillorId), Online(PartnerId)]);
        return attendance;
    }

    // repsInRoom, repsOnline, repsLeftEarly, repsApologies, carers, nonVotingSeats -> met, present, reps
    [TestCase(2, 0, 0, 0, 2, false, true, 4, 2, TestName = "Evaluate_FourVotersTwoRepsInRoom_IsMet")]
    [TestCase(1, 1, 0, 0, 2, false, true, 4, 2, TestName = "Evaluate_RepOnline_CountsAsPresent")]
    [TestCase(0, 2, 0, 0, 2, false, true, 4, 2, TestName = "Evaluate_AllRepsOnline_IsMet")]
    [TestCase(5, 0, 0, 0, 3, true, true, 8, 5, TestName = "Evaluate_EveryonePresent_IsMet")]
    [TestCase(1, 0, 0, 0, 3, false, false, 4, 1, TestName = "Evaluate_WhenFewerRepsThanRequired_IsNotMet")]
    [TestCase(2, 0, 0, 0, 1, false, false, 3, 2, TestName = "Evaluate_WhenFewerVotersThanRequired_IsNotMet")]
    [TestCase(2, 0, 0, 0, 1, true, false, 3, 2, TestName = "Evaluate_NonVotingSeatsPresent_DoNotCount")]
    [TestCase(1, 0, 1, 0, 2, false, false, 3, 1, TestName = "Evaluate_RepWhoLeftEarly_DoesNotCount")]
    [TestCase(1, 0, 0, 4, 3, false, false, 4, 1, TestName = "Evaluate_Apologies_DoNotCount")]
    [TestCase(0, 0, 0, 0, 0, true, false, 0, 0, TestName = "Evaluate_OnlyNonVotingSeats_IsNotMet")]
    [TestCase(0, 0, 0, 0, 0, false, false, 0, 0, TestName = "Evaluate_NobodyThere_IsNotMet")]
    public void Evaluate_Attendance_CountsVotersAndReps(
        int repsInRoom, int repsOnline, int repsLeftEarly, int repsApologies, int carers, bool nonVotingSeats,
        bool expectedMet, int expectedPresent, int expectedReps)
    {
        var attendance = Attendance(repsInRoom, repsOnline, repsLeftEarly, repsApologies, carers, nonVotingSeats);

        var result = Quorum.Evaluate(Rules, Members, attendance, MeetingDate);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsMet, Is.EqualTo(expectedMet));
            Assert.That(result.Present, Is.EqualTo(expectedPresent));
            Assert.That(result.RepsPresent, Is.EqualTo(expectedReps));
            Assert.That(result.Required, Is.EqualTo(4));
            Assert.That(result.RepsRequired, Is.EqualTo(2));
        }
    }

    [TestCase(1, 3, "The meeting cannot make decisions yet. 4 members who can vote are here. 1 Rep is here. It needs 1 Rep more.")]
    [TestCase(1, 1, "The meeting cannot make decisions yet. 2 members who can vote are here. 1 Rep is here. It needs 2 members who can vote and 1 Rep more.")]
    [TestCase(1, 0, "The meeting cannot make decisions yet. 1 member who can vote is here. 1 Rep is here. It needs 3 members who can vote and 1 Rep more.")]
    [TestCase(0, 0, "The meeting cannot make decisions yet. 0 members who can vote are here. 0 Reps are here. It needs 4 members who can vote and 2 Reps more.")]
    [TestCase(2, 1, "The meeting cannot make decisions yet. 3 members who can vote are here. 2 Reps are here. It needs 1 member who can vote more.")]
    [TestCase(2, 2, "The meeting can make decisions. 4 members who can vote are here. 2 Reps are here.")]
    public void Evaluate_Explanation_SaysWhatIsMissingInPlainWords(int reps, int carers, string expected)
    {
        var attendance = Attendance(reps, 0, 0, 0, carers, nonVotingSeats: true);

        var result = Quorum.Evaluate(Rules, Members, attendance, MeetingDate);

        Assert.That(result.Explanation, Is.EqualTo(expected));
    }

    [Test]
    public void Evaluate_StandardRules_NeedEightVotersAndThreeReps()
    {
        var attendance = Attendance(3, 0, 0, 0, 3, nonVotingSeats: true);

        var result = Quorum.Evaluate(Constitutions.Standard(), Members, attendance, MeetingDate);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsMet, Is.False);
            Assert.That(result.Required, Is.EqualTo(8));
            Assert.That(result.RepsRequired, Is.EqualTo(3));
            Assert.That(result.Explanation, Does.EndWith("It needs 2 members who can vote more."));
        }
    }

    [Test]
    public void Evaluate_MemberWhoseTermEndedBeforeTheMeeting_DoesNotCount()
    {
        var members = Members.Select(m => m.PersonId == 1 ? A.Membership(1).To(MeetingDate.AddDays(-1)).Build() : m).ToList();
        var attendance = Attendance(2, 0, 0, 0, 2, nonVotingSeats: false);

        var result = Quorum.Evaluate(Rules, members, attendance, MeetingDate);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsMet, Is.False);
            Assert.That(result.Present, Is.EqualTo(3));
            Assert.That(result.RepsPresent, Is.EqualTo(1));
        }
    }

    [Test]
    public void Evaluate_PersonWithTwoMemberships_CountsOnce()
    {
        Membership[] members = [.. Members, A.Membership(30).ForPerson(1).Build()];
        var attendance = Attendance(1, 0, 0, 0, 2, nonVotingSeats: false);

        var result = Quorum.Evaluate(Rules, members, attendance, MeetingDate);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Present, Is.EqualTo(3));
            Assert.That(result.RepsPresent, Is.EqualTo(1));
        }
    }

    [Test]
    public void Evaluate_GuestsAndAbsentMembers_DoNotCount()
    {
        List<Attendance> attendance =
        [
            .. Attendance(2, 0, 0, 0, 1, nonVotingSeats: false),
            InRoom(personId: 999),
            new(CarerIds[2], AttendanceMark.Absent, null, null),
        ];

        var result = Quorum.Evaluate(Rules, Members, attendance, MeetingDate);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsMet, Is.False);
            Assert.That(result.Present, Is.EqualTo(3));
        }
    }
}

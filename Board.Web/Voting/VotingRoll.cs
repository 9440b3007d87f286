using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Data.Boards;
using Board.Data.Meetings;
using Board.Data.Memberships;

namespace Board.Web.Voting;

/// <summary>Who may vote in a meeting now: voting members (from the constitution and their terms) who are present.</summary>
public sealed record Roll(Meeting Meeting, Constitution Constitution, IReadOnlySet<long> VotingMembers, IReadOnlySet<long> Present, QuorumResult Quorum)
{
    public bool IsVotingMember(long personId) => VotingMembers.Contains(personId);

    public bool IsPresent(long personId) => Present.Contains(personId);

    /// <summary>Voting members who are present: how many could vote now.</summary>
    public int Eligible => VotingMembers.Count(Present.Contains);
}

public sealed class VotingRoll(MeetingStore meetings, MembershipStore memberships, AttendanceStore attendance, ConstitutionStore constitutions)
{
    public async Task<Roll?> LoadAsync(long boardId, long meetingId)
    {
        if (await meetings.GetAsync(boardId, meetingId) is not { } meeting
            || await constitutions.LoadAsync(boardId) is not { } constitution)
            return null;
        var date = DateOnly.FromDateTime(meeting.StartsAt);
        var all = await memberships.ListAsync(boardId);
        var marks = await attendance.ForMeetingAsync(meetingId);
        var voting = VotingRights.VotingMembers(constitution, all, date).Select(m => m.PersonId).ToHashSet();
        var present = marks.Where(a => a.IsPresent).Select(a => a.PersonId).ToHashSet();
        return new Roll(meeting, constitution, voting, present, Quorum.Evaluate(constitution, all, marks, date));
    }
}

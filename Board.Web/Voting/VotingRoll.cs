using System.Collections.Concurrent;
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

    /// <summary>The voting members who are present: whose ballots (and hands) can count now.</summary>
    public IReadOnlyCollection<long> EligibleIds => [.. VotingMembers.Where(Present.Contains)];
}

/// <summary>
/// Loads the roll: the constitution, every membership and the attendance, run through the Core rules. Loading it
/// reads the whole board, so ballots share one load per meeting for up to a second (one load at a time, however
/// many ballots ask at once). The attendance page clears it when someone arrives or leaves, so a late arrival
/// can vote at once; opening and closing a poll always load it fresh. With several servers, <see cref="IRollChanges"/>
/// tells the others to forget it too (ADR-016).
/// </summary>
public sealed class VotingRoll(MeetingStore meetings, MembershipStore memberships, AttendanceStore attendance, ConstitutionStore constitutions,
    TimeProvider clock, IRollChanges changes)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<(long BoardId, long MeetingId), (DateTimeOffset LoadedAt, Lazy<Task<Roll?>> Roll)> _recent = new();

    /// <summary>The roll as it is in the store now.</summary>
    public Task<Roll?> LoadFreshAsync(long boardId, long meetingId)
    {
        ForgetHere(meetingId);
        return LoadAsync(boardId, meetingId);
    }

    /// <summary>The roll, loaded at most a second ago.</summary>
    public async Task<Roll?> LoadAsync(long boardId, long meetingId)
    {
        var key = (boardId, meetingId);
        var now = clock.GetUtcNow();
        var entry = _recent.AddOrUpdate(key,
            _ => (now, new Lazy<Task<Roll?>>(() => ReadAsync(boardId, meetingId))),
            (_, old) => now - old.LoadedAt < MaxAge ? old : (now, new Lazy<Task<Roll?>>(() => ReadAsync(boardId, meetingId))));
        try
        {
            return await entry.Roll.Value;
        }
        catch
        {
            _recent.TryRemove(key, out _); // never keep a failed load
            throw;
        }
    }

    /// <summary>Attendance changed: the next ballot, on this server or any other, reads the roll again.</summary>
    public void Forget(long meetingId)
    {
        ForgetHere(meetingId);
        changes.Changed(meetingId);
    }

    /// <summary>Forgets this server's copy only (another server said the attendance changed).</summary>
    public void ForgetHere(long meetingId)
    {
        foreach (var key in _recent.Keys.Where(k => k.MeetingId == meetingId))
            _recent.TryRemove(key, out _);
    }

    private async Task<Roll?> ReadAsync(long boardId, long meetingId)
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

/// <summary>Tells the other app servers that a meeting's attendance changed, so they forget their copy of its roll.</summary>
public interface IRollChanges
{
    void Changed(long meetingId);
}

/// <summary>One server: there is nobody else to tell.</summary>
public sealed class NoOtherServers : IRollChanges
{
    public void Changed(long meetingId)
    {
    }
}

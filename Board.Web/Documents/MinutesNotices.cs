using Board.Core.Composition;
using Board.Core.Text;
using Board.Data.Memberships;
using Board.Data.Notifications;
using Board.Web.Infrastructure;

namespace Board.Web.Documents;

/// <summary>The messages the minutes' workflow sends: to the Reps to check, to the co-chairs to sign off, to everyone when published.</summary>
public sealed class MinutesNotices(MemberQueries members, NotificationStore notifications, BoardClocks boardClocks, TimeProvider clock)
{
    public async Task<int> AskRepsToCheckAsync(long boardId, long meetingId, DateTime meetingStart)
    {
        var reps = (await members.CurrentAsync(boardId, (await boardClocks.ForBoardAsync(boardId)).Today)).Where(m => m.Role == Roles.Rep).Select(m => m.PersonId).Distinct().ToList();
        foreach (var rep in reps)
            await notifications.SendAsync(rep, $"minutes-check:{meetingId}", $"Please check the minutes of {PlainDates.Date(meetingStart)}",
                "The minutes are ready to check. Read each part. Say if you understand it, or if it is hard.",
                $"/boards/{boardId}/meetings/{meetingId}/minutes/check", clock.GetUtcNow());
        return reps.Count;
    }

    public async Task AskCoChairsToSignOffAsync(long boardId, long meetingId, DateTime meetingStart, IReadOnlyCollection<long> waiting)
    {
        foreach (var coChair in waiting)
            await notifications.SendAsync(coChair, $"minutes-sign-off:{meetingId}:{clock.GetUtcNow().ToUnixTimeSeconds()}",
                $"Please sign off the minutes of {PlainDates.Date(meetingStart)}",
                "The minutes are ready. Please read them. Then say if they are right.",
                $"/boards/{boardId}/meetings/{meetingId}/minutes/sign-off", clock.GetUtcNow());
    }

    public async Task PublishedAsync(long boardId, long meetingId, DateTime meetingStart)
    {
        var everyone = (await members.CurrentAsync(boardId, (await boardClocks.ForBoardAsync(boardId)).Today)).Select(m => m.PersonId).Distinct();
        foreach (var person in everyone)
            await notifications.SendAsync(person, $"minutes-published:{meetingId}", $"The minutes of {PlainDates.Date(meetingStart)} are ready",
                "The minutes are published. You can read them in easy read.", $"/boards/{boardId}/meetings/{meetingId}/minutes/easy-read", clock.GetUtcNow());
    }
}

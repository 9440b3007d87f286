using System.Globalization;
using Board.Core.Composition;
using Board.Data.Boards;
using Board.Data.Notifications;
using Board.Data.Payments;
using Board.Data.People;
using Board.Web.Infrastructure;

namespace Board.Web.Jobs;

/// <summary>
/// Daily: reminds Reps and family carers of meetings they came to but have not claimed for (the last
/// <see cref="LookBackDays"/> days only, so old meetings stop nagging), and the board's approvers (its coordinators and
/// the people they named) when claims wait for a decision. Keys name the week, so each person hears at most once a
/// week however often the job runs, and the next week only if something still waits.
/// </summary>
public sealed class ClaimReminderJob(BoardStore boards, ClaimStore claims, InvolvementStore involvement, PersonStore people, PersonArchiveStore archive, NotificationStore notifications,
    BoardClocks clocks)
{
    public const string UnclaimedSubject = "You can claim money for a meeting";
    public const string WaitingSubject = "Claims are waiting for you";
    public const int LookBackDays = 90;

    public async Task<int> RunAsync()
    {
        var sent = 0;
        foreach (var board in await boards.ListAsync())
        {
            var clock = await clocks.ForBoardAsync(board.Id);
            var week = WeekKey(clock.Today);
            foreach (var (personId, meetings) in await claims.UnclaimedByPersonAsync(board.Id, clock.Today.AddDays(-LookBackDays).ToDateTime(TimeOnly.MinValue)))
                sent += await notifications.SendAsync(personId, $"claims-unclaimed:{board.Id}:{personId}:{week}", UnclaimedSubject,
                    $"You came to {(meetings == 1 ? "1 meeting" : $"{meetings} meetings")} and have not claimed for {(meetings == 1 ? "it" : "them")} yet. You can claim for your time, travel and a carer.",
                    $"/boards/{board.Id}/payments/people/{personId}", clock.UtcNow) ? 1 : 0;

            var waiting = await claims.WaitingCountAsync(board.Id);
            if (waiting == 0)
                continue;
            // Someone archived has left: no claim is theirs to decide, and their email may belong to them elsewhere now.
            var archived = await archive.ArchivedIdsAsync(board.Id);
            var coordinators = (await people.ListAsync(board.Id)).Where(p => p.Role == Role.Coordinator).Select(p => p.Id);
            foreach (var approver in coordinators.Concat(await involvement.ApproversAsync(board.Id)).Distinct().Where(id => !archived.Contains(id)))
                sent += await notifications.SendAsync(approver, $"claims-waiting:{board.Id}:{approver}:{week}", WaitingSubject,
                    $"{(waiting == 1 ? "1 claim is" : $"{waiting} claims are")} waiting for you to agree or ask a question.",
                    $"/boards/{board.Id}/claims", clock.UtcNow) ? 1 : 0;
        }
        return sent;
    }

    /// <summary>The Monday of the week: one reminder a person a week.</summary>
    public static string WeekKey(DateOnly today) =>
        today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

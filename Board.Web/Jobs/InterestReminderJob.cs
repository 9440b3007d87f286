using Board.Core.Interests;
using Board.Data.Boards;
using Board.Data.Interests;
using Board.Data.Notifications;
using Board.Web.Infrastructure;

namespace Board.Web.Jobs;

/// <summary>
/// Daily: asks each member to look at their register of interests when a new term starts and a year after they last
/// checked it (council practice: a register kept up to date, reviewed every year). Each reminder has a key naming the
/// day it fell due, so running again sends nothing twice; checking the register (or a new term) makes the next one.
/// </summary>
public sealed class InterestReminderJob(BoardStore boards, InterestStore register, NotificationStore notifications, BoardClocks clocks)
{
    public const string Subject = "Please check your register of interests";

    public async Task<int> RunAsync()
    {
        var sent = 0;
        foreach (var board in await boards.ListAsync())
        {
            var clock = await clocks.ForBoardAsync(board.Id);
            foreach (var member in (await register.MembersAsync(clock.Today)).Where(m => m.BoardId == board.Id))
            {
                if (InterestRules.ReviewDueSince(member.ReviewedOn, clock.Today, member.TermStartedOn) is not { } due)
                    continue;
                sent += await notifications.SendAsync(member.PersonId, $"interests-review:{board.Id}:{member.PersonId}:{due:yyyy-MM-dd}", Subject,
                    "Look at what you wrote about your job and money, your family and friends, and groups you belong to. Is it still right? Tell us if anything has changed.",
                    $"/boards/{board.Id}/interests", clock.UtcNow) ? 1 : 0;
            }
        }
        return sent;
    }
}

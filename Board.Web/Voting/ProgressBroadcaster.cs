using System.Collections.Concurrent;
using Board.Data.Voting;
using Board.Web.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Board.Web.Voting;

/// <summary>
/// Tells everyone in a meeting how many have voted, at most four times a second per poll. Sending on every
/// ballot would send N² messages for N voters (4 million at 2,000); coalescing keeps the room up to date
/// without flooding it. The count is read from the store, so it is always what has been committed.
/// </summary>
public sealed class ProgressBroadcaster(IHubContext<MeetingHub, IMeetingClient> hub, BallotStore ballots, ILogger<ProgressBroadcaster> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly ConcurrentDictionary<long, (long MeetingId, int Eligible)> _changed = new();

    public void MarkChanged(long meetingId, long pollId, int eligible) => _changed[pollId] = (meetingId, eligible);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var pollId in _changed.Keys)
            {
                if (!_changed.TryRemove(pollId, out var changed))
                    continue;
                try
                {
                    var voted = await ballots.VotedCountAsync(pollId);
                    await hub.Clients.Group(MeetingHub.GroupOf(changed.MeetingId)).VoteProgress(new ProgressView(pollId, voted, changed.Eligible));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Could not send the vote count for poll {PollId}", pollId);
                }
            }
        }
    }
}

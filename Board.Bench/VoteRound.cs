using System.Diagnostics;
using Board.Web.Hubs;

namespace Board.Bench;

/// <summary>
/// The send pattern shared by the real run and the echo run: every client sends one ballot, the start times spread
/// evenly over the window in a shuffled order (fixed seed), so both runs see the same arrival rate.
/// </summary>
internal static class VoteRound
{
    public static async Task<IReadOnlyList<BallotTiming>> RunAsync(
        int clients, TimeSpan window, int seed, Func<int, long> optionOf, Func<int, long, Task<BallotAck>> send)
    {
        var slots = Enumerable.Range(0, clients).ToArray();
        new Random(seed).Shuffle(slots);
        var start = Stopwatch.GetTimestamp();
        var tasks = Enumerable.Range(0, clients).Select(async voter =>
        {
            var due = window * slots[voter] / clients;
            var wait = due - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait);
            var optionId = optionOf(voter);
            var sentAt = Stopwatch.GetTimestamp();
            try
            {
                var ack = await send(voter, optionId);
                return new BallotTiming(voter, optionId, sentAt, Stopwatch.GetTimestamp(), ack, null);
            }
            catch (Exception ex)
            {
                return new BallotTiming(voter, optionId, sentAt, Stopwatch.GetTimestamp(), null, ex.GetType().Name + ": " + ex.Message);
            }
        });
        return await Task.WhenAll(tasks);
    }
}

using System.Diagnostics;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;

namespace Board.Web.Hubs;

/// <summary>
/// Every hub call passes here. Each connection has its own limits per method ("I need help": a few presses, then one a
/// minute; anything else: 20 at once, then 10 a second), so one connection cannot flood a co-chair's screen or the
/// database. A refused call, by a limit or by the hub's own checks, is one line in the log, not a stack trace.
/// </summary>
public sealed class HubGuard(ILogger<HubGuard> logger) : IHubFilter
{
    /// <summary>
    /// The framework logs every failed hub call with its stack trace, refusals included; that log is turned off
    /// (WebServiceCollectionExtensions) and this filter logs instead: a refusal in one line, a real failure with its trace.
    /// </summary>
    public const string FrameworkDispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    private const string LimitersKey = "pb.limiters";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var method = invocation.HubMethodName;
        using var lease = LimiterFor(invocation.Context, method).AttemptAcquire();
        if (!lease.IsAcquired)
        {
            logger.LogInformation("Hub call {Method} refused: too many from connection {ConnectionId}", method, invocation.Context.ConnectionId);
            throw new HubException(method == nameof(MeetingHub.AskForHelp)
                ? "We have already told your supporter and the co-chairs. Someone is coming."
                : "That was sent too many times. Wait a moment, then try again.");
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await next(invocation);
            if (result is BallotAck { Committed: true })
            {
                Operations.BoardMetrics.Ballots.Add(1);
                Operations.BoardMetrics.BallotAckLatency.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            return result;
        }
        catch (HubException ex)
        {
            logger.LogInformation("Hub call {Method} refused for user {User}: {Reason}", method, invocation.Context.UserIdentifier, ex.Message);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A real failure keeps its stack trace: logged here, because the framework's own line is turned off.
            logger.LogError(ex, "Hub call {Method} failed", method);
            throw;
        }
    }

    private static RateLimiter LimiterFor(HubCallerContext context, string method)
    {
        var limiters = (Dictionary<string, RateLimiter>)(context.Items.TryGetValue(LimitersKey, out var held) && held is not null
            ? held
            : context.Items[LimitersKey] = new Dictionary<string, RateLimiter>());
        lock (limiters)
        {
            if (!limiters.TryGetValue(method, out var limiter))
                limiters[method] = limiter = method == nameof(MeetingHub.AskForHelp)
                    ? Bucket(tokens: 3, refillEvery: TimeSpan.FromMinutes(1), perRefill: 1)
                    : Bucket(tokens: 20, refillEvery: TimeSpan.FromSeconds(1), perRefill: 10);
            return limiter;
        }
    }

    private static TokenBucketRateLimiter Bucket(int tokens, TimeSpan refillEvery, int perRefill) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = tokens,
        TokensPerPeriod = perRefill,
        ReplenishmentPeriod = refillEvery,
        QueueLimit = 0,
        AutoReplenishment = true,
    });

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        Operations.BoardMetrics.HubConnections.Add(1);
        return next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        Operations.BoardMetrics.HubConnections.Add(-1);
        if (context.Context.Items.TryGetValue(LimitersKey, out var held) && held is Dictionary<string, RateLimiter> limiters)
            lock (limiters)
                foreach (var limiter in limiters.Values)
                    limiter.Dispose();
        return next(context, exception);
    }
}

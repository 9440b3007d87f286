using System.Threading.RateLimiting;

namespace Board.Web.Security;

/// <summary>
/// Tries for a person's password from browsers they signed in on before (<see cref="TrustedDevices"/>). Those tries do
/// not use up the account's own, so a stranger cannot lock the owner out; but they are not unlimited either: a shared
/// meeting tablet that a coordinator once used must not let the next person guess that coordinator's password for ever.
/// Kept in memory (per server), like the framework's rate limiter it is built on (ADR-010).
/// </summary>
public sealed class TrustedDeviceTries : IDisposable
{
    public const int PerQuarterHour = 20;

    private readonly PartitionedRateLimiter<long> _tries = PartitionedRateLimiter.Create<long, long>(personId =>
        RateLimitPartition.GetFixedWindowLimiter(personId, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PerQuarterHour,
            Window = TimeSpan.FromMinutes(15),
            QueueLimit = 0,
        }));

    /// <summary>Takes one try for this person's password from a trusted browser; false when they are used up for now.</summary>
    public bool TryTake(long personId)
    {
        using var lease = _tries.AttemptAcquire(personId);
        return lease.IsAcquired;
    }

    public void Dispose() => _tries.Dispose();
}

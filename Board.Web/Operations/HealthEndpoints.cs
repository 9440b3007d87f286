using Board.Data.Database;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Board.Web.Operations;

/// <summary>
/// For a load balancer and monitoring (docs/operations.md): <c>/health/live</c> answers 200 while the process runs;
/// <c>/health/ready</c> answers 200 only when the database can be read and is fully migrated and the job server is
/// running, and 503 otherwise. Both answer one word (Healthy, Degraded, Unhealthy) and tell nothing else.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const string Ready = "ready";

    public static IServiceCollection AddBoardHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<JobsHealthCheck>("jobs", tags: [Ready]);
        return services;
    }

    public static WebApplication MapBoardHealth(this WebApplication app)
    {
        // Live runs no checks: it says the process answers, so a slow database never gets the process restarted.
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) }).AllowAnonymous();
        return app;
    }

    private sealed class DatabaseHealthCheck(BoardDatabase database, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                return Task.FromResult(Migrator.IsUpToDate(database)
                    ? HealthCheckResult.Healthy()
                    : HealthCheckResult.Unhealthy("The database is not up to date."));
            }
#pragma warning disable CA1031 // any failure to read the database means "not ready"; the reason goes to the log
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogWarning("Not ready: the database at {Path} cannot be read ({Reason})", database.Describe(), ex.Message);
                return Task.FromResult(HealthCheckResult.Unhealthy("The database cannot be read."));
            }
        }
    }

    /// <summary>How many job servers are alive: Hangfire servers beat every 30 seconds; two missed beats mean one has stopped.</summary>
    public static int RunningJobServers(JobStorage storage) => storage.GetMonitoringApi().Servers()
        .Count(server => server.Heartbeat is { } beat && DateTime.UtcNow - beat < TimeSpan.FromMinutes(1));

    private sealed class JobsHealthCheck(JobStorage storage) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(RunningJobServers(storage) > 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The background jobs are not running."));
    }
}

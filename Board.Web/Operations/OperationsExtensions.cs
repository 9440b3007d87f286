using Board.Web.Infrastructure;
using Hangfire;

namespace Board.Web.Operations;

/// <summary>Health endpoints, backups (the daily job), metrics and traces: what a council's IT team runs the app with.</summary>
public static class OperationsExtensions
{
    private const string BackupJobId = "backup";
    private static int _jobFilterAdded;

    public static IServiceCollection AddBoardOperations(this IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddBoardHealth();
        services.AddSingleton(BackupOptions.From(configuration, storage));
        services.AddSingleton<BackupMaker>();
        services.AddSingleton<IDiskSpace, DriveDiskSpace>();
        services.AddScoped<SiteHealth>();
        services.AddTransient<BackupJob>();
        services.AddBoardTelemetry(configuration);
        // Hangfire's filters are process-wide: added once, however many apps a test run starts.
        if (Interlocked.Exchange(ref _jobFilterAdded, 1) == 0)
            GlobalJobFilters.Filters.Add(new BoardMetrics.JobFilter());
        return services;
    }

    public static WebApplication UseBoardOperations(this WebApplication app)
    {
        app.MapBoardHealth();
        app.MapBoardTelemetry();
        // Daily at 02:00 UTC unless Backup:Schedule (a cron expression) says otherwise; "off" turns the job off.
        var schedule = app.Configuration["Backup:Schedule"] is { Length: > 0 } cron ? cron : "0 2 * * *";
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        // On PostgreSQL the database is backed up by its own tools (pg_dump, docs/scale-out.md), not by the app.
        if (schedule == "off" || !app.Services.GetRequiredService<StorageOptions>().IsSqlite)
            jobs.RemoveIfExists(BackupJobId);
        else
            jobs.AddOrUpdate<BackupJob>(BackupJobId, job => job.Run(), schedule);
        return app;
    }
}

using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Options;

namespace Board.Web.Jobs;

public static class JobsServiceCollectionExtensions
{
    private const string RemindersJobId = "reminders";
    private const string EmailsJobId = "emails";

    /// <summary>Where Hangfire keeps its tables on PostgreSQL, apart from the board's.</summary>
    public const string HangfireSchema = "hangfire";

    /// <summary>Hangfire (in memory on SQLite, in PostgreSQL otherwise), a small server, the jobs and the Smtp settings (checked at start).</summary>
    public static IServiceCollection AddBoardJobs(this IServiceCollection services, IConfiguration configuration, Infrastructure.StorageOptions storage)
    {
        services.AddOptions<SmtpOptions>()
            .Bind(configuration.GetSection(SmtpOptions.Section))
            .Validate(smtp => smtp.IsValid, "Smtp:Host is set, so Smtp:From must be an email address.")
            .ValidateOnStart();

        // In memory is enough for one server: the jobs are recurring and reentrant, so after a restart they simply run
        // again. On PostgreSQL the jobs live in the same database (schema "hangfire", made at start), so several
        // servers share one schedule and each run happens on one server only (ADR-016).
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (storage.IsSqlite)
                config.UseInMemoryStorage();
            else
                config.UsePostgreSqlStorage(postgres => postgres.UseNpgsqlConnection(HangfireConnection(storage.ConnectionString)),
                    new PostgreSqlStorageOptions { SchemaName = HangfireSchema, PrepareSchemaIfNecessary = true });
        });
        // Two workers: the jobs are small and the host has two cores, which the web requests need more.
        services.AddHangfireServer(options => options.WorkerCount = 2);

        services.AddTransient<ReminderJob>();
        services.AddTransient<PlanReminderJob>();
        services.AddTransient<InterestReminderJob>();
        services.AddTransient<ClaimReminderJob>();
        services.AddTransient<EmailJob>();
        services.AddTransient<StagedFilesSweepJob>();
        services.AddSingleton<EmailStatus>();
        return services;
    }

    /// <summary>The board's database, in UTC: Hangfire passes its times as UTC, and they reach it as text (DapperSetup).</summary>
    private static string HangfireConnection(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Timezone = "UTC" }.ToString();

    /// <summary>Schedules the recurring jobs. There is no Hangfire dashboard: it would be one more thing to secure.</summary>
    public static WebApplication UseBoardJobs(this WebApplication app)
    {
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        jobs.AddOrUpdate<ReminderJob>(RemindersJobId, job => job.RunAsync(), Cron.Hourly());
        jobs.AddOrUpdate<PlanReminderJob>("plan-reminders", job => job.RunAsync(), Cron.Hourly());
        jobs.AddOrUpdate<InterestReminderJob>("interest-reminders", job => job.RunAsync(), Cron.Daily());
        jobs.AddOrUpdate<ClaimReminderJob>("claim-reminders", job => job.RunAsync(), Cron.Daily());
        // Published agendas and minutes whose PDFs were never made (the in-memory queue does not survive a restart).
        jobs.AddOrUpdate<Documents.DocumentRenderJob>("render-missing-documents", job => job.RenderMissingAsync(), "*/10 * * * *");
        BackgroundJob.Enqueue<Documents.DocumentRenderJob>(job => job.RenderMissingAsync());
        // Kept files of forms nobody sent (ADR-014); also swept as anyone keeps a file.
        jobs.AddOrUpdate<StagedFilesSweepJob>("sweep-staged-files", job => job.RunAsync(), "*/15 * * * *");

        if (app.Services.GetRequiredService<IOptions<SmtpOptions>>().Value.IsConfigured)
        {
            jobs.AddOrUpdate<EmailJob>(EmailsJobId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        }
        else
        {
            // Said once here rather than every minute by the job. Messages still reach the in-app inbox.
            jobs.RemoveIfExists(EmailsJobId);
            app.Logger.LogInformation("Email is off because Smtp:Host is not set. Messages go to the in-app inbox only.");
        }
        return app;
    }
}

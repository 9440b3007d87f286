using Board.Data.Database;
using Board.Web.Demo;

namespace Board.Web.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>
    /// Brings the schema up to date, then adds the demo boards, but only in Development with Demo:Seed true: the demo's
    /// published password must never reach a real database, whatever a settings file says.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Board.Database");
        var database = app.Services.GetRequiredService<BoardDatabase>();
        logger.LogInformation("Using the database at {Path}", database.Describe());
        PrivateDataFolder.Prepare(app.Services.GetRequiredService<StorageOptions>());
        Migrator.Upgrade(database, logger);

        var wantsDemo = app.Configuration.GetValue<bool>("Demo:Seed");
        if (wantsDemo && !app.Environment.IsDevelopment())
            logger.LogWarning("Demo:Seed is ignored: the demo boards are only added in Development (this is {Environment})", app.Environment.EnvironmentName);
        if (wantsDemo && app.Environment.IsDevelopment())
        {
            var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(app.Services);
            await seeder.SeedAsync();
        }
    }
}

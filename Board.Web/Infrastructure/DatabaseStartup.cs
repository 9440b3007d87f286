using Board.Data.Database;
using Board.Web.Demo;

namespace Board.Web.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>Brings the schema up to date, then adds the demo boards when configured (Development only by default).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Board.Database");
        var database = app.Services.GetRequiredService<BoardDatabase>();
        logger.LogInformation("Using the database at {Path}", database.FilePath);
        PrivateDataFolder.Prepare(app.Services.GetRequiredService<StorageOptions>());
        Migrator.Upgrade(database, logger);

        if (app.Configuration.GetValue<bool>("Demo:Seed"))
        {
            var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(app.Services);
            await seeder.SeedAsync();
        }
    }
}

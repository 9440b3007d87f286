using DbUp;
using DbUp.Builder;
using DbUp.Engine.Output;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Board.Data.Database;

/// <summary>Applies the numbered scripts for the engine in use, in order, each in its own transaction, journaled by DbUp.</summary>
public static class Migrator
{
    public static void Upgrade(BoardDatabase database, ILogger logger)
    {
        if (database.IsSqlite)
            PrepareSqliteFile(database);

        var upgrader = Builder(database, database.ConnectionString)
            .WithTransactionPerScript()
            .LogTo(new DbUpLogger(logger))
            .Build();

        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"The database could not be brought up to date: {result.ErrorScript?.Name}", result.Error);
    }

    /// <summary>Whether every script has been applied (for the readiness check). Throws when the database cannot be read.</summary>
    public static bool IsUpToDate(BoardDatabase database) =>
        !Builder(database, ReadOnly(database)).LogToNowhere().Build().IsUpgradeRequired();

    /// <summary>The newest script applied, like "db.0009_board_administration.sql"; null before the first. Throws when the database cannot be read.</summary>
    public static string? NewestApplied(BoardDatabase database) =>
        Builder(database, ReadOnly(database)).LogToNowhere().Build().GetExecutedScripts().Order(StringComparer.Ordinal).LastOrDefault();

    private static UpgradeEngineBuilder Builder(BoardDatabase database, string connectionString)
    {
        var to = database.IsSqlite
            ? DeployChanges.To.SqliteDatabase(connectionString)
            : DeployChanges.To.PostgresqlDatabase(connectionString);
        return to.WithScripts(MigrationScripts.For(database.Provider));
    }

    private static string ReadOnly(BoardDatabase database) => database.IsSqlite
        ? new SqliteConnectionStringBuilder(database.ConnectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString()
        : database.ConnectionString;

    private static void PrepareSqliteFile(BoardDatabase database)
    {
        var folder = Path.GetDirectoryName(database.FilePath);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);

        // WAL lets readers carry on while a ballot is written; the mode is stored in the file, so set it once.
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode = WAL;";
        wal.ExecuteNonQuery();
    }

    private sealed class DbUpLogger(ILogger logger) : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) => logger.LogTrace(format, args);
        public void LogDebug(string format, params object[] args) => logger.LogDebug(format, args);
        public void LogInformation(string format, params object[] args) => logger.LogInformation(format, args);
        public void LogWarning(string format, params object[] args) => logger.LogWarning(format, args);
        public void LogError(string format, params object[] args) => logger.LogError(format, args);
        public void LogError(Exception ex, string format, params object[] args) => logger.LogError(ex, format, args);
    }
}

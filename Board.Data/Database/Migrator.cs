using DbUp;
using DbUp.Engine.Output;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Board.Data.Database;

/// <summary>Applies the numbered scripts from db/ in order, each in its own transaction, journaled by DbUp.</summary>
public static class Migrator
{
    public static void Upgrade(BoardDatabase database, ILogger logger)
    {
        var folder = Path.GetDirectoryName(database.FilePath);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);

        // WAL lets readers carry on while a ballot is written; the mode is stored in the file, so set it once.
        using (var connection = new SqliteConnection(database.ConnectionString))
        {
            connection.Open();
            using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        var upgrader = DeployChanges.To
            .SqliteDatabase(database.ConnectionString)
            .WithScriptsEmbeddedInAssembly(typeof(Migrator).Assembly, name => name.StartsWith("db.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogTo(new DbUpLogger(logger))
            .Build();

        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"The database could not be brought up to date: {result.ErrorScript?.Name}", result.Error);
    }

    /// <summary>Whether every script has been applied (for the readiness check). Throws when the file cannot be read.</summary>
    public static bool IsUpToDate(BoardDatabase database)
    {
        var readOnly = new SqliteConnectionStringBuilder(database.ConnectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString();
        var upgrader = DeployChanges.To
            .SqliteDatabase(readOnly)
            .WithScriptsEmbeddedInAssembly(typeof(Migrator).Assembly, name => name.StartsWith("db.", StringComparison.Ordinal))
            .LogToNowhere()
            .Build();
        return !upgrader.IsUpgradeRequired();
    }

    /// <summary>The newest script applied, like "db.0009_board_administration.sql"; null before the first. Throws when the file cannot be read.</summary>
    public static string? NewestApplied(BoardDatabase database)
    {
        var readOnly = new SqliteConnectionStringBuilder(database.ConnectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString();
        using var connection = new SqliteConnection(readOnly);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT CASE WHEN EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'SchemaVersions') THEN (SELECT MAX(ScriptName) FROM SchemaVersions) END";
        return command.ExecuteScalar() as string;
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

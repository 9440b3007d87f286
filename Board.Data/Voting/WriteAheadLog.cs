using System.Data.Common;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Voting;

/// <summary>What emptying SQLite's write-ahead log achieved: truncated, or how far it got and why not.</summary>
/// <param name="Busy">1 when a reader or writer stopped the checkpoint (the row SQLite returns).</param>
/// <param name="LogFrames">Frames in the log when the checkpoint returned (0 once truncated).</param>
/// <param name="LogBytes">The log file's length on disk after the checkpoint (0 once truncated).</param>
public sealed record LogCheckpoint(bool Truncated, int Attempts, int Busy, int LogFrames, long LogBytes)
{
    public string Describe() => Truncated
        ? $"The write-ahead log is empty (after {Attempts} attempt{(Attempts == 1 ? "" : "s")})."
        : $"The write-ahead log could not be emptied after {Attempts} attempts: busy {Busy}, {LogFrames} frames, {LogBytes} bytes on disk. "
          + "Something (a backup or a report) is reading the database. The log can link secret ballots to voters until it is emptied.";
}

/// <summary>
/// Empties the write-ahead log after a secret poll's writes. Each commit appends copies of the pages it changed to the
/// log, so until the log is checkpointed and truncated, a copy of the data folder holds the counters' page as it was
/// after every ballot, in order: beside the order of voters, that links each voter to a choice. A reader holding an
/// old snapshot stops the truncation (SQLite reports it as "busy" and leaves the log), so the result is checked, not
/// assumed: the busy flag, the frames left and the file's length on disk.
/// </summary>
internal static class WriteAheadLog
{
    /// <summary>Tries once without waiting for anyone: after each secret ballot, so the log holds at most the newest one.</summary>
    /// <remarks>On PostgreSQL nothing is done per ballot: a vacuum per ballot would queue every voter behind it; the close does it.</remarks>
    public static async Task<LogCheckpoint> TryTruncateAsync(DbConnection connection, string databasePath) =>
        connection.IsPostgres() ? new(true, 0, 0, 0, 0) : await CheckpointAsync(connection, databasePath, busyTimeoutMs: 0, attempt: 1);

    /// <summary>Tries, waiting a little longer each time (about 3 seconds in all), until the log is empty.</summary>
    public static async Task<LogCheckpoint> TruncateAsync(DbConnection connection, string databasePath, int attempts = 6)
    {
        if (connection.IsPostgres())
            return await PostgresSecretTraces.ClearAsync(connection, attempts);
        LogCheckpoint last = new(false, 0, 1, -1, -1);
        var wait = TimeSpan.FromMilliseconds(50);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            last = await CheckpointAsync(connection, databasePath, busyTimeoutMs: 200, attempt);
            if (last.Truncated)
                return last;
            await Task.Delay(wait);
            wait *= 2;
        }
        return last;
    }

    private static async Task<LogCheckpoint> CheckpointAsync(DbConnection connection, string databasePath, int busyTimeoutMs, int attempt)
    {
        try
        {
            await connection.ExecuteAsync($"PRAGMA busy_timeout = {busyTimeoutMs}");
            var (busy, log, _) = await connection.QuerySingleAsync<(int Busy, int Log, int Checkpointed)>("PRAGMA wal_checkpoint(TRUNCATE)");
            var walPath = databasePath + "-wal";
            var bytes = File.Exists(walPath) ? new FileInfo(walPath).Length : 0;
            return new(busy == 0 && log <= 0 && bytes == 0, attempt, busy, log, bytes);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // Another connection's checkpoint holds the lock: not truncated by this attempt.
            return new(false, attempt, 1, -1, -1);
        }
        finally
        {
            await connection.ExecuteAsync("PRAGMA busy_timeout = 5000"); // the pooled connection's usual wait (BoardDatabase)
        }
    }

    /// <summary>
    /// secure_delete makes SQLite overwrite freed space with zeros, so the counters' old bytes do not linger in free
    /// parts of a page. It is a per-connection setting, so every connection that writes a secret poll turns it on.
    /// </summary>
    public static Task SecureDeleteAsync(DbConnection connection) =>
        connection.IsPostgres() ? Task.CompletedTask : connection.ExecuteAsync("PRAGMA secure_delete = ON");

    public static string PathOf(BoardDatabase database) => database.FilePath;
}

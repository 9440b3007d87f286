using System.Data.Common;
using Dapper;
using Npgsql;

namespace Board.Data.Voting;

/// <summary>
/// PostgreSQL's counterpart of emptying SQLite's write-ahead log when a secret poll closes (ADR-007). Each ballot
/// leaves the counters' earlier row versions in the table's pages until a vacuum; read in order beside the voters'
/// rows they would link voters to choices. VACUUM FULL rewrites the counters into a new file, so a
/// copy of the database taken after the close holds only the final counts. Like SQLite's checkpoint, it must wait
/// for anyone reading those tables; it waits a little (lock_timeout), tries again, and reports if it could not.
/// </summary>
internal static class PostgresSecretTraces
{
    public static async Task<LogCheckpoint> ClearAsync(DbConnection connection, int attempts)
    {
        var wait = TimeSpan.FromMilliseconds(50);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            try
            {
                await connection.ExecuteAsync("SET lock_timeout = '500ms'");
                var before = await FileOfCountersAsync(connection);
                // VACUUM cannot run inside a transaction; each statement here runs on its own.
                await connection.ExecuteAsync("VACUUM (FULL) secret_counts");
                // A role that does not own the table gets only a warning and nothing is rewritten: check the file.
                if (await FileOfCountersAsync(connection) == before)
                    return new(false, attempt, 1, -1, -1);
                return new(true, attempt, 0, 0, 0);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.LockNotAvailable)
            {
                await Task.Delay(wait);
                wait *= 2;
            }
            finally
            {
                await connection.ExecuteAsync("RESET lock_timeout");
            }
        }
        return new(false, attempts, 1, -1, -1);
    }

    private static Task<long> FileOfCountersAsync(DbConnection connection) =>
        connection.ExecuteScalarAsync<long>("SELECT pg_relation_filenode('secret_counts')::bigint");
}

using System.Data;
using System.Data.Common;
using Dapper;
using Npgsql;

namespace Board.Data.Database;

/// <summary>
/// Every write transaction starts here, so both engines give the code the isolation it was written for.
/// </summary>
/// <remarks>
/// The stores read, then write, inside one transaction in several places (the audit chain's last hash, "the poll is
/// open" then the ballot, "one open poll per meeting", the minutes' and agenda's cross-table guards). On SQLite,
/// <c>BEGIN IMMEDIATE</c> takes the single write lock first, so nobody can write in between. On PostgreSQL the same
/// guarantee comes from one transaction-level advisory lock taken before the first read: writers queue exactly as on
/// SQLite while readers never wait (MVCC), and read committed gives each statement a snapshot taken after the lock,
/// so every read sees every earlier write. One lock for all writes is deliberate: a board's writes are a few per second
/// even in a full meeting; ADR-016 gives the figures and the way to split it per board if that ever stops holding.
/// </remarks>
public static class WriteTransactions
{
    /// <summary>The advisory lock every PostgreSQL write transaction holds (any fixed number; this spells "PBRD").</summary>
    public const long WriterLock = 0x50425244;

    public static async Task<DbTransaction> BeginWriteAsync(this DbConnection connection, CancellationToken cancellationToken = default)
    {
        if (connection is not NpgsqlConnection)
            return await connection.BeginTransactionAsync(cancellationToken); // Microsoft.Data.Sqlite: BEGIN IMMEDIATE

        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@lock)", new { @lock = WriterLock }, transaction, cancellationToken: cancellationToken));
        return transaction;
    }

    /// <summary>
    /// "IN @list" for a list parameter. Dapper spells a list out as (@list1, @list2, …) for SQLite but sends it to
    /// Npgsql as one array, which PostgreSQL compares with = ANY. Pass arrays: Npgsql sends arrays and lists, not sets.
    /// </summary>
    public static string In(this DbConnection connection, string listParameter) =>
        connection.IsPostgres() ? $"= ANY({listParameter})" : $"IN {listParameter}";

    /// <summary>"NOT IN @list", as <see cref="In"/>.</summary>
    public static string NotIn(this DbConnection connection, string listParameter) =>
        connection.IsPostgres() ? $"<> ALL({listParameter})" : $"NOT IN {listParameter}";

    /// <summary>Whether this connection is to PostgreSQL, for the few queries written twice (one per dialect).</summary>
    public static bool IsPostgres(this DbConnection connection) => connection is NpgsqlConnection;
}

using System.Data.Common;
using Board.Core.Voting;
using Board.Data.Database;
using Dapper;

namespace Board.Data.Voting;

/// <summary>
/// The append-only audit log. Entries are written inside the caller's transaction, so an entry exists exactly
/// when the change it records was committed. Writers hold SQLite's write lock (BEGIN IMMEDIATE), so reading the
/// last hash and appending the next entry cannot interleave.
/// </summary>
public sealed class AuditLog(BoardDatabase database)
{
    public static async Task AppendAsync(DbConnection connection, DbTransaction transaction, long boardId, DateTimeOffset at,
        string kind, string subject, string details)
    {
        var last = await connection.QueryFirstOrDefaultAsync<AuditRow>(
            "SELECT sequence AS Sequence, hash AS Hash FROM audit_log ORDER BY sequence DESC LIMIT 1", transaction: transaction);
        var sequence = (last?.Sequence ?? 0) + 1;
        var previous = last?.Hash ?? AuditChain.GenesisHash;
        var hash = AuditChain.HashOf(sequence, at, kind, subject, details, previous);
        await connection.ExecuteAsync(
            """
            INSERT INTO audit_log (sequence, board_id, at, kind, subject, details, previous_hash, hash)
            VALUES (@sequence, @boardId, @at, @kind, @subject, @details, @previous, @hash)
            """, new { sequence, boardId, at, kind, subject, details, previous, hash }, transaction);
    }

    /// <summary>The newest entry, read inside the caller's write transaction, so a writer can chain several entries on it.</summary>
    internal static async Task<AuditEntry?> LastAsync(DbConnection connection, DbTransaction transaction)
    {
        var row = await connection.QueryFirstOrDefaultAsync<AuditRow>(
            "SELECT sequence AS Sequence, at AS At, kind AS Kind, subject AS Subject, details AS Details, previous_hash AS PreviousHash, hash AS Hash FROM audit_log ORDER BY sequence DESC LIMIT 1",
            transaction: transaction);
        return row is null ? null : new AuditEntry(row.Sequence, row.At, row.Kind, row.Subject, row.Details, row.PreviousHash, row.Hash);
    }

    /// <summary>The statement that appends an entry made by <see cref="AuditChain.Next"/>; its values come from <see cref="ValuesOf"/>.</summary>
    internal const string InsertSql =
        """
        INSERT INTO audit_log (sequence, board_id, at, kind, subject, details, previous_hash, hash)
        VALUES (@auditSequence, @auditBoardId, @auditAt, @auditKind, @auditSubject, @auditDetails, @auditPrevious, @auditHash)
        """;

    internal static object ValuesOf(long boardId, AuditEntry entry) => new
    {
        auditSequence = entry.Sequence,
        auditBoardId = boardId,
        auditAt = entry.At,
        auditKind = entry.Kind,
        auditSubject = entry.Subject,
        auditDetails = entry.Details,
        auditPrevious = entry.PreviousHash,
        auditHash = entry.Hash,
    };

    public async Task AppendAsync(long boardId, DateTimeOffset at, string kind, string subject, string details)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginWriteAsync();
        await AppendAsync(connection, transaction, boardId, at, kind, subject, details);
        await transaction.CommitAsync();
    }

    /// <summary>The newest entry's number and hash: printed in the minutes, it anchors the chain against cutting entries off the end.</summary>
    public async Task<(long Sequence, string Hash)?> LatestAsync()
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<(long, string)?>("SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1");
    }

    /// <summary>The whole log in order, for checking the chain.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AllAsync()
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<AuditRow>(
            "SELECT sequence AS Sequence, at AS At, kind AS Kind, subject AS Subject, details AS Details, previous_hash AS PreviousHash, hash AS Hash FROM audit_log ORDER BY sequence");
        return rows.Select(r => new AuditEntry(r.Sequence, r.At, r.Kind, r.Subject, r.Details, r.PreviousHash, r.Hash)).ToList();
    }

    /// <summary>A board's entries of one kind, newest first, for reports (for example every assisted ballot).</summary>
    public async Task<IReadOnlyList<AuditEntry>> ForBoardAsync(long boardId, string? kind = null)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<AuditRow>(
            """
            SELECT sequence AS Sequence, at AS At, kind AS Kind, subject AS Subject, details AS Details, previous_hash AS PreviousHash, hash AS Hash
            FROM audit_log WHERE board_id = @boardId AND (@kind IS NULL OR kind = @kind) ORDER BY sequence DESC
            """, new { boardId, kind });
        return rows.Select(r => new AuditEntry(r.Sequence, r.At, r.Kind, r.Subject, r.Details, r.PreviousHash, r.Hash)).ToList();
    }

    private sealed class AuditRow
    {
        public long Sequence { get; init; }
        public DateTimeOffset At { get; init; }
        public string Kind { get; init; } = "";
        public string Subject { get; init; } = "";
        public string Details { get; init; } = "";
        public string PreviousHash { get; init; } = "";
        public string Hash { get; init; } = "";
    }
}

using Dapper;
using Microsoft.Data.Sqlite;

namespace Board.Data.Database;

/// <summary>What a restore must know about a backup's database before it lets the app start on it.</summary>
/// <param name="IntegrityCheck">SQLite's <c>PRAGMA integrity_check</c>: "ok" when the file is sound.</param>
/// <param name="AppliedScripts">The numbered scripts from db/ already applied to it (DbUp's journal), in order.</param>
/// <param name="UnknownScripts">Scripts applied to it that this version of the app does not have: it is from a newer version.</param>
/// <param name="StoredFiles">The names of the attachment files its rows refer to (agenda attachments, update evidence).</param>
public sealed record BackupInspection(string IntegrityCheck, IReadOnlyList<string> AppliedScripts, IReadOnlyList<string> UnknownScripts, IReadOnlyList<string> StoredFiles)
{
    /// <summary>The newest script applied, like "0009_board_administration", or null when none is.</summary>
    public string? NewestScript => AppliedScripts.Count == 0 ? null : Path.GetFileNameWithoutExtension(AppliedScripts[^1]).Replace("db.", "", StringComparison.Ordinal);

    /// <summary>
    /// Reads a database file without changing it (read-only, no pool). Throws <see cref="SqliteException"/> when the
    /// file is not a SQLite database at all, and <see cref="InvalidOperationException"/> when it is not this app's.
    /// </summary>
    public static BackupInspection Read(string file)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        var check = string.Join("; ", connection.Query<string>("PRAGMA integrity_check;"));
        if (check != "ok")
            return new(check, [], [], []);
        var hasJournal = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'SchemaVersions'") > 0;
        if (!hasJournal)
            throw new InvalidOperationException("it is not a PartnershipBoard database (it has no record of the db/ scripts)");
        var applied = connection.Query<string>("SELECT ScriptName FROM SchemaVersions ORDER BY ScriptName").ToList();
        var known = KnownScripts();
        var unknown = applied.Where(script => !known.Contains(script)).ToList();
        var stored = new List<string>();
        foreach (var table in new[] { "agenda_attachments", "update_evidence" })
        {
            var exists = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table", new { table }) > 0;
            if (exists)
                stored.AddRange(connection.Query<string>($"SELECT stored_name FROM {table}"));
        }
        return new(check, applied, unknown, stored);
    }

    private static HashSet<string> KnownScripts() => MigrationScripts.Names(StorageProvider.Sqlite);
}

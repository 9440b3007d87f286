using System.Reflection;
using DbUp.Engine;

namespace Board.Data.Database;

/// <summary>
/// The numbered scripts for one engine: db/sqlite/NNNN_*.sql or db/postgresql/NNNN_*.sql, same numbers and names.
/// </summary>
/// <remarks>
/// DbUp's journal records each script by name, and SQLite databases made before PostgreSQL existed recorded
/// "db.0001_create_composition.sql" and so on. Both sets keep that name, so an existing database never runs a script
/// twice, and a journal reads the same whichever engine wrote it.
/// </remarks>
public static class MigrationScripts
{
    private const string SqlitePrefix = "db.";
    private const string PostgresPrefix = "pgdb.";

    public static IReadOnlyList<SqlScript> For(StorageProvider provider)
    {
        var prefix = provider == StorageProvider.Sqlite ? SqlitePrefix : PostgresPrefix;
        var assembly = typeof(MigrationScripts).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new SqlScript(SqlitePrefix + name[prefix.Length..], Read(assembly, name)))
            .ToList();
    }

    /// <summary>The names every engine's journal uses, like "db.0009_board_administration.sql".</summary>
    public static HashSet<string> Names(StorageProvider provider) =>
        For(provider).Select(script => script.Name).ToHashSet(StringComparer.Ordinal);

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

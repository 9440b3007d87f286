namespace Board.Tests;

/// <summary>
/// The few bits of SQL the tests write that the two engines spell differently (the app's own SQL lives in Board.Data).
/// </summary>
public static class TestSql
{
    /// <summary>The values of <paramref name="expression"/> joined with commas, in the order the rows come.</summary>
    public static string Concat(string expression) =>
        TestEngine.IsPostgres ? $"string_agg(CAST({expression} AS text), ',')" : $"group_concat({expression}, ',')";

    /// <summary>A query for the column names of <paramref name="table"/>.</summary>
    public static string ColumnsOf(string table) => TestEngine.IsPostgres
        ? $"SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'"
        : $"SELECT name FROM pragma_table_info('{table}')";

    /// <summary>A literal of bytes, from hex digits.</summary>
    public static string Blob(string hex) => TestEngine.IsPostgres ? $"'\\x{hex}'::bytea" : $"X'{hex}'";

    /// <summary>Runs <paramref name="sql"/> with foreign keys unchecked, as only someone editing the database by hand could.</summary>
    public static string WithoutForeignKeys(string sql) => TestEngine.IsPostgres
        ? $"SET session_replication_role = replica; {sql}; SET session_replication_role = DEFAULT"
        : $"PRAGMA foreign_keys = OFF; {sql}";

    /// <summary>Drops a trigger, as someone with the database's files could.</summary>
    public static string DropTrigger(string trigger, string table) =>
        TestEngine.IsPostgres ? $"DROP TRIGGER {trigger} ON {table}" : $"DROP TRIGGER {trigger}";
}

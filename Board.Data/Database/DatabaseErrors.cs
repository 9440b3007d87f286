using Microsoft.Data.Sqlite;
using Npgsql;

namespace Board.Data.Database;

/// <summary>The database errors the stores answer in plain words, recognised on either engine.</summary>
public static class DatabaseErrors
{
    /// <summary>A unique index or primary key refused the row: SQLite's SQLITE_CONSTRAINT, PostgreSQL's 23505.</summary>
    public static bool IsUniqueViolation(Exception ex) => ex switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}

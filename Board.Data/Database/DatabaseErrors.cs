using Microsoft.Data.Sqlite;
using Npgsql;

namespace Board.Data.Database;

/// <summary>The database errors the stores answer in plain words, recognised on either engine.</summary>
public static class DatabaseErrors
{
    /// <summary>A constraint refused the change: unique, foreign key, check or not null (SQLite's SQLITE_CONSTRAINT, PostgreSQL's class 23).</summary>
    public static bool IsConstraintViolation(Exception ex) => ex switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        PostgresException postgres => postgres.SqlState.StartsWith("23", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>A check constraint refused the row: SQLite says so in its message, PostgreSQL's code is 23514.</summary>
    public static bool IsCheckViolation(Exception ex) => ex switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.Message.Contains("CHECK constraint failed", StringComparison.Ordinal),
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.CheckViolation,
        _ => false,
    };

    /// <summary>A unique index or primary key refused the row: SQLite's SQLITE_CONSTRAINT, PostgreSQL's 23505.</summary>
    public static bool IsUniqueViolation(Exception ex) => ex switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}

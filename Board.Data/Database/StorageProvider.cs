namespace Board.Data.Database;

/// <summary>
/// Which engine holds the board's data. SQLite is the embedded default (one file, one process); PostgreSQL lets
/// several app servers share one database (ADR-016).
/// </summary>
public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}

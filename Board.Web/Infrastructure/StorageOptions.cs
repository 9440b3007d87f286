using Board.Data.Database;

namespace Board.Web.Infrastructure;

/// <summary>
/// Where the app keeps its data. By default an SQLite file and the files beside it under App_Data (ignored by git).
/// With <c>Storage:Provider = PostgreSql</c> the data is in the database named by <c>ConnectionStrings:Board</c>, and
/// the data folder holds only the uploaded files: several servers then share it (ADR-016).
/// </summary>
public sealed record StorageOptions(string DatabasePath, string KeysFolder, string AttachmentsFolder)
{
    public StorageProvider Provider { get; init; } = StorageProvider.Sqlite;

    /// <summary>The PostgreSQL connection string; empty on SQLite.</summary>
    public string ConnectionString { get; init; } = "";

    public bool IsSqlite => Provider == StorageProvider.Sqlite;

    /// <summary>The folder that holds the keys and attachments (and, by default, the database).</summary>
    public string DataFolder => Path.GetDirectoryName(KeysFolder)!;

    public static StorageOptions From(IConfiguration configuration, string contentRoot)
    {
        var dataFolder = configuration["Storage:DataFolder"] is { Length: > 0 } folder
            ? folder
            : Path.Combine(contentRoot, "App_Data");
        var databasePath = configuration["Storage:DatabasePath"] is { Length: > 0 } path
            ? path
            : Path.Combine(dataFolder, "partnershipboard.db");
        var provider = ProviderFrom(configuration["Storage:Provider"]);
        var connectionString = configuration.GetConnectionString("Board") ?? "";
        if (provider == StorageProvider.PostgreSql && connectionString.Length == 0)
            throw new InvalidOperationException("Storage:Provider is PostgreSql but ConnectionStrings:Board is not set. Set it to the database's connection string (see docs/scale-out.md).");
        return new(Path.GetFullPath(databasePath), Path.GetFullPath(Path.Combine(dataFolder, "keys")),
            Path.GetFullPath(Path.Combine(dataFolder, "attachments")))
        {
            Provider = provider,
            ConnectionString = connectionString,
        };
    }

    /// <summary>The database these settings name.</summary>
    public BoardDatabase OpenDatabase() => IsSqlite ? new BoardDatabase(DatabasePath) : BoardDatabase.PostgreSql(ConnectionString);

    private static StorageProvider ProviderFrom(string? setting) => setting switch
    {
        null or "" => StorageProvider.Sqlite,
        _ when Enum.TryParse<StorageProvider>(setting, ignoreCase: true, out var provider) => provider,
        _ => throw new InvalidOperationException($"Storage:Provider is \"{setting}\": it must be Sqlite or PostgreSql."),
    };
}

namespace Board.Web.Infrastructure;

/// <summary>Where the app keeps its files. By default under App_Data beside the app (ignored by git).</summary>
public sealed record StorageOptions(string DatabasePath, string KeysFolder, string AttachmentsFolder)
{
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
        return new(Path.GetFullPath(databasePath), Path.GetFullPath(Path.Combine(dataFolder, "keys")),
            Path.GetFullPath(Path.Combine(dataFolder, "attachments")));
    }
}

using System.Globalization;
using Dapper;

namespace Board.Data.Database;

/// <summary>One data-protection key as ASP.NET Core writes it: an XML element under a unique name.</summary>
public sealed record DataProtectionKeyRow(string FriendlyName, string Xml);

/// <summary>
/// The data-protection keys (which sign the sign-in cookie and antiforgery tokens) in the database, so that every app
/// server of a PostgreSQL deployment reads the same keys and accepts the others' cookies (ADR-016). The SQLite app
/// keeps its keys in the keys/ folder and never calls this.
/// </summary>
public sealed class DataProtectionKeyStore(BoardDatabase database)
{
    public async Task<IReadOnlyList<DataProtectionKeyRow>> ListAsync()
    {
        await using var connection = await database.OpenAsync();
        return [.. await connection.QueryAsync<DataProtectionKeyRow>("""
            SELECT friendly_name AS FriendlyName, xml AS Xml FROM data_protection_keys ORDER BY id
            """)];
    }

    /// <summary>Adds a key. Names are unique (a new GUID each); two servers writing the same one keep the first.</summary>
    public async Task AddAsync(string friendlyName, string xml, DateTimeOffset createdAt)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("""
            INSERT INTO data_protection_keys (friendly_name, xml, created_at) VALUES (@friendlyName, @xml, @createdAt)
            ON CONFLICT (friendly_name) DO NOTHING
            """, new { friendlyName, xml, createdAt = createdAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) });
    }
}

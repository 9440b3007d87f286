using System.Xml.Linq;
using Board.Data.Database;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Board.Web.ScaleOut;

/// <summary>
/// Data-protection keys in the database (PostgreSQL deployments), so a cookie or form token made by one server is
/// read by every other (ADR-016). The interface is synchronous; ASP.NET Core calls it at start and when a key is
/// about to expire (every 90 days), never per request, so waiting on the store here costs nothing that matters.
/// </summary>
public sealed class DatabaseKeyRepository(DataProtectionKeyStore store, TimeProvider clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. store.ListAsync().GetAwaiter().GetResult().Select(row => XElement.Parse(row.Xml))];

    public void StoreElement(XElement element, string friendlyName) =>
        store.AddAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting), clock.GetUtcNow()).GetAwaiter().GetResult();
}

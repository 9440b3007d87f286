using Board.Core.Accounts;
using Board.Data.Accounts;
using Board.Web.Infrastructure;

namespace Board.Web.Security;

/// <summary>A link made for one person, shown or sent once: the token in it is not stored, only its hash.</summary>
public sealed record IssuedLink(string Url, DateTimeOffset ExpiresAt);

/// <summary>
/// Makes set-your-password links (invitations and resets). The link is absolute on the configured public address
/// (<see cref="PublicAddress"/>), never the request's Host header, which anyone can set to send people elsewhere.
/// </summary>
public sealed class AccountLinkIssuer(AccountLinkStore links, PublicAddress address, TimeProvider clock)
{
    public const string PathPrefix = "/set-password/";

    public async Task<IssuedLink> IssueAsync(long personId, LinkPurpose purpose)
    {
        var token = CardTokens.NewToken();
        var now = clock.GetUtcNow();
        var expiresAt = now + AccountLinks.Lifetime(purpose);
        await links.IssueAsync(personId, purpose, CardTokens.Hash(token), now, expiresAt);
        return new(address.Link(PathPrefix + token), expiresAt);
    }
}

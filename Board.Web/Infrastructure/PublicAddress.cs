namespace Board.Web.Infrastructure;

/// <summary>
/// The address people use to reach the site (configuration <c>PublicBaseUrl</c>, e.g.
/// <c>https://board.example.gov.uk</c>). Every absolute link (emails, set-password and sign-in card links, the
/// calendar feed) and the hubs' Origin check use it, never the request's Host header, which anyone can set.
/// </summary>
public sealed record PublicAddress(Uri BaseUri)
{
    /// <summary>Used in Development when nothing is configured: the address `dotnet run` serves.</summary>
    public const string DevelopmentDefault = "http://localhost:5080";

    /// <summary>The origin a browser sends from this site's pages: scheme, host and port (when not the default).</summary>
    public string Origin => BaseUri.GetLeftPart(UriPartial.Authority);

    /// <summary>An absolute link to a path of this site ("/card/abc" → "https://board.example/card/abc").</summary>
    public string Link(string pathAndQuery) =>
        BaseUri.GetLeftPart(UriPartial.Authority) + BaseUri.AbsolutePath.TrimEnd('/') + "/" + pathAndQuery.TrimStart('/');

    public static PublicAddress From(IConfiguration configuration, IHostEnvironment environment)
    {
        // Smtp:PublicBaseUrl was the email links' own setting before this one; it still works, so old settings keep working.
        var configured = configuration["PublicBaseUrl"] is { Length: > 0 } value ? value : configuration["Smtp:PublicBaseUrl"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (!environment.IsDevelopment())
                throw new InvalidOperationException(
                    "Set PublicBaseUrl to the address people use to reach the site, for example https://board.example.gov.uk.");
            configured = DevelopmentDefault;
        }
        if (!Uri.TryCreate(configured, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new InvalidOperationException($"PublicBaseUrl must be a full http or https address; it is \"{configured}\".");
        return new(uri);
    }
}

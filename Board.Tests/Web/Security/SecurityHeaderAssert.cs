namespace Board.Tests.Web.Security;

/// <summary>The headers every response must carry (Infrastructure/SecurityHeaders.cs), as problems in plain words.</summary>
internal static class SecurityHeaderAssert
{
    public static IEnumerable<string> Problems(HttpResponseMessage response, string what)
    {
        var csp = Header(response, "Content-Security-Policy");
        if (csp is null)
            yield return $"{what}: no Content-Security-Policy";
        else
        {
            if (csp.Contains("unsafe-inline", StringComparison.Ordinal) || csp.Contains("unsafe-eval", StringComparison.Ordinal))
                yield return $"{what}: the CSP allows inline or eval'd code: {csp}";
            if (!csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal))
                yield return $"{what}: the CSP lets other sites frame the page: {csp}";
        }
        if (Header(response, "X-Content-Type-Options") != "nosniff")
            yield return $"{what}: no X-Content-Type-Options: nosniff";
        if (Header(response, "Referrer-Policy") is null)
            yield return $"{what}: no Referrer-Policy";
        if (Header(response, "Permissions-Policy") is null)
            yield return $"{what}: no Permissions-Policy";
        if (Header(response, "Server") is { } server)
            yield return $"{what}: a Server header ({server})";
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}

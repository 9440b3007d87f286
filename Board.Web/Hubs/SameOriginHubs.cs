using Board.Web.Infrastructure;

namespace Board.Web.Hubs;

/// <summary>
/// The hubs accept browser connections only from this site. Browsers send an Origin header with WebSocket and
/// cross-site requests; one that is not the configured public address (<see cref="PublicAddress"/>) is refused, so a
/// page elsewhere cannot use a member's sign-in to vote. The request's own scheme and Host are not used: behind a TLS
/// proxy they are the proxy's, and anyone can set the Host header. (Non-browser clients send no Origin and are
/// checked by their sign-in like any request.)
/// </summary>
public static class SameOriginHubs
{
    public static WebApplication UseSameOriginHubs(this WebApplication app)
    {
        var origin = app.Services.GetRequiredService<PublicAddress>().Origin;
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/hubs")
                && context.Request.Headers.Origin is [{ } sent]
                && !string.Equals(sent, origin, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            await next();
        });
        return app;
    }
}

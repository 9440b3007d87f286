namespace Board.Web.Hubs;

/// <summary>
/// The hubs accept browser connections only from this site. Browsers send an Origin header with WebSocket and
/// cross-site requests; one that names another site is refused, so a page elsewhere cannot use a member's
/// sign-in to vote. (Non-browser clients send no Origin and are checked by their sign-in like any request.)
/// </summary>
public static class SameOriginHubs
{
    public static WebApplication UseSameOriginHubs(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/hubs")
                && context.Request.Headers.Origin is [{ } origin]
                && !string.Equals(origin, $"{context.Request.Scheme}://{context.Request.Host}", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            await next();
        });
        return app;
    }
}

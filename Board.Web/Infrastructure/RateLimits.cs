using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Board.Web.Infrastructure;

/// <summary>
/// ASP.NET Core's rate limiter, per client address (the real one, from the proxy's forwarded headers). Only form
/// posts count: reading a page is never limited. The limits are generous, because a council office or a meeting room
/// may share one address; guessing one account's password is held back by the account's own tries (ADR-010). Pages
/// opt in with <c>[EnableRateLimiting(RateLimits.SignIn)]</c>. Each limit is a setting (<c>RateLimits:SignInPerMinute</c> …).
/// A refused request gets 429 and the plain "Please wait a minute" page. The agenda pack is the one read that counts:
/// anyone may ask for it and building one is heavy (ADR-013).
/// </summary>
public static class RateLimits
{
    /// <summary>The password sign-in form.</summary>
    public const string SignIn = "sign-in";

    /// <summary>"Sign me in" on a sign-in card.</summary>
    public const string Card = "card";

    /// <summary>Asking for a password reset link and setting a new password (the forgot-password pages).</summary>
    public const string PasswordReset = "password-reset";

    /// <summary>Forms that upload files (attachments, evidence, pictures, CSV imports).</summary>
    public const string Uploads = "uploads";

    /// <summary>Downloading an agenda pack (a GET: every request counts, 304s too).</summary>
    public const string AgendaPacks = "agenda-packs";

    public static IServiceCollection AddBoardRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Board.RateLimits")
                    .LogWarning("Too many requests to {Path} from {Address}", context.HttpContext.Request.Path, context.HttpContext.Connection.RemoteIpAddress);
                return ValueTask.CompletedTask;
            };
            // Per address, and a meeting's Reps often share one (the venue's Wi-Fi): 20 cards tapped in the first minute
            // must all get in, so the address limits are wide; guessing is held back per account (ADR-010).
            AddPerAddress(options, SignIn, configuration.GetValue("RateLimits:SignInPerMinute", 60), TimeSpan.FromMinutes(1));
            AddPerAddress(options, Card, configuration.GetValue("RateLimits:CardPerMinute", 120), TimeSpan.FromMinutes(1));
            AddPerAddress(options, PasswordReset, configuration.GetValue("RateLimits:PasswordResetPer15Minutes", 10), TimeSpan.FromMinutes(15));
            AddPerAddress(options, Uploads, configuration.GetValue("RateLimits:UploadsPerMinute", 60), TimeSpan.FromMinutes(1));
            // A room of Reps behind one address may each fetch the pack before a meeting: 30 a minute is plenty for them.
            var packs = configuration.GetValue("RateLimits:AgendaPacksPerMinute", 30);
            options.AddPolicy(AgendaPacks, context => RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = packs, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    private static void AddPerAddress(RateLimiterOptions options, string policy, int permits, TimeSpan window) =>
        options.AddPolicy(policy, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("read")
            : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
}

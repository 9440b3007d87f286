using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Board.Web.Infrastructure;

/// <summary>
/// What the app needs to be safe on the internet: forwarded headers from the configured proxy only, the allowed host
/// names, Secure/HttpOnly/SameSite cookies, HSTS and HTTPS redirection, and the security headers on every response.
/// </summary>
public static class InternetSafetyExtensions
{
    public static IServiceCollection AddBoardInternetSafety(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var proxy = ReverseProxyOptions.From(configuration);
        services.AddSingleton(proxy);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Only the proxies named in configuration are believed; the framework's default (loopback) is not assumed.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in proxy.KnownProxies)
                options.KnownProxies.Add(address);
            foreach (var network in proxy.KnownNetworks)
                options.KnownIPNetworks.Add(network);
        });

        // "AllowedHosts": "*" (the default) outside Development means only the public address's host name, and this
        // machine's own names, so a health check on the server itself (curl http://127.0.0.1:5000/health/ready) works.
        services.AddOptions<HostFilteringOptions>().PostConfigure<PublicAddress>((options, address) =>
        {
            if (!environment.IsDevelopment() && options.AllowedHosts is [] or ["*"])
                options.AllowedHosts = [address.BaseUri.IdnHost, "localhost", "127.0.0.1", "[::1]"];
        });

        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddCookiePolicy(options =>
        {
            // Development runs on plain http://localhost; everywhere else a cookie never travels without TLS.
            options.Secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        return services;
    }

    /// <summary>First in the pipeline, so that every response (pages, files, errors, PDFs, the hub) gets the headers.</summary>
    public static WebApplication UseBoardInternetSafety(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ReverseProxyOptions>().IsConfigured)
            app.UseForwardedHeaders();
        app.UseSecurityHeaders(SecurityHeaders.Policy(app.Environment));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            // Behind a proxy, the proxy redirects to HTTPS (docs/operations.md); the app sees the scheme it forwards.
            if (!app.Services.GetRequiredService<ReverseProxyOptions>().IsConfigured)
                app.UseHttpsRedirection();
        }
        app.UseCookiePolicy();
        return app;
    }
}

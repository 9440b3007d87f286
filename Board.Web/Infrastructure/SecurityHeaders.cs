namespace Board.Web.Infrastructure;

/// <summary>
/// The headers on every response, from NetEscapades.AspNetCore.SecurityHeaders. The pages have no inline script or
/// style (scripts are files under /js, colours are classes), so the Content-Security-Policy allows only this site's
/// own files, and no page can be framed (the signed-in vote page must not be put inside someone else's page).
/// </summary>
public static class SecurityHeaders
{
    public static HeaderPolicyCollection Policy(IHostEnvironment environment) => new HeaderPolicyCollection()
        .AddFrameOptionsDeny()
        .AddContentTypeOptionsNoSniff()
        // Same-origin only: a sign-in card's address (/card/{token}) must never be sent to another site.
        .AddReferrerPolicySameOrigin()
        .AddCrossOriginOpenerPolicy(policy => policy.SameOrigin())
        .RemoveServerHeader()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self();
            // GOV.UK Frontend's styles use small data: images; pictures and QR codes are served from here.
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self();
            // The hubs: 'self' covers ws(s):// to this site in current browsers.
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
            if (!environment.IsDevelopment())
                csp.AddUpgradeInsecureRequests();
        })
        .AddPermissionsPolicy(permissions =>
        {
            permissions.AddCamera().None();
            permissions.AddMicrophone().None();
            permissions.AddGeolocation().None();
            permissions.AddPayment().None();
            permissions.AddUsb().None();
            permissions.AddFullscreen().Self();
        });
}

using System.Net;
using Board.Tests.Web;
using Microsoft.AspNetCore.SignalR.Client;

namespace Board.Tests.ScaleOut;

/// <summary>
/// A person signed in on one server through the real sign-in form, whose cookies can then be sent to any server, as a
/// browser behind a load balancer does when its next request lands elsewhere.
/// </summary>
public sealed class ServerSession
{
    private ServerSession(string userName, RoleSession session)
    {
        UserName = userName;
        Session = session;
    }

    public string UserName { get; }

    public RoleSession Session { get; }

    public string Cookie => Session.CookieHeader!;

    /// <summary>A client for one server that neither follows redirects nor keeps cookies (each request carries its own).</summary>
    public static HttpClient ClientFor(AppServerProcess server) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<ServerSession> SignInAsync(AppServerProcess server, string userName)
    {
        using var client = ClientFor(server);
        return new ServerSession(userName, await RoleSession.SignInAsync(client, userName));
    }

    /// <summary>GET with this person's cookies on <paramref name="server"/>: the status and the page.</summary>
    public async Task<(HttpStatusCode Status, string Html, string? Location)> GetAsync(AppServerProcess server, string path)
    {
        using var client = ClientFor(server);
        using var request = Session.Request(HttpMethod.Get, path);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.ToString());
    }

    /// <summary>A form post with this person's cookies and antiforgery token (issued by whichever server they signed in on).</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostAsync(AppServerProcess server, string path, IDictionary<string, string> fields)
    {
        using var client = ClientFor(server);
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = Session.Token }),
        };
        request.Headers.Add("Cookie", Cookie);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Connected to the meeting hub of <paramref name="server"/> with this person's cookies (WebSockets, as browsers use).
    /// No automatic reconnect: when a server dies the caller connects to another, as the load balancer would send it.
    /// </summary>
    public async Task<HubConnection> ConnectAsync(AppServerProcess server)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.Address, "/hubs/meeting"), options => options.Headers["Cookie"] = Cookie)
            .Build();
        await connection.StartAsync();
        return connection;
    }
}

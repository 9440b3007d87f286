using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Board.Web.Hubs;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Board.Bench;

/// <summary>
/// One member's device: a SignalR connection over WebSockets that joins the meeting, hears the poll open and close,
/// and casts a ballot. The same client talks to the echo hub, so both runs pay the same client-side costs.
/// </summary>
internal sealed partial class VoterClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly TaskCompletionSource<PollView> _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<long> _closedAt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _progressMessages;

    public VoterClient(Uri hubUri, string? cookie)
    {
        _connection = new HubConnectionBuilder()
            .WithUrl(hubUri, HttpTransportType.WebSockets, options =>
            {
                // WebSockets only, as a phone on a good connection would end up: no negotiate round trip.
                options.SkipNegotiation = true;
                if (cookie is not null)
                    options.Headers["Cookie"] = cookie;
            })
            .Build();
        // Two cores carry the app and every client: keep a slow moment from being read as a dead server.
        _connection.ServerTimeout = TimeSpan.FromMinutes(2);
        _connection.HandshakeTimeout = TimeSpan.FromMinutes(1);
        _connection.On<PollView>(nameof(IMeetingClient.PollOpened), poll => _opened.TrySetResult(poll));
        _connection.On<ProgressView>(nameof(IMeetingClient.VoteProgress), _ => Interlocked.Increment(ref _progressMessages));
        _connection.On<ResultView>(nameof(IMeetingClient.PollClosed), _ => _closedAt.TrySetResult(Stopwatch.GetTimestamp()));
    }

    /// <summary>The poll as this client heard it open.</summary>
    public Task<PollView> Opened => _opened.Task;

    /// <summary>When this client heard the result (a <see cref="Stopwatch"/> timestamp).</summary>
    public Task<long> ClosedAt => _closedAt.Task;

    public int ProgressMessages => Volatile.Read(ref _progressMessages);

    public Task ConnectAsync(CancellationToken cancellationToken) => _connection.StartAsync(cancellationToken);

    public Task<MeetingSync> JoinAsync(long meetingId) =>
        _connection.InvokeAsync<MeetingSync>(nameof(MeetingHub.JoinMeeting), meetingId);

    public Task<BallotAck> CastAsync(long meetingId, long pollId, long optionId, string idempotencyKey) =>
        _connection.InvokeAsync<BallotAck>(nameof(MeetingHub.CastBallot), meetingId, pollId, optionId, idempotencyKey, (long?)null);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    /// <summary>
    /// Signs in by card the way a phone does after scanning the QR code: opens /card/{token}, then presses the button
    /// (a form post with the page's antiforgery token). Returns the Cookie header that carries the sign-in.
    /// </summary>
    public static async Task<string> SignInByCardAsync(HttpClient http, string token)
    {
        using var page = await http.GetAsync($"card/{token}");
        page.EnsureSuccessStatusCode();
        var antiforgeryCookie = CookiesNamed(page, "pb.antiforgery");
        var formToken = FormToken().Match(await page.Content.ReadAsStringAsync());
        if (!formToken.Success)
            throw new InvalidOperationException("The card page has no antiforgery token.");

        using var press = new HttpRequestMessage(HttpMethod.Post, $"card/{token}")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", formToken.Groups[1].Value)]),
        };
        press.Headers.Add("Cookie", antiforgeryCookie);
        using var signedIn = await http.SendAsync(press);
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Card sign-in answered {(int)signedIn.StatusCode}, not a redirect.");
        return CookiesNamed(signedIn, "pb.signin");
    }

    /// <summary>The cookie (or its chunks, if the cookie handler split it) as name=value pairs for a Cookie header.</summary>
    private static string CookiesNamed(HttpResponseMessage response, string name)
    {
        var pairs = response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';', 2)[0]).Where(pair => pair.StartsWith(name, StringComparison.Ordinal)).ToList()
            : [];
        return pairs.Count > 0 ? string.Join("; ", pairs) : throw new InvalidOperationException($"No {name} cookie was set.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}

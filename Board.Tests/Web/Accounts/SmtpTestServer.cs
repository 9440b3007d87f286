using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Board.Web.Jobs;
using MailKit.Security;

namespace Board.Tests.Web.Accounts;

public sealed record ReceivedEmail(string Recipient, string Data);

/// <summary>
/// Just enough SMTP for MailKit to hand over messages (no TLS, no auth, every command accepted), on loopback, for
/// the web tests' whole app and for the email job's own tests (Web/Jobs/EmailJobTests.cs).
/// </summary>
public sealed partial class SmtpTestServer : IDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private int _connections;

    private SmtpTestServer(TcpListener listener) => _listener = listener;

    public ConcurrentQueue<ReceivedEmail> Messages { get; } = new();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How many times a client connected: a run with nothing to send should not connect at all.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public static SmtpTestServer Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var server = new SmtpTestServer(listener);
        _ = server.AcceptAsync();
        return server;
    }

    /// <summary>A loopback port nothing listens on (for "the server is down").</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The email settings that send to this server.</summary>
    public SmtpOptions Options() => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        Security = SecureSocketOptions.None,
        From = "Riverside Partnership Board <board@riverside.example>",
    };

    /// <summary>The first set-password link emailed to this address, waiting up to 15 seconds (some are sent by a job).</summary>
    public async Task<string> LinkSentToAsync(string email, int skip = 0)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            var links = Messages.Where(m => m.Recipient == $"<{email}>")
                .Select(m => SetPasswordLink().Match(m.Data)).Where(m => m.Success).Select(m => m.Value).ToList();
            if (links.Count > skip)
                return links[skip];
            await Task.Delay(100);
        }
        Assert.Fail($"No set-password link was emailed to {email}");
        return "";
    }

    public int CountTo(string email) => Messages.Count(m => m.Recipient == $"<{email}>");

    [GeneratedRegex("https://board\\.example/set-password/[A-Za-z0-9_-]{43}")]
    private static partial Regex SetPasswordLink();

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                _ = ServeAsync(client);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream);
            await using var writer = new StreamWriter(stream) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost ready");
            var recipient = "";
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                switch (line.Split(' ', 2)[0].ToUpperInvariant())
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "RCPT":
                        recipient = line.Split(':', 2)[1].Trim();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 Go ahead");
                        var data = new System.Text.StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                            data.AppendLine(dataLine);
                        Messages.Enqueue(new ReceivedEmail(recipient, data.ToString()));
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}

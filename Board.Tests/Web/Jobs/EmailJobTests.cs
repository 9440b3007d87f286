using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Board.Core.Composition;
using Board.Data.Notifications;
using Board.Data.People;
using Board.Tests.Data;
using Board.Web.Infrastructure;
using Board.Web.Jobs;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Board.Tests.Web.Jobs;

/// <summary>The email job over a real database, against a tiny SMTP server on loopback (there is no real one here).</summary>
public sealed class EmailJobTests
{
    private TestDatabase _db = null!;
    private NotificationStore _notifications = null!;
    private BoardClock _clock = null!;
    private long _withEmail;
    private long _withoutEmail;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _notifications = new NotificationStore(_db.Database);
        _clock = new BoardClock(new FakeTimeProvider(TestData.Now), TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        var boardId = await TestData.BoardAsync(_db.Database);
        var people = new PersonStore(_db.Database);
        _withEmail = await people.CreateAsync(boardId, "Carer With Email", Role.FamilyCarer, null, "carer@riverside.example", TestData.Now);
        _withoutEmail = await people.CreateAsync(boardId, "Rep Without Email", Role.Rep, null, null, TestData.Now);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task RunAsync_SmtpNotConfigured_SendsNothingAndMarksNothing()
    {
        await _notifications.SendAsync(_withEmail, "k1", "Board meeting in 3 days", "The board meeting is on Thursday.", "/boards/1/meetings/2", TestData.Now);
        var job = Job(new SmtpOptions());

        var sent = await job.RunAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent, Is.Zero);
            Assert.That((await _notifications.UnemailedAsync(10)).Select(p => p.Subject), Is.EqualTo(new[] { "Board meeting in 3 days" }));
        }
    }

    [Test]
    public async Task RunAsync_SmtpConfigured_SendsEachWaitingMessageOnceWithAnAbsoluteLink()
    {
        using var server = FakeSmtpServer.Start();
        await _notifications.SendAsync(_withEmail, "k1", "Board meeting in 3 days", "The board meeting is on Thursday.\nBring your sign-in card.", "/boards/1/meetings/2", TestData.Now);
        await _notifications.SendAsync(_withEmail, "k2", "4 days left to send items", "Send items by Friday.", null, TestData.Now);
        await _notifications.SendAsync(_withoutEmail, "k1", "Board meeting in 3 days", "No address, so inbox only.", "/boards/1/meetings/2", TestData.Now);
        var job = Job(server.Options());

        var sent = await job.RunAsync();
        var again = await job.RunAsync();

        var messages = server.Messages.ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent, Is.EqualTo(2));
            Assert.That(again, Is.Zero);
            Assert.That(server.Connections, Is.EqualTo(1), "nothing waiting, so the second run does not even connect");
            Assert.That(messages, Has.Count.EqualTo(2));
            Assert.That(messages.Select(m => m.Recipient), Is.All.EqualTo("<carer@riverside.example>"));
            Assert.That(messages[0].Data, Does.Contain("Subject: Board meeting in 3 days"));
            Assert.That(messages[0].Data, Does.Contain("Bring your sign-in card."));
            Assert.That(messages[0].Data, Does.Contain("https://board.example/boards/1/meetings/2"));
            Assert.That(messages[1].Data, Does.Contain("Subject: 4 days left to send items"));
            Assert.That(await _notifications.UnemailedAsync(10), Is.Empty);
        }
    }

    [Test]
    public async Task RunAsync_ServerDown_ThrowsAndMarksNothing()
    {
        await _notifications.SendAsync(_withEmail, "k1", "Subject", "Body.", null, TestData.Now);
        // A port nobody listens on: nothing is marked, so the next minute's run tries again.
        var job = Job(new SmtpOptions
        {
            Host = "127.0.0.1",
            Port = FakeSmtpServer.FreePort(),
            Security = SecureSocketOptions.None,
            From = "board@riverside.example",
        });

        await Assert.ThatAsync(() => job.RunAsync(), Throws.InstanceOf<SocketException>());
        Assert.That(await _notifications.UnemailedAsync(10), Has.Count.EqualTo(1));
    }

    [TestCase(null, null, true)]
    [TestCase("smtp.example", "board@riverside.example", true)]
    [TestCase("smtp.example", null, false)]
    [TestCase("smtp.example", "not an address", false)]
    public void IsValid_WhenHostIsSet_NeedsASenderAddress(string? host, string? from, bool expected)
    {
        var options = new SmtpOptions { Host = host, From = from };

        Assert.That(options.IsValid, Is.EqualTo(expected));
    }

    private EmailJob Job(SmtpOptions options) =>
        new(_notifications, Options.Create(options), new PublicAddress(new Uri("https://board.example/")), _clock, NullLogger<EmailJob>.Instance);

    private sealed record ReceivedMessage(string Recipient, string Data);

    /// <summary>Just enough SMTP for MailKit to hand over messages: no TLS, no auth, every command accepted.</summary>
    private sealed class FakeSmtpServer : IDisposable
    {
        private readonly TcpListener _listener;
        private readonly CancellationTokenSource _stop = new();
        private int _connections;

        private FakeSmtpServer(TcpListener listener) => _listener = listener;

        public ConcurrentQueue<ReceivedMessage> Messages { get; } = new();

        public int Connections => Volatile.Read(ref _connections);

        public static FakeSmtpServer Start()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var server = new FakeSmtpServer(listener);
            _ = server.AcceptAsync();
            return server;
        }

        public static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        public SmtpOptions Options() => new()
        {
            Host = "127.0.0.1",
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port,
            Security = SecureSocketOptions.None,
            From = "Riverside Partnership Board <board@riverside.example>",
        };

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
                    var command = line.Split(' ', 2)[0].ToUpperInvariant();
                    switch (command)
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
                            Messages.Enqueue(new ReceivedMessage(recipient, data.ToString()));
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
}

using System.Net.Sockets;
using Board.Core.Composition;
using Board.Data.Notifications;
using Board.Data.People;
using Board.Tests.Data;
using Board.Tests.Web.Accounts;
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
    private readonly EmailStatus _status = new();

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
    public async Task RunAsync_ServerUnreachable_FailsAndKeepsTheReasonForTheHealthPanel()
    {
        await _notifications.SendAsync(_withEmail, "k1", "Board meeting in 3 days", "The board meeting is on Thursday.", null, TestData.Now);
        int closedPort;
        using (var listener = new TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }
        var job = Job(new SmtpOptions { Host = "127.0.0.1", Port = closedPort, Security = SecureSocketOptions.None, From = "board@riverside.example" });

        Assert.That(async () => await job.RunAsync(), Throws.InstanceOf<SocketException>());
        Assert.That(_status.LastFailure, Is.Not.Null);
        Assert.That(_status.LastFailure!.At, Is.EqualTo(TestData.Now));
    }

    [Test]
    public async Task RunAsync_SmtpConfigured_SendsEachWaitingMessageOnceWithAnAbsoluteLink()
    {
        using var server = SmtpTestServer.Start();
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
            Port = SmtpTestServer.FreePort(),
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
        new(_notifications, Options.Create(options), new PublicAddress(new Uri("https://board.example/")), _clock, _status, NullLogger<EmailJob>.Instance);
}

using System.Net;
using Board.Data.Notifications;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web;

/// <summary>The inbox at /me/inbox: your own messages only, newest first, and "mark all as read".</summary>
[TestFixture]
public sealed class InboxTests
{
    private static readonly DateTimeOffset Sent = new(2026, 6, 1, 9, 30, 0, TimeSpan.Zero);

    private BoardAppFactory _factory = null!;
    private NotificationStore _notifications = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _factory = new BoardAppFactory();
        _notifications = _factory.Services.GetRequiredService<NotificationStore>();
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task Get_Anonymous_RedirectsToSignIn()
    {
        using var client = _factory.NewClient();

        var response = await client.GetAsync("/me/inbox");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/sign-in"));
    }

    [Test]
    public async Task Get_NoMessages_SaysSo()
    {
        using var partner = await _factory.SignedInClientAsync("partner@riverside.example");

        var html = await partner.GetStringAsync("/me/inbox");

        Assert.That(html, Does.Contain("You have no messages."));
        Assert.That(html, Does.Not.Contain("Mark all as read"));
    }

    [Test]
    public async Task Get_WithMessages_ShowsOwnMessagesNewestFirstMarkedNew()
    {
        var carer = await PersonIdAsync("carer@riverside.example");
        var rep = await PersonIdAsync("rep@riverside.example");
        await _notifications.SendAsync(carer, "test:older", "Older message for the carer", "First line.\nSecond line.", null, Sent);
        await _notifications.SendAsync(carer, "test:newer", "Board meeting in 3 days", "Bring your sign-in card.", "/boards/1/meetings/2", Sent.AddHours(1));
        await _notifications.SendAsync(rep, "test:rep", "A message only for the Rep", "Not for the carer.", null, Sent);
        using var client = await _factory.SignedInClientAsync("carer@riverside.example");

        var html = await client.GetStringAsync("/me/inbox");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("<title>My messages"));
            Assert.That(html.IndexOf("Board meeting in 3 days", StringComparison.Ordinal),
                Is.LessThan(html.IndexOf("Older message for the carer", StringComparison.Ordinal)), "newest first");
            Assert.That(html, Does.Contain("<p class=\"govuk-body-l\">First line.</p>"));
            Assert.That(html, Does.Contain("<p class=\"govuk-body-l\">Second line.</p>"));
            Assert.That(html, Does.Contain("Bring your sign-in card."));
            Assert.That(html, Does.Contain("Sent on Monday 1 June 2026 at 11:30am"), "local time (British Summer Time)");
            Assert.That(html, Does.Contain("href=\"/boards/1/meetings/2\">See the meeting<span class=\"govuk-visually-hidden\">: Board meeting in 3 days</span></a>"));
            Assert.That(Occurrences(html, ">New</strong>"), Is.EqualTo(2));
            Assert.That(html, Does.Contain("Mark all as read"));
            Assert.That(html, Does.Not.Contain("A message only for the Rep"));
        }
    }

    [Test]
    public async Task PostMarkRead_MarksAllOfMyMessagesReadAndNobodyElses()
    {
        var supporter = await PersonIdAsync("supporter@riverside.example");
        var coordinator = await PersonIdAsync("coordinator@riverside.example");
        await _notifications.SendAsync(supporter, "test:one", "4 days left to send items", "Send items by Friday.", null, Sent);
        await _notifications.SendAsync(supporter, "test:two", "Tomorrow is the last day to send items", "Send items by Friday.", null, Sent);
        await _notifications.SendAsync(coordinator, "test:coordinator", "For the coordinator", "Still unread.", null, Sent);
        using var client = await _factory.SignedInClientAsync("supporter@riverside.example");

        var response = await BoardAppFactory.PostFormAsync(client, "/me/inbox", new Dictionary<string, string>(), handler: "MarkRead");
        var html = await client.GetStringAsync("/me/inbox");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo("/me/inbox"));
            Assert.That(html, Does.Contain("All your messages are marked as read."));
            Assert.That(html, Does.Contain("4 days left to send items"), "read messages stay in the inbox");
            Assert.That(html, Does.Not.Contain(">New</strong>"));
            Assert.That(html, Does.Not.Contain("Mark all as read"));
            Assert.That(await _notifications.UnreadCountAsync(supporter), Is.Zero);
            Assert.That(await _notifications.UnreadCountAsync(coordinator), Is.EqualTo(1));
        }
    }

    private async Task<long> PersonIdAsync(string email)
    {
        await using var connection = await _factory.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT person_id FROM accounts WHERE user_name = @email", new { email });
    }

    private static int Occurrences(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}

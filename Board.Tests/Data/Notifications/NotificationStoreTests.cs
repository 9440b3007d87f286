using Board.Core.Composition;
using Board.Data.Notifications;
using Board.Data.People;

namespace Board.Tests.Data.Notifications;

public sealed class NotificationStoreTests
{
    private const string Key = "deadline-7:meeting:12";

    private TestDatabase _db = null!;
    private NotificationStore _store = null!;
    private long _withEmailId;
    private long _withoutEmailId;
    private long _blankEmailId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new NotificationStore(_db.Database);
        var boardId = await TestData.BoardAsync(_db.Database);
        var people = new PersonStore(_db.Database);
        _withEmailId = await people.CreateAsync(boardId, "Sue Supporter", Role.Supporter, null, "sue@example.org", TestData.Now);
        _withoutEmailId = await people.CreateAsync(boardId, "Riley Rep", Role.Rep, null, null, TestData.Now);
        _blankEmailId = await people.CreateAsync(boardId, "Cara Carer", Role.FamilyCarer, null, "", TestData.Now);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    private Task<bool> SendAsync(long personId, string key = Key, string subject = "Items are due in 7 days", DateTimeOffset? at = null) =>
        _store.SendAsync(personId, key, subject, "Send your group's items by Tuesday 24 November 2026.", "/meetings/12", at ?? TestData.Now);

    [Test]
    public async Task SendAsync_ThenInboxAsync_ShowsTheMessageUnread()
    {
        var sent = await SendAsync(_withEmailId);

        var inbox = await _store.InboxAsync(_withEmailId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent, Is.True);
            Assert.That(inbox, Is.EqualTo(new[]
            {
                new Notification
                {
                    Id = inbox[0].Id,
                    PersonId = _withEmailId,
                    CreatedAt = TestData.Now,
                    Subject = "Items are due in 7 days",
                    Body = "Send your group's items by Tuesday 24 November 2026.",
                    Link = "/meetings/12",
                    IsRead = false,
                },
            }));
        }
    }

    // A job that runs twice, or is retried after a crash, sends nothing twice.
    [Test]
    public async Task SendAsync_TwiceWithTheSameKey_SecondReturnsFalseAndKeepsOneMessage()
    {
        await SendAsync(_withEmailId, subject: "First try");

        var second = await SendAsync(_withEmailId, subject: "Retry", at: TestData.Now.AddMinutes(1));

        var inbox = await _store.InboxAsync(_withEmailId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(second, Is.False);
            Assert.That(inbox.Select(n => n.Subject), Is.EqualTo(new[] { "First try" }));
        }
    }

    [Test]
    public async Task SendAsync_SameKeyToDifferentPeople_ReachesEach()
    {
        var first = await SendAsync(_withEmailId);
        var second = await SendAsync(_withoutEmailId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.True);
            Assert.That(second, Is.True);
            Assert.That(await _store.InboxAsync(_withoutEmailId), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task InboxAsync_NewestFirst_UpToTake()
    {
        await SendAsync(_withEmailId, "a", "First");
        await SendAsync(_withEmailId, "b", "Second");
        await SendAsync(_withEmailId, "c", "Third");

        var inbox = await _store.InboxAsync(_withEmailId, take: 2);

        Assert.That(inbox.Select(n => n.Subject), Is.EqualTo(new[] { "Third", "Second" }));
    }

    [Test]
    public async Task UnreadCountAsync_CountsOnlyThisPersonsUnreadMessages()
    {
        await SendAsync(_withEmailId, "a");
        await SendAsync(_withEmailId, "b");
        await SendAsync(_withoutEmailId, "a");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.UnreadCountAsync(_withEmailId), Is.EqualTo(2));
            Assert.That(await _store.UnreadCountAsync(_withoutEmailId), Is.EqualTo(1));
            Assert.That(await _store.UnreadCountAsync(_blankEmailId), Is.Zero);
        }
    }

    [Test]
    public async Task MarkAllReadAsync_MarksOnlyThisPersonsMessages()
    {
        await SendAsync(_withEmailId, "a");
        await SendAsync(_withEmailId, "b");
        await SendAsync(_withoutEmailId, "a");

        await _store.MarkAllReadAsync(_withEmailId, TestData.Now.AddHours(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.UnreadCountAsync(_withEmailId), Is.Zero);
            Assert.That((await _store.InboxAsync(_withEmailId)).Select(n => n.IsRead), Is.All.True);
            Assert.That(await _store.UnreadCountAsync(_withoutEmailId), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task MarkAllReadAsync_ThenANewMessage_IsUnread()
    {
        await SendAsync(_withEmailId, "a");
        await _store.MarkAllReadAsync(_withEmailId, TestData.Now.AddHours(1));

        await SendAsync(_withEmailId, "b", "New");

        Assert.That(await _store.UnreadCountAsync(_withEmailId), Is.EqualTo(1));
    }

    [Test]
    public async Task UnemailedAsync_OnlyPeopleWithAnEmailAddress_OldestFirst()
    {
        await SendAsync(_withEmailId, "a", "First");
        await SendAsync(_withoutEmailId, "a");
        await SendAsync(_blankEmailId, "a");
        await SendAsync(_withEmailId, "b", "Second");

        var pending = await _store.UnemailedAsync(take: 10);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pending.Select(p => p.Subject), Is.EqualTo(new[] { "First", "Second" }));
            Assert.That(pending.Select(p => p.Email), Is.All.EqualTo("sue@example.org"));
            Assert.That(pending[0].Link, Is.EqualTo("/meetings/12"));
        }
    }

    [Test]
    public async Task UnemailedAsync_TakesOnlyAsManyAsAsked()
    {
        await SendAsync(_withEmailId, "a", "First");
        await SendAsync(_withEmailId, "b", "Second");

        var pending = await _store.UnemailedAsync(take: 1);

        Assert.That(pending.Select(p => p.Subject), Is.EqualTo(new[] { "First" }));
    }

    [Test]
    public async Task MarkEmailedAsync_MessageIsNotPendingAgain()
    {
        await SendAsync(_withEmailId, "a", "First");
        await SendAsync(_withEmailId, "b", "Second");
        var first = (await _store.UnemailedAsync(take: 1)).Single();

        await _store.MarkEmailedAsync(first.Id, TestData.Now.AddMinutes(5));

        var pending = await _store.UnemailedAsync(take: 10);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pending.Select(p => p.Subject), Is.EqualTo(new[] { "Second" }));
            Assert.That(await _store.UnreadCountAsync(_withEmailId), Is.EqualTo(2), "emailing does not mark the message read in the app");
        }
    }
}

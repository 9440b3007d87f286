using Board.Core.Composition;
using Board.Core.Plans;
using Board.Data.Boards;
using Board.Data.Notifications;
using Board.Data.People;
using Board.Data.Plans;
using Board.Tests.Data;
using Board.Web.Infrastructure;
using Board.Web.Jobs;
using Dapper;
using Microsoft.Extensions.Time.Testing;

namespace Board.Tests.Web.Jobs;

/// <summary>The plan reminder job over a real database: owners and followers hear once, however often it runs.</summary>
public sealed class PlanReminderJobTests
{
    // Monday 23 November 2026, 10am in London.
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private TestDatabase _db = null!;
    private FakeTimeProvider _time = null!;
    private PlanReminderJob _job = null!;
    private PlanStore _plans = null!;
    private long _owner;
    private long _otherPartner;
    private long _follower;
    private long _lateAction;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _time = new FakeTimeProvider(Monday);
        var clock = new BoardClocks(_time, new BoardStore(_db.Database), Microsoft.Extensions.Logging.Abstractions.NullLogger<BoardClocks>.Instance,
            TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        var people = new PersonStore(_db.Database);
        _plans = new PlanStore(_db.Database);
        var follows = new FollowStore(_db.Database);
        _job = new PlanReminderJob(new BoardStore(_db.Database), _plans, people, follows, new NotificationStore(_db.Database), clock);

        var boardId = await TestData.BoardAsync(_db.Database);
        _owner = await people.CreateAsync(boardId, "Nadia NHS", Role.Partner, "Riverside NHS", null, Monday);
        _otherPartner = await people.CreateAsync(boardId, "Colin Council", Role.Partner, "Riverside Council", null, Monday);
        _follower = await TestData.PersonAsync(_db.Database, boardId, "Carla Carer", Role.FamilyCarer);
        var planId = await _plans.CreatePlanAsync(boardId, "Our plan", 2026, 2029);
        var chapter = await _plans.AddChapterAsync(planId, "Good Health", "Doctors must explain things.", "health");
        _lateAction = await _plans.AddActionAsync(chapter, "Easy read letters", "Letters in easy read.", "Riverside NHS", null, new DateOnly(2026, 11, 20));
        await _plans.AddActionAsync(chapter, "Health checks", "Yearly health checks.", "Riverside NHS", null, new DateOnly(2026, 11, 26));
        await _plans.AddActionAsync(chapter, "Council list", "A list of services.", "Riverside Council", null, new DateOnly(2027, 6, 1));
        await follows.FollowAsync(_follower, null, chapter);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task OwnersHearOfLateAndSoonDueActions_FollowersOfTheLateOne_AndRunningAgainSendsNothing()
    {
        var first = await _job.RunAsync();
        var again = await _job.RunAsync();

        var messages = await MessagesAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(3), "the owner: one late, one due in 3 days; the follower: one became late");
            Assert.That(again, Is.Zero);
            Assert.That(messages.Count(m => m.PersonId == _owner), Is.EqualTo(2));
            Assert.That(messages.Count(m => m.PersonId == _follower), Is.EqualTo(1));
            Assert.That(messages.Any(m => m.PersonId == _otherPartner), Is.False, "another organisation's partner is not the owner");
        }
    }

    [Test]
    public async Task NextWeek_TheOwnerHearsAgainThatItIsStillLate_TheFollowerDoesNot()
    {
        await _job.RunAsync();
        _time.Advance(TimeSpan.FromDays(7));

        await _job.RunAsync();

        var messages = await MessagesAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(messages.Count(m => m.PersonId == _owner && m.Key.StartsWith($"overdue:action:{_lateAction}", StringComparison.Ordinal)), Is.EqualTo(2));
            Assert.That(messages.Count(m => m.PersonId == _follower && m.Key.StartsWith($"became-overdue:action:{_lateAction}:", StringComparison.Ordinal)), Is.EqualTo(1),
                "followers hear once that it became late");
            Assert.That(messages.Count(m => m.PersonId == _follower && m.Key.StartsWith("became-overdue", StringComparison.Ordinal)), Is.EqualTo(2),
                "the health checks, due on Thursday, became late during the week");
        }
    }

    [Test]
    public async Task OnMonday_FollowersGetADigestOfLastWeeksUpdates_Once()
    {
        var action = (await _plans.ActionsAsync(1)).First(a => a.Id == _lateAction);
        await _plans.PostUpdateAsync(action, _owner, "Printing starts soon.", "Printing starts soon.", null, ActionStatus.AtRisk, Monday.AddDays(-2));

        await _job.RunAsync();
        await _job.RunAsync();

        var digests = (await MessagesAsync()).Where(m => m.Key.StartsWith("digest:", StringComparison.Ordinal)).ToList();
        Assert.That(digests.Select(d => d.PersonId), Is.EqualTo(new[] { _follower }));
    }

    private async Task<List<(long PersonId, string Key)>> MessagesAsync()
    {
        await using var connection = await _db.Database.OpenAsync();
        return (await connection.QueryAsync<(long PersonId, string Key)>("SELECT person_id, dedupe_key FROM notifications")).ToList();
    }
}

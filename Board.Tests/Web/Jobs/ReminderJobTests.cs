using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Data.Groups;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Data.Notifications;
using Board.Tests.Core;
using Board.Tests.Data;
using Board.Web.Infrastructure;
using Board.Web.Jobs;
using Dapper;
using Microsoft.Extensions.Time.Testing;

namespace Board.Tests.Web.Jobs;

/// <summary>The hourly reminder job over a real database: who hears what, and nobody hears anything twice.</summary>
public sealed class ReminderJobTests
{
    // Monday 1 June 2026, 10:30am in London (British Summer Time, UTC+1).
    private static readonly DateTimeOffset MondayMorning = new(2026, 6, 1, 9, 30, 0, TimeSpan.Zero);

    private TestDatabase _db = null!;
    private FakeTimeProvider _time = null!;
    private NotificationStore _notifications = null!;
    private ReminderJob _job = null!;
    private long _boardId;
    private long _soonMeetingId;
    private long _laterMeetingId;
    private long _supporterOne;
    private long _supporterOfBoth;
    private long _rep;
    private long _repWithApologies;
    private long _carer;
    private long _formerRep;
    private long _nonMember;
    private long _otherBoardSupporter;
    private long _otherBoardMember;
    private long _otherBoardId;
    private MeetingStore _meetings = null!;
    private Board.Data.Boards.BoardStore _boards = null!;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        var database = _db.Database;
        _time = new FakeTimeProvider(MondayMorning);
        _boards = new Board.Data.Boards.BoardStore(database);
        var clock = new BoardClocks(_time, _boards, Microsoft.Extensions.Logging.Abstractions.NullLogger<BoardClocks>.Instance,
            TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        var groups = new GroupStore(database);
        var memberships = new MembershipStore(database);
        var meetings = _meetings = new MeetingStore(database);
        var attendance = new AttendanceStore(database);
        _notifications = new NotificationStore(database);
        _job = new ReminderJob(meetings, groups, new MemberQueries(database), attendance, _notifications, clock);

        _boardId = await TestData.BoardWithRulesAsync(database);
        var north = await TestData.GroupAsync(database, _boardId, "Speak Up North");
        var south = await TestData.GroupAsync(database, _boardId, "Speak Up South");
        _supporterOne = await TestData.PersonAsync(database, _boardId, "Supporter One", Role.Supporter);
        _supporterOfBoth = await TestData.PersonAsync(database, _boardId, "Supporter Of Both", Role.Supporter);
        await groups.SetSupportersAsync(_boardId, north, [_supporterOne, _supporterOfBoth]);
        await groups.SetSupportersAsync(_boardId, south, [_supporterOfBoth]);

        _rep = await MemberAsync(memberships, "Rep", Role.Rep, Seats.Rep, north, termTo: null);
        _repWithApologies = await MemberAsync(memberships, "Rep With Apologies", Role.Rep, Seats.Rep, south, termTo: null);
        _carer = await MemberAsync(memberships, "Carer", Role.FamilyCarer, Seats.Carer, null, termTo: null);
        _formerRep = await MemberAsync(memberships, "Former Rep", Role.Rep, Seats.Rep, north, termTo: new DateOnly(2026, 5, 31));
        _nonMember = await TestData.PersonAsync(database, _boardId, "Not A Member", Role.Partner);

        // Another board, with nothing due: none of its people hear about this board's meetings.
        var otherBoardId = _otherBoardId = await TestData.BoardWithRulesAsync(database, "Hillside Partnership Board");
        var otherGroup = await TestData.GroupAsync(database, otherBoardId, "Hillside Voices");
        _otherBoardSupporter = await TestData.PersonAsync(database, otherBoardId, "Hillside Supporter", Role.Supporter);
        await groups.SetSupportersAsync(otherBoardId, otherGroup, [_otherBoardSupporter]);
        _otherBoardMember = await TestData.PersonAsync(database, otherBoardId, "Hillside Rep");
        await memberships.CreateAsync(new Membership(0, otherBoardId, _otherBoardMember, Seats.Rep, new DateOnly(2025, 4, 1), null, false, otherGroup));

        // Wednesday 3 June at 10am, agenda published: the 3-day meeting reminder is due.
        _soonMeetingId = await meetings.CreateAsync(_boardId, Draft("June meeting", start: "2026-06-03 10:00", deadline: "2026-05-27 17:00"));
        await meetings.MoveAsync(_boardId, _soonMeetingId, MeetingState.Scheduled, MeetingState.CallingForItems, MondayMorning);
        await meetings.MoveAsync(_boardId, _soonMeetingId, MeetingState.CallingForItems, MeetingState.AgendaPublished, MondayMorning);
        await attendance.MarkAsync(_soonMeetingId, _repWithApologies, AttendanceMark.Apologies, new DateTime(2026, 5, 30, 12, 0, 0));

        // Items for the 20 June meeting close on Friday 5 June at 5pm: the 7-day deadline reminder is due.
        _laterMeetingId = await meetings.CreateAsync(_boardId, Draft("Later June meeting", start: "2026-06-20 10:00", deadline: "2026-06-05 17:00"));

        // Far off: nothing due yet.
        await meetings.CreateAsync(_boardId, Draft("July meeting", start: "2026-07-20 10:00", deadline: "2026-07-01 17:00"));
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task RunAsync_DeadlineComing_TellsEachSupporterOfTheBoardsGroupsOnce()
    {
        var created = await _job.RunAsync();

        var supporterOne = await _notifications.InboxAsync(_supporterOne);
        var supporterOfBoth = await _notifications.InboxAsync(_supporterOfBoth);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created, Is.EqualTo(4), "2 supporters for the deadline, 2 members for the meeting");
            Assert.That(supporterOne.Select(n => n.Subject), Is.EqualTo(new[] { "4 days left to send items" }));
            Assert.That(supporterOfBoth.Select(n => n.Subject), Is.EqualTo(new[] { "4 days left to send items" }), "once, though they support two groups");
            Assert.That(supporterOne.Single().Link, Is.EqualTo($"/boards/{_boardId}/meetings/{_laterMeetingId}/items/new"));
            Assert.That(supporterOne.Single().Body, Does.Contain("Send items by Friday 5 June 2026 at 5pm."));
            Assert.That(await _notifications.InboxAsync(_otherBoardSupporter), Is.Empty);
        }
    }

    [Test]
    public async Task RunAsync_BoardsInOtherZones_AreRemindedByTheirOwnClock()
    {
        // 9:30 UTC on Monday 1 June is 10:30am in London and 9:30pm in Auckland. A meeting at 8pm on Thursday 4 June
        // is less than 3 days away in Auckland, but not yet in London.
        await _boards.SetTimeZoneAsync(_otherBoardId, "Pacific/Auckland");
        var auckland = await _meetings.CreateAsync(_otherBoardId, Draft("Evening meeting", start: "2026-06-04 20:00", deadline: "2026-05-20 17:00"));
        await _meetings.CreateAsync(_boardId, Draft("Evening meeting", start: "2026-06-04 20:00", deadline: "2026-05-20 17:00"));

        await _job.RunAsync();

        var otherMember = await _notifications.InboxAsync(_otherBoardMember);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(otherMember.Select(n => n.Link), Is.EqualTo(new[] { $"/boards/{_otherBoardId}/meetings/{auckland}" }));
            Assert.That((await _notifications.InboxAsync(_rep)).Select(n => n.Link), Is.EqualTo(new[] { $"/boards/{_boardId}/meetings/{_soonMeetingId}" }),
                "in London the evening meeting is still more than 3 days away");
        }
    }

    [Test]
    public async Task RunAsync_MeetingComing_TellsCurrentMembersExceptThoseWithApologies()
    {
        await _job.RunAsync();

        var rep = await _notifications.InboxAsync(_rep);
        var carer = await _notifications.InboxAsync(_carer);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rep.Select(n => n.Subject), Is.EqualTo(new[] { "Board meeting in 2 days" }));
            Assert.That(carer.Select(n => n.Subject), Is.EqualTo(new[] { "Board meeting in 2 days" }));
            Assert.That(rep.Single().Link, Is.EqualTo($"/boards/{_boardId}/meetings/{_soonMeetingId}"));
            Assert.That(rep.Single().Body, Does.Contain("The board meeting is on Wednesday 3 June 2026."));
            Assert.That(rep.Single().Body, Does.Contain("Bring your sign-in card."));
            Assert.That(rep.Single().IsRead, Is.False);
            Assert.That(await _notifications.InboxAsync(_repWithApologies), Is.Empty, "sent apologies");
            Assert.That(await _notifications.InboxAsync(_formerRep), Is.Empty, "term ended before the meeting");
            Assert.That(await _notifications.InboxAsync(_nonMember), Is.Empty, "not a member");
            Assert.That(await _notifications.InboxAsync(_otherBoardMember), Is.Empty, "another board");
        }
    }

    [Test]
    public async Task RunAsync_RunAgain_CreatesNothingNew()
    {
        var first = await _job.RunAsync();
        var rowsAfterFirst = await NotificationCountAsync();

        _time.Advance(TimeSpan.FromHours(1));
        var second = await _job.RunAsync();
        var third = await _job.RunAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(4));
            Assert.That(second, Is.Zero);
            Assert.That(third, Is.Zero);
            Assert.That(await NotificationCountAsync(), Is.EqualTo(rowsAfterFirst));
        }
    }

    [Test]
    public async Task RunAsync_RunsInParallel_StillSendsEachMessageOnce()
    {
        var counts = await Task.WhenAll(_job.RunAsync(), _job.RunAsync(), _job.RunAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(counts.Sum(), Is.EqualTo(4));
            Assert.That(await NotificationCountAsync(), Is.EqualTo(4));
        }
    }

    [Test]
    public async Task RunAsync_DaysLater_SendsTheTwoDayDeadlineReminderOnlyAsTheNextStep()
    {
        await _job.RunAsync();

        // Thursday 4 June, 10:30am: the June meeting has happened, items close tomorrow at 5pm.
        _time.Advance(TimeSpan.FromDays(3));
        var created = await _job.RunAsync();

        var supporterOne = await _notifications.InboxAsync(_supporterOne);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created, Is.EqualTo(2));
            Assert.That(supporterOne.Select(n => n.Subject), Is.EqualTo(new[]
            {
                "Tomorrow is the last day to send items",
                "4 days left to send items",
            }), "newest first");
            Assert.That((await _notifications.InboxAsync(_rep)).Count, Is.EqualTo(1), "no new meeting reminder after it started");
            Assert.That(await NotificationCountAsync(), Is.EqualTo(6));
        }
    }

    private async Task<long> MemberAsync(MembershipStore memberships, string name, Role role, string seat, long? groupId, DateOnly? termTo)
    {
        var personId = await TestData.PersonAsync(_db.Database, _boardId, name, role);
        await memberships.CreateAsync(new Membership(0, _boardId, personId, seat, new DateOnly(2025, 4, 1), termTo, false, groupId));
        return personId;
    }

    private async Task<long> NotificationCountAsync()
    {
        await using var connection = await _db.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM notifications");
    }

    private static MeetingDraft Draft(string title, string start, string deadline)
    {
        var startsAt = DateTime.ParseExact(start, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return new MeetingDraft(title, startsAt, startsAt.AddHours(2), "Riverside Community Centre", null, null,
            DateTime.ParseExact(deadline, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}

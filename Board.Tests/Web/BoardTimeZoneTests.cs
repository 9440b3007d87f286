using System.Net;
using Board.Core.Meetings;
using Board.Data.Boards;
using Board.Data.Meetings;
using Board.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Board.Tests.Web;

/// <summary>
/// Two boards in different zones at one moment: noon on 2 December in London is 1am on 3 December in Auckland. Each
/// board's pages, forms and calendar read time in the board's own zone.
/// </summary>
public sealed class BoardTimeZoneTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
    private BoardAppFactory _factory = null!;
    private DemoIds _ids = null!;
    private long _londonEvening;
    private long _aucklandEvening;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new BoardAppFactory();
        var time = new FakeTimeProvider(Noon);
        _factory.ExtraServices.Add(services => services.AddSingleton<TimeProvider>(time));
        _ids = await DemoIds.LoadAsync(_factory.Database);
        var boards = _factory.Services.GetRequiredService<BoardStore>();
        await boards.SetTimeZoneAsync(_ids.Riverside, "Europe/London");
        await boards.SetTimeZoneAsync(_ids.Hillside, "Pacific/Auckland");
        var clocks = _factory.Services.GetRequiredService<BoardClocks>();
        clocks.Forget(_ids.Riverside);
        clocks.Forget(_ids.Hillside);

        // The evening of 2 December on each board, in its own local time.
        var meetings = _factory.Services.GetRequiredService<MeetingStore>();
        _londonEvening = await EveningAsync(meetings, _ids.Riverside, "London evening meeting", 2);
        _aucklandEvening = await EveningAsync(meetings, _ids.Hillside, "Auckland evening meeting", 2);
        await EveningAsync(meetings, _ids.Hillside, "Auckland next evening meeting", 3);
    }

    private static async Task<long> EveningAsync(MeetingStore meetings, long boardId, string title, int day)
    {
        var starts = new DateTime(2026, 12, day, 18, 0, 0);
        var id = await meetings.CreateAsync(boardId, new MeetingDraft(title, starts, starts.AddHours(2), "Town hall", null, null, starts.AddDays(-7)));
        await meetings.MoveAsync(boardId, id, MeetingState.Scheduled, MeetingState.CallingForItems, Noon);
        return id;
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task MeetingsPage_ShowsWhatIsStillToComeInTheBoardsOwnZone()
    {
        using var client = _factory.NewClient();

        var london = await client.GetStringAsync($"/boards/{_ids.Riverside}/meetings");
        var auckland = await client.GetStringAsync($"/boards/{_ids.Hillside}/meetings");

        // The cards under "Next meetings"; a meeting that is over is listed further down, as past.
        const string next = "govuk-summary-card__title\">";
        Assert.That(london, Does.Contain(next + "London evening meeting, Wednesday 2 December 2026"), "6pm today in London is still to come");
        Assert.That(auckland, Does.Not.Contain(next + "Auckland evening meeting,"), "in Auckland it is already 1am tomorrow");
        Assert.That(auckland, Does.Contain(next + "Auckland next evening meeting, Thursday 3 December 2026"));
    }

    [Test]
    public async Task PlanMeeting_ThisEvening_IsInTheFutureInLondonButNotInAuckland()
    {
        using var london = await _factory.SignedInClientAsync("coordinator@riverside.example");
        using var auckland = await _factory.SignedInClientAsync("coordinator@hillside.example");

        var inLondon = await BoardAppFactory.PostFormAsync(london, $"/boards/{_ids.Riverside}/manage/meetings", Evening());
        var inAuckland = await BoardAppFactory.PostFormAsync(auckland, $"/boards/{_ids.Hillside}/manage/meetings", Evening());

        Assert.That(inLondon.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "planned");
        var html = await inAuckland.Content.ReadAsStringAsync();
        Assert.That(inAuckland.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("The meeting must be in the future."));
    }

    private static Dictionary<string, string> Evening() => new()
    {
        ["Input.Title"] = "Evening check",
        ["Input.Date"] = "2 December 2026",
        ["Input.StartTime"] = "7pm",
        ["Input.EndTime"] = "9pm",
        ["Input.Venue"] = "Town hall",
        ["Input.DeadlineDate"] = "1 December 2026",
        ["Input.DeadlineTime"] = "5pm",
    };

    [Test]
    public async Task CalendarFeed_GivesEachBoardsTimesInUtcFromItsOwnZone()
    {
        using var client = _factory.NewClient();

        var london = await client.GetStringAsync($"/boards/{_ids.Riverside}/meetings.ics");
        var auckland = await client.GetStringAsync($"/boards/{_ids.Hillside}/meetings.ics");

        // 6pm in London in December is 18:00 UTC; 6pm in Auckland (summer time, UTC+13) is 05:00 UTC that day.
        Assert.That(Event(london, _londonEvening), Does.Contain("DTSTART:20261202T180000Z").And.Contain("DTEND:20261202T200000Z"));
        Assert.That(Event(auckland, _aucklandEvening), Does.Contain("DTSTART:20261202T050000Z").And.Contain("DTEND:20261202T070000Z"));
    }

    /// <summary>The lines of one meeting's event in the feed.</summary>
    private static string Event(string feed, long meetingId)
    {
        var start = feed.IndexOf($"UID:meeting-{meetingId}-", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"meeting {meetingId} is in the feed");
        return feed[start..feed.IndexOf("END:VEVENT", start, StringComparison.Ordinal)];
    }
}

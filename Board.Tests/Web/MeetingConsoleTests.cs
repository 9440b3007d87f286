using System.Net;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Meetings;
using Board.Tests.Web.Hubs;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web;

/// <summary>
/// The meeting console and self check-in through HTTP (ADR-012): the server asks before what is hard to undo, forged
/// or foreign ids are refused with nothing changed, and a check-in code works only for members while the meeting is live.
/// </summary>
[TestFixture]
public sealed class MeetingConsoleTests
{
    private LiveMeeting _meeting = null!;
    private HttpClient _coordinator = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _meeting = await LiveMeeting.StartAsync();
        _coordinator = await _meeting.Factory.SignedInClientAsync("coordinator@riverside.example");
    }

    [TearDown]
    public async Task StopAsync()
    {
        _coordinator.Dispose();
        await _meeting.DisposeAsync();
    }

    private string Console => $"/boards/{_meeting.Ids.Riverside}/manage/meetings/{_meeting.MeetingId}/console";

    private Task<string> StateAsync(long pollId) => _meeting.ScalarAsync<string>("SELECT state FROM polls WHERE id = @pollId", new { pollId });

    [Test]
    public async Task CloseVote_WhileSomeHereHaveNotVoted_AsksFirst_AndClosesOnlyWhenConfirmed()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Secret);
        var fields = new Dictionary<string, string> { ["pollId"] = poll.Id.ToString() };

        var asked = await BoardAppFactory.PostFormAsync(_coordinator, Console, fields, "CloseVote");
        var html = await asked.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Match(@"(None of the \d+ people here have voted yet|The 1 person here has not voted yet)\. Close the vote anyway\?"), "nobody has voted");
            Assert.That(html, Does.Contain("Yes, close the vote"));
            Assert.That(await StateAsync(poll.Id), Is.EqualTo("Open"), "the first press only asks");
        }

        var closed = await BoardAppFactory.PostFormAsync(_coordinator, Console, new Dictionary<string, string>(fields) { ["confirmed"] = "true" }, "CloseVote");

        Assert.That(closed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await StateAsync(poll.Id), Is.EqualTo("Closed"));
    }

    [Test]
    public async Task CloseVote_OnTheVotesPage_AsksTheSameQuestion()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Open);

        var asked = await BoardAppFactory.PostFormAsync(_coordinator, $"/boards/{_meeting.Ids.Riverside}/manage/meetings/{_meeting.MeetingId}/polls",
            new Dictionary<string, string> { ["pollId"] = poll.Id.ToString() }, "Close");

        Assert.That(await asked.Content.ReadAsStringAsync(), Does.Contain("Close the vote anyway?"));
        Assert.That(await StateAsync(poll.Id), Is.EqualTo("Open"));
    }

    [Test]
    public async Task StartMeeting_OnAnotherDay_AsksWithBothDates_AndStartsOnlyWhenConfirmed()
    {
        var meetings = _meeting.Factory.Services.GetRequiredService<MeetingStore>();
        var later = DateTime.Today.AddDays(20);
        var meetingId = await meetings.CreateAsync(_meeting.Ids.Riverside, new MeetingDraft("Later meeting", later.AddHours(10), later.AddHours(12), "Room 2", null, null, later.AddDays(-5)));
        await Data.Meetings.MeetingData.MoveToAsync(_meeting.Factory.Database, _meeting.Ids.Riverside, meetingId, MeetingState.AgendaPublished);
        var path = $"/boards/{_meeting.Ids.Riverside}/manage/meetings/{meetingId}";
        var fields = new Dictionary<string, string> { ["step"] = nameof(MeetingStep.Start) };

        foreach (var page in new[] { path, $"{path}/console" })
        {
            var asked = await BoardAppFactory.PostFormAsync(_coordinator, page, fields, "Step");
            var html = await asked.Content.ReadAsStringAsync();
            Assert.That(html, Does.Contain($"This meeting is on {later:d MMMM}"), page);
            Assert.That(html, Does.Contain("Start it anyway?"), page);
            Assert.That(await _meeting.ScalarAsync<string>("SELECT state FROM meetings WHERE id = @meetingId", new { meetingId }), Is.EqualTo("AgendaPublished"));
        }

        var started = await BoardAppFactory.PostFormAsync(_coordinator, $"{path}/console", new Dictionary<string, string>(fields) { ["confirmed"] = "true" }, "Step");

        Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await _meeting.ScalarAsync<string>("SELECT state FROM meetings WHERE id = @meetingId", new { meetingId }), Is.EqualTo("Live"));
    }

    [Test]
    public async Task Mark_WithJson_AnswersTheNewRowAndQuorum()
    {
        var councillor = await _meeting.PersonIdAsync("councillor@riverside.example");
        var token = BoardAppFactory.TokenIn(await _coordinator.GetStringAsync(Console));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Console}?handler=Mark")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["personId"] = councillor.ToString(),
                ["mark"] = nameof(AttendanceMark.Online),
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Accept.ParseAdd("application/json");

        var response = await _coordinator.SendAsync(request);
        var json = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(json, Does.Contain("\"stateText\":\"Online\"").And.Contain("\"quorum\""));
    }

    [Test]
    public async Task Mark_APersonOfAnotherBoard_IsRefused_AndNothingIsMarked()
    {
        var rows = await _meeting.ScalarAsync<long>("SELECT COUNT(*) FROM attendance");

        var response = await BoardAppFactory.PostFormAsync(_coordinator, Console,
            new Dictionary<string, string> { ["personId"] = _meeting.Ids.HillsidePerson.ToString(), ["mark"] = nameof(AttendanceMark.InRoom) }, "Mark");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await _meeting.ScalarAsync<long>("SELECT COUNT(*) FROM attendance"), Is.EqualTo(rows));
    }

    [Test]
    public async Task Console_OfAnotherBoardsMeeting_IsNotFound()
    {
        var response = await _coordinator.GetAsync($"/boards/{_meeting.Ids.Riverside}/manage/meetings/{_meeting.Ids.HillsideMeeting}/console");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Now_AnItemOfAnotherMeeting_IsRefused_AndTheCurrentItemStaysEmpty()
    {
        var response = await BoardAppFactory.PostFormAsync(_coordinator, Console,
            new Dictionary<string, string> { ["itemId"] = _meeting.Ids.HillsideItem.ToString() }, "Now");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await _meeting.ScalarAsync<long?>("SELECT current_item_id FROM meetings WHERE id = @MeetingId", _meeting), Is.Null);
    }

    [Test]
    public async Task CloseVote_OfAnotherMeeting_SaysSo_AndClosesNothing()
    {
        var poll = await _meeting.OpenPollAsync(BallotSecrecy.Open);
        var other = $"/boards/{_meeting.Ids.Riverside}/manage/meetings/{_meeting.Ids.RiversideMeeting}/console";

        var response = await BoardAppFactory.PostFormAsync(_coordinator, other,
            new Dictionary<string, string> { ["pollId"] = poll.Id.ToString(), ["confirmed"] = "true" }, "CloseVote");

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("This vote is not part of this meeting."));
        Assert.That(await StateAsync(poll.Id), Is.EqualTo("Open"));
    }

    private const string Secret = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

    // The code the room's screen shows now: made from the meeting's secret and the current time window.
    private async Task<string> CodeAsync(int windowsAgo = 0)
    {
        var secret = (await _meeting.Factory.Services.GetRequiredService<MeetingDayStore>().CheckInSecretAsync(_meeting.Ids.Riverside, _meeting.MeetingId, Secret))!;
        var now = _meeting.Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        return CheckIn.CodeFor(secret, _meeting.MeetingId, CheckIn.WindowOf(now) - windowsAgo);
    }

    private string CheckInPath(string code) => $"/boards/{_meeting.Ids.Riverside}/meetings/{_meeting.MeetingId}/check-in/{code}";

    private Task<string?> MarkOfAsync(long personId) =>
        _meeting.ScalarAsync<string?>("SELECT mark FROM attendance WHERE meeting_id = @MeetingId AND person_id = @personId", new { _meeting.MeetingId, personId });

    [Test]
    public async Task CheckIn_WithTheRoomsCode_MarksTheMemberHere_InOneTap()
    {
        var code = await CodeAsync();
        using var councillor = await _meeting.Factory.SignedInClientAsync("councillor@riverside.example");
        var councillorId = await _meeting.PersonIdAsync("councillor@riverside.example");

        Assert.That(await councillor.GetStringAsync(CheckInPath(code)), Does.Contain("I am here"));
        var response = await BoardAppFactory.PostFormAsync(councillor, CheckInPath(code), new Dictionary<string, string>());
        var after = await councillor.GetStringAsync(response.Headers.Location!.ToString());

        Assert.That(after, Does.Contain("You are checked in"));
        Assert.That(await MarkOfAsync(councillorId), Is.EqualTo("InRoom"));
    }

    [TestCase("wrong-code")]
    [TestCase("a1b2c3d4e5f60718293a4b5c6d7e8f91")]
    [TestCase(Secret)]
    public async Task CheckIn_WithAWrongCode_SaysSo_AndMarksNobody(string wrong)
    {
        await CodeAsync();
        using var councillor = await _meeting.Factory.SignedInClientAsync("councillor@riverside.example");
        var councillorId = await _meeting.PersonIdAsync("councillor@riverside.example");

        var response = await BoardAppFactory.PostFormAsync(councillor, CheckInPath(wrong), new Dictionary<string, string>());

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(CheckIn.WrongCode.Replace("'", "&#x27;")));
        Assert.That(await MarkOfAsync(councillorId), Is.Null);
    }

    [Test]
    public async Task CheckIn_OnceTheMeetingIsClosed_SaysSo_AndMarksNobody()
    {
        var code = await CodeAsync();
        await Data.Meetings.MeetingData.MoveToAsync(_meeting.Factory.Database, _meeting.Ids.Riverside, _meeting.MeetingId, MeetingState.Closed);
        using var councillor = await _meeting.Factory.SignedInClientAsync("councillor@riverside.example");
        var councillorId = await _meeting.PersonIdAsync("councillor@riverside.example");

        var response = await BoardAppFactory.PostFormAsync(councillor, CheckInPath(code), new Dictionary<string, string>());

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(CheckIn.NotLive));
        Assert.That(await MarkOfAsync(councillorId), Is.Null);
    }

    [Test]
    public async Task CheckIn_BySomeoneWhoIsNotAMember_SaysSo_AndMarksNobody()
    {
        var code = await CodeAsync();
        var coordinatorId = await _meeting.PersonIdAsync("coordinator@riverside.example");

        var response = await BoardAppFactory.PostFormAsync(_coordinator, CheckInPath(code), new Dictionary<string, string>());

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(CheckIn.NotMember));
        Assert.That(await MarkOfAsync(coordinatorId), Is.Null);
    }

    [Test]
    public async Task CheckIn_ByAnotherBoardsMember_IsRefused()
    {
        var code = await CodeAsync();
        using var other = await _meeting.Factory.SignedInClientAsync("coordinator@hillside.example");

        var response = await other.GetAsync(CheckInPath(code));

        Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task CheckIn_WithThePreviousWindowsCode_StillWorks_ButAnOlderOneDoesNot()
    {
        using var councillor = await _meeting.Factory.SignedInClientAsync("councillor@riverside.example");

        Assert.That(await councillor.GetStringAsync(CheckInPath(await CodeAsync(windowsAgo: 1))), Does.Contain("I am here"));
        Assert.That(await councillor.GetStringAsync(CheckInPath(await CodeAsync(windowsAgo: 2))), Does.Contain("You cannot check in"));
    }

    [TestCase(AttendanceMark.Absent, "not here")]
    [TestCase(AttendanceMark.Apologies, "sending apologies")]
    public async Task CheckIn_AfterTheCoordinatorsMark_KeepsTheMark_AndSaysSo(AttendanceMark mark, string words)
    {
        var code = await CodeAsync();
        var councillorId = await _meeting.PersonIdAsync("councillor@riverside.example");
        var attendance = _meeting.Factory.Services.GetRequiredService<AttendanceStore>();
        await attendance.MarkAsync(_meeting.MeetingId, councillorId, mark, DateTime.Now);
        using var councillor = await _meeting.Factory.SignedInClientAsync("councillor@riverside.example");

        var response = await BoardAppFactory.PostFormAsync(councillor, CheckInPath(code), new Dictionary<string, string>());

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain($"The coordinator has marked you as {words}. Please tell them you are here."));
        Assert.That(await MarkOfAsync(councillorId), Is.EqualTo(mark.ToString()));
    }

    [Test]
    public async Task CheckIn_AfterTheCoordinatorMarkedThemAsLeft_DoesNotBringThemBack()
    {
        var code = await CodeAsync();
        var councillorId = await _meeting.PersonIdAsync("councillor@riverside.example");
        var attendance = _meeting.Factory.Services.GetRequiredService<AttendanceStore>();
        await attendance.MarkAsync(_meeting.MeetingId, councillorId, AttendanceMark.InRoom, DateTime.Now);
        await attendance.LeaveAsync(_meeting.MeetingId, councillorId, DateTime.Now);
        using var councillor = await _meeting.Factory.SignedInClientAsync("councillor@riverside.example");

        var response = await BoardAppFactory.PostFormAsync(councillor, CheckInPath(code), new Dictionary<string, string>());

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("The coordinator has marked you as having left the meeting."));
        Assert.That(await _meeting.ScalarAsync<string?>("SELECT left_at FROM attendance WHERE meeting_id = @MeetingId AND person_id = @councillorId",
            new { _meeting.MeetingId, councillorId }), Is.Not.Null);
    }

    [Test]
    public async Task CheckIn_IsRecordedAsSelf_AndTheConsoleSaysSo_UntilTheCoordinatorMarksThem()
    {
        var code = await CodeAsync();
        var councillorId = await _meeting.PersonIdAsync("councillor@riverside.example");
        using var councillor = await _meeting.Factory.SignedInClientAsync("councillor@riverside.example");

        await BoardAppFactory.PostFormAsync(councillor, CheckInPath(code), new Dictionary<string, string>());

        Assert.That(await _meeting.ScalarAsync<long>("SELECT self_checked_in FROM attendance WHERE meeting_id = @MeetingId AND person_id = @councillorId",
            new { _meeting.MeetingId, councillorId }), Is.EqualTo(1));
        Assert.That(await _coordinator.GetStringAsync(Console), Does.Contain("Here (checked in themselves)"));

        await BoardAppFactory.PostFormAsync(_coordinator, Console,
            new Dictionary<string, string> { ["personId"] = councillorId.ToString(), ["mark"] = nameof(AttendanceMark.InRoom) }, "Mark");

        Assert.That(await _coordinator.GetStringAsync(Console), Does.Not.Contain("checked in themselves"));
    }

    [Test]
    public async Task Projector_ShowsTheCheckInCode_OnlyToTheCoordinator()
    {
        var projector = $"/boards/{_meeting.Ids.Riverside}/meetings/{_meeting.MeetingId}/projector";
        using var councillor = await _meeting.Factory.SignedInClientAsync("councillor@riverside.example");
        var code = await CodeAsync();

        var theirs = await councillor.GetStringAsync(projector);
        var picture = await councillor.GetAsync($"{projector}?handler=CheckInCode");
        var mine = await _coordinator.GetStringAsync(projector);
        var svg = await _coordinator.GetAsync($"{projector}?handler=CheckInCode");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(theirs, Does.Not.Contain("projector-check-in").And.Not.Contain("check-in/").And.Not.Contain(code));
            Assert.That(picture.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK), "refused: sent to the access-denied page");
            Assert.That(mine, Does.Contain("projector-check-in-code").And.Not.Contain(code));
            Assert.That(svg.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(svg.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));
            Assert.That(svg.Headers.CacheControl?.NoStore, Is.True);
        }
    }

    [Test]
    public async Task Projector_CheckInCode_IsNotFound_OnceTheMeetingIsClosed()
    {
        await Data.Meetings.MeetingData.MoveToAsync(_meeting.Factory.Database, _meeting.Ids.Riverside, _meeting.MeetingId, MeetingState.Closed);

        var svg = await _coordinator.GetAsync($"/boards/{_meeting.Ids.Riverside}/meetings/{_meeting.MeetingId}/projector?handler=CheckInCode");

        Assert.That(svg.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task CloseTheMeeting_FromTheConsole_WithAVoteOpen_IsRefused_AndTheMeetingStaysLive()
    {
        // The console's page may be older than the vote; the store's guard (MeetingStore.MoveAsync) refuses in the same statement.
        await _meeting.OpenPollAsync(BallotSecrecy.Open);

        await BoardAppFactory.PostFormAsync(_coordinator, Console,
            new Dictionary<string, string> { ["step"] = "Close", ["confirmed"] = "true" }, "Step");

        Assert.That(await _meeting.ScalarAsync<string>("SELECT state FROM meetings WHERE id = @MeetingId", _meeting), Is.EqualTo("Live"));
    }
}

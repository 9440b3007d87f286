using System.Net;
using Board.Core.Meetings;
using Board.Web.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Board.Tests.Web.Hubs;

/// <summary>The console's hub method and messages (ADR-012): who may watch the console, and quorum reaching everyone live.</summary>
[TestFixture]
public sealed class MeetingConsoleHubTests
{
    private LiveMeeting _meeting = null!;

    [SetUp]
    public async Task StartAsync() => _meeting = await LiveMeeting.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _meeting.DisposeAsync();

    [Test]
    public async Task WatchConsole_AsTheCoordinator_ReturnsTheHelpList()
    {
        await using var coordinator = await _meeting.ConnectAsync("coordinator@riverside.example");

        var sync = await coordinator.InvokeAsync<ConsoleSync>("WatchConsole", _meeting.MeetingId);

        Assert.That(sync.Help, Is.Empty);
    }

    [TestCase("rep@riverside.example")]
    [TestCase("councillor@riverside.example")]
    [TestCase("carer@riverside.example")]
    [TestCase("supporter@riverside.example")]
    [TestCase("partner@riverside.example")]
    public async Task WatchConsole_AsAnyoneButTheCoordinator_IsRefused(string user)
    {
        await using var member = await _meeting.ConnectAsync(user);

        var refused = Assert.ThrowsAsync<HubException>(() => member.InvokeAsync<ConsoleSync>("WatchConsole", _meeting.MeetingId));

        Assert.That(refused!.Message, Does.Contain("Only the coordinator can use the meeting console."));
    }

    [Test]
    public async Task WatchConsole_ByAnotherBoardsCoordinator_IsRefused()
    {
        await using var other = await _meeting.ConnectAsync("coordinator@hillside.example");

        var refused = Assert.ThrowsAsync<HubException>(() => other.InvokeAsync<ConsoleSync>("WatchConsole", _meeting.MeetingId));

        Assert.That(refused!.Message, Does.Contain("This meeting is not part of your board."));
    }

    [Test]
    public async Task AskForHelp_WhenTheMeetingIsNotLive_SaysSo_AndStoresNothing()
    {
        await Data.Meetings.MeetingData.MoveToAsync(_meeting.Factory.Database, _meeting.Ids.Riverside, _meeting.MeetingId, Board.Core.Meetings.MeetingState.Closed);
        await using var rep = await _meeting.ConnectAsync("rep@riverside.example");

        var refused = Assert.ThrowsAsync<HubException>(() => rep.InvokeAsync<string>("AskForHelp", _meeting.MeetingId));

        Assert.That(refused!.Message, Does.Contain(Board.Web.Hubs.MeetingHub.NotLiveForHelp));
        Assert.That(await _meeting.ScalarAsync<long>("SELECT COUNT(*) FROM help_requests WHERE meeting_id = @MeetingId", _meeting), Is.EqualTo(0));
    }

    [Test]
    public async Task AskForHelp_PressedThreeTimes_IsOneRowOnTheConsole()
    {
        await using var coordinator = await _meeting.ConnectAsync("coordinator@riverside.example");
        await coordinator.InvokeAsync<ConsoleSync>("WatchConsole", _meeting.MeetingId);
        var lists = new List<IReadOnlyList<HelpRowView>>();
        coordinator.On<IReadOnlyList<HelpRowView>>("HelpListChanged", lists.Add);
        await using var rep = await _meeting.ConnectAsync("rep@riverside.example");
        await rep.InvokeAsync<MeetingSync>("JoinMeeting", _meeting.MeetingId);

        for (var i = 0; i < 3; i++)
            await rep.InvokeAsync<string>("AskForHelp", _meeting.MeetingId);

        await WaitForAsync(() => lists.Count > 0);
        var again = await coordinator.InvokeAsync<ConsoleSync>("WatchConsole", _meeting.MeetingId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lists, Has.Count.EqualTo(1), "only the first press is news");
            Assert.That(again.Help.Select(h => h.PersonId), Is.EqualTo(new[] { _meeting.Ids.RiversideRep }));
            Assert.That(await _meeting.ScalarAsync<long>("SELECT COUNT(*) FROM help_requests WHERE meeting_id = @MeetingId", _meeting), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task MarkOnTheConsole_SendsQuorumToEveryoneInTheMeeting_AndTheRowToTheConsoleOnly()
    {
        await using var rep = await _meeting.ConnectAsync("rep@riverside.example");
        var joined = await rep.InvokeAsync<MeetingSync>("JoinMeeting", _meeting.MeetingId);
        var quorums = new List<QuorumView>();
        var repRows = new List<AttendanceNews>();
        rep.On<QuorumView>("QuorumChanged", quorums.Add);
        rep.On<AttendanceNews>("AttendanceChanged", repRows.Add);
        await using var coordinator = await _meeting.ConnectAsync("coordinator@riverside.example");
        await coordinator.InvokeAsync<ConsoleSync>("WatchConsole", _meeting.MeetingId);
        var consoleRows = new List<AttendanceNews>();
        coordinator.On<AttendanceNews>("AttendanceChanged", consoleRows.Add);
        var councillor = await _meeting.PersonIdAsync("councillor@riverside.example");

        using var client = await _meeting.Factory.SignedInClientAsync("coordinator@riverside.example");
        var response = await BoardAppFactory.PostFormAsync(client, $"/boards/{_meeting.Ids.Riverside}/manage/meetings/{_meeting.MeetingId}/console",
            new Dictionary<string, string> { ["personId"] = councillor.ToString(), ["mark"] = nameof(AttendanceMark.InRoom) }, "Mark");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        await WaitForAsync(() => quorums.Count > 0 && consoleRows.Count > 0);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(joined.Quorum, Is.Not.Null, "a screen joining late is told quorum at once");
            Assert.That(quorums[0].Explanation, Does.StartWith("The meeting"));
            Assert.That(consoleRows[0].PersonId, Is.EqualTo(councillor));
            Assert.That(consoleRows[0].StateText, Is.EqualTo("Here"));
            Assert.That(repRows, Is.Empty, "who is here, row by row, is for the console");
        }
    }

    [Test]
    public async Task NowOnTheConsole_TellsTheRoomTheCurrentItem()
    {
        await using var room = await _meeting.ConnectAsync("partner@riverside.example");
        await room.InvokeAsync<MeetingSync>("JoinMeeting", _meeting.MeetingId);
        var items = new List<CurrentItemView>();
        room.On<CurrentItemView>("CurrentItemChanged", items.Add);
        var itemId = await _meeting.ScalarAsync<long>(
            "INSERT INTO agenda_items (board_id, meeting_id, raised_by, raised_at, title, easy_read_summary, details, ask, picture, state, position) " +
            "SELECT board_id, @MeetingId, raised_by, raised_at, 'Later buses', easy_read_summary, details, ask, picture, 'Accepted', 1 FROM agenda_items WHERE id = @RiversideItem RETURNING id",
            new { _meeting.MeetingId, _meeting.Ids.RiversideItem });

        using var client = await _meeting.Factory.SignedInClientAsync("coordinator@riverside.example");
        var response = await BoardAppFactory.PostFormAsync(client, $"/boards/{_meeting.Ids.Riverside}/manage/meetings/{_meeting.MeetingId}/console",
            new Dictionary<string, string> { ["itemId"] = itemId.ToString() }, "Now");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        await WaitForAsync(() => items.Count > 0);
        Assert.That(items[0].Text, Is.EqualTo("Now: item 1. Later buses"));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
            await Task.Delay(50);
        Assert.That(condition(), Is.True, "the message did not arrive");
    }
}

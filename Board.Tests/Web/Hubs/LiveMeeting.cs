using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Meetings;
using Board.Data.Voting;
using Board.Web.Hubs;
using Dapper;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Hubs;

/// <summary>
/// A live Riverside meeting in the real app (real SQLite file, real migrations, demo people), with helpers to
/// open polls and connect members to the meeting hub with the .NET SignalR client.
/// </summary>
public sealed class LiveMeeting : IAsyncDisposable
{
    private readonly HttpClient _client;

    private LiveMeeting(BoardAppFactory factory, DemoIds ids, long meetingId)
    {
        Factory = factory;
        Ids = ids;
        MeetingId = meetingId;
        _client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
    }

    public BoardAppFactory Factory { get; }
    public DemoIds Ids { get; }
    public long MeetingId { get; }

    /// <summary>A live meeting today where the Rep co-chair, the carer and the partner are in the room.</summary>
    public static async Task<LiveMeeting> StartAsync(Action<BoardAppFactory>? configure = null)
    {
        var factory = new BoardAppFactory();
        configure?.Invoke(factory);
        var ids = await DemoIds.LoadAsync(factory.Database);
        var meetings = factory.Services.GetRequiredService<MeetingStore>();
        var today = DateTime.Today;
        var meetingId = await meetings.CreateAsync(ids.Riverside, new MeetingDraft("Live test meeting", today.AddHours(9), today.AddHours(17),
            "Room 1", null, null, today.AddDays(-2)));
        await Data.Meetings.MeetingData.MoveToAsync(factory.Database, ids.Riverside, meetingId, MeetingState.Live);
        var live = new LiveMeeting(factory, ids, meetingId);
        foreach (var user in new[] { "rep@riverside.example", "carer@riverside.example", "partner@riverside.example" })
            await factory.Services.GetRequiredService<AttendanceStore>().MarkAsync(meetingId, await live.PersonIdAsync(user), AttendanceMark.InRoom, today.AddHours(9));
        return live;
    }

    /// <summary>Marks every Rep and carer member as in the room, so the meeting can decide (and a vote can tie).</summary>
    public async Task EveryVoterHereAsync()
    {
        await using var connection = await Factory.Database.OpenAsync();
        var people = await connection.QueryAsync<long>("SELECT person_id FROM memberships WHERE board_id = @Riverside AND seat_code IN ('rep', 'carer')", Ids);
        foreach (var personId in people.Distinct())
            await Factory.Services.GetRequiredService<AttendanceStore>().MarkAsync(MeetingId, personId, AttendanceMark.InRoom, DateTime.Today.AddHours(9));
    }

    public async Task<long> PersonIdAsync(string userName)
    {
        await using var connection = await Factory.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT person_id FROM accounts WHERE user_name = @userName", new { userName });
    }

    /// <summary>Makes and opens a For/Against/Abstain poll, as the coordinator's page does (without the broadcast).</summary>
    public async Task<Poll> OpenPollAsync(BallotSecrecy secrecy, bool open = true, int minimumOpenSeconds = 0)
    {
        var polls = Factory.Services.GetRequiredService<PollStore>();
        var coordinator = await PersonIdAsync("coordinator@riverside.example");
        var id = await polls.CreateAsync(Ids.Riverside, coordinator, new NewPoll(MeetingId, null, "Should we ask for later buses?", "transport",
            secrecy, Board.Core.Composition.MajorityRule.SimpleMajorityOfVotesCast, null, minimumOpenSeconds, PollRules.DefaultOptions), DateTimeOffset.UtcNow);
        if (open)
            Assert.That(await polls.OpenAsync(Ids.Riverside, id, DateTimeOffset.UtcNow), Is.True);
        return (await polls.GetAsync(Ids.Riverside, id))!;
    }

    public async Task ClosePollAsync(Poll poll)
    {
        var closed = await Factory.Services.GetRequiredService<PollStore>().CloseAsync(Ids.Riverside, poll, Board.Tests.Data.TestData.Eligible,
            counts => PollResults.Decide(poll, counts, new QuorumResult(true, 3, 1, 1, 0, ""), Board.Core.Composition.TieRule.MotionFalls, null),
            DateTimeOffset.UtcNow);
        Assert.That(closed, Is.Not.Null);
    }

    /// <summary>A member signed in through the real sign-in form, connected to the hub (long polling through the test server).</summary>
    public async Task<HubConnection> ConnectAsync(string userName)
    {
        var session = await RoleSession.SignInAsync(_client, userName);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Factory.Server.BaseAddress, "/hubs/meeting"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => Factory.Server.CreateHandler();
                options.Headers["Cookie"] = session.CookieHeader!;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>A page as <paramref name="userName"/> sees it, with the parts that differ on every request (tokens) taken out.</summary>
    public async Task<string> PageAsync(string userName, string path)
    {
        var session = await RoleSession.SignInAsync(_client, userName);
        using var request = session.Request(HttpMethod.Get, path);
        var response = await _client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        html = System.Text.RegularExpressions.Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"", "token");
        html = System.Text.RegularExpressions.Regex.Replace(html, "nonce=\"[^\"]*\"", "nonce");
        return $"{(int)response.StatusCode} {html}";
    }

    public async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var connection = await Factory.Database.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, args))!;
    }

    public static Task<BallotAck> CastAsync(HubConnection hub, long meetingId, Poll poll, OptionMeaning meaning, string? key = null, long? onBehalfOf = null) =>
        hub.InvokeAsync<BallotAck>("CastBallot", meetingId, poll.Id, poll.Options.First(o => o.Meaning == meaning).Id, key ?? Guid.NewGuid().ToString(), onBehalfOf);

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await Factory.DisposeAsync();
    }
}

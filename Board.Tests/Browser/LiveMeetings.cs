using Board.Core.Meetings;
using Board.Data.Database;
using Board.Data.Meetings;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Browser;

/// <summary>Live meetings on the browser tests' app, made through the real stores.</summary>
internal static class LiveMeetings
{
    /// <summary>A live Riverside meeting today, with these members (or every voting member) marked in the room.</summary>
    public static async Task<long> StartAsync(bool everyVoter, params string[] present)
    {
        var services = BrowserSession.App.Services;
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        var meetings = services.GetRequiredService<MeetingStore>();
        var today = DateTime.Today;
        var meetingId = await meetings.CreateAsync(ids.Riverside, new MeetingDraft("Live meeting", today.AddHours(9), today.AddHours(17), "Room 1", null, null, today.AddDays(-2)));
        await Data.Meetings.MeetingData.MoveToAsync(BrowserSession.App.Database, ids.Riverside, meetingId, MeetingState.Live);
        await using var connection = await BrowserSession.App.Database.OpenAsync();
        var people = everyVoter
            ? await connection.QueryAsync<long>("SELECT person_id FROM memberships WHERE board_id = @Riverside AND seat_code IN ('rep', 'carer')", ids)
            : await connection.QueryAsync<long>($"SELECT person_id FROM accounts WHERE user_name {connection.In("@present")}", new { present });
        foreach (var personId in people.Distinct())
            await services.GetRequiredService<AttendanceStore>().MarkAsync(meetingId, personId, AttendanceMark.InRoom, today.AddHours(9));
        return meetingId;
    }
}

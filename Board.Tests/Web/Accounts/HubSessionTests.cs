using Board.Tests.Web.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Board.Tests.Web.Accounts;

/// <summary>A hub connection outlives its sign-in request, so an ended session must stop it on the next call too.</summary>
[TestFixture]
public sealed class HubSessionTests
{
    [Test]
    public async Task HubCall_AfterTheSessionEnded_IsRefused()
    {
        await using var meeting = await LiveMeeting.StartAsync();
        await using var partner = await meeting.ConnectAsync("partner@riverside.example");
        await partner.InvokeAsync<object>("JoinMeeting", meeting.MeetingId);
        var partnerId = await meeting.PersonIdAsync("partner@riverside.example");

        // As "sign out of every device" does, on another device.
        await meeting.ScalarAsync<long>("UPDATE sessions SET ended_at = started_at WHERE person_id = @partnerId RETURNING 0", new { partnerId });

        // Over long polling the next poll is itself refused (401); over WebSockets the hub's own check refuses the call.
        var refused = Assert.CatchAsync<Exception>(() => partner.InvokeAsync<object>("JoinMeeting", meeting.MeetingId));
        Assert.That(refused, Is.InstanceOf<HubException>().With.Message.Contains("Please sign in again")
            .Or.InstanceOf<HttpRequestException>().With.Message.Contains("401"));
    }
}

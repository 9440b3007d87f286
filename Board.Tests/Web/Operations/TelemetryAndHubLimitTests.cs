using System.Net;
using Board.Core.Voting;
using Board.Web.Hubs;
using Board.Tests.Web.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Board.Tests.Web.Operations;

[TestFixture]
public sealed class TelemetryAndHubLimitTests
{
    [Test]
    public async Task PrometheusOn_TheScrapeShowsTheBallotCounter()
    {
        await using var live = await LiveMeeting.StartAsync(factory => factory.Settings["Telemetry:Prometheus"] = "true");
        var poll = await live.OpenPollAsync(BallotSecrecy.Open);
        await using var rep = await live.ConnectAsync("rep@riverside.example");
        Assert.That((await LiveMeeting.CastAsync(rep, live.MeetingId, poll, OptionMeaning.For)).Committed, Is.True);

        using var client = live.Factory.NewClient();
        var scrape = await client.GetStringAsync("/metrics");

        Assert.That(scrape, Does.Contain("pb_ballots_total"));
    }

    [Test]
    public async Task TelemetryOff_ThereIsNoScrapeEndpoint()
    {
        using var factory = new BoardAppFactory();
        // Signed in, because an unknown address sends a stranger to the sign-in page before saying "not found".
        using var client = await factory.SignedInClientAsync("coordinator@riverside.example");

        Assert.That((await client.GetAsync("/metrics")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task OneConnectionPressingIHelpThousandsOfTimes_TheCoChairSeesAFewAlerts()
    {
        await using var live = await LiveMeeting.StartAsync();
        await using var carer = await live.ConnectAsync("carer@riverside.example");
        await using var coChair = await live.ConnectAsync("rep@riverside.example");
        await coChair.InvokeAsync<MeetingSync>("JoinMeeting", live.MeetingId);
        var alerts = 0;
        coChair.On<HelpNotice>("HelpRequested", _ => Interlocked.Increment(ref alerts));

        var refused = 0;
        for (var press = 0; press < 2000; press++)
        {
            try
            {
                await carer.InvokeAsync<string>("AskForHelp", live.MeetingId);
            }
            catch (HubException)
            {
                refused++;
            }
        }
        await Task.Delay(500);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(alerts, Is.InRange(1, 3));
            Assert.That(refused, Is.GreaterThanOrEqualTo(1997));
        }
    }
}

using System.Globalization;
using System.Net;
using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Tests.Data.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Minutes;

/// <summary>
/// Issue 17: the minutes and agenda editors ask the coordinator to explain every hard word nobody has explained, and
/// publishing waits until they do (or change the text). The explanation is kept as a board glossary term.
/// </summary>
public sealed class HardWordsPublishTests : BoardWebTest
{
    private const string Explanation = "The group that plans health services in our area.";

    [Test]
    public async Task PublishMinutes_WithAnUnexplainedWord_IsRefusedAndChangesNothing_ThenExplainingItLetsThemPublish()
    {
        var (scenario, coordinator) = await MinutesReadyToPublishAsync("We talked about the ICB.\nWe agreed to ask.");
        var glossary = await CountAsync("glossary_terms");

        var refused = await BoardAppFactory.PostFormAsync(coordinator, scenario.ManagePath, new Dictionary<string, string>(), "Publish");
        var html = await ShowsAsync(refused, "You cannot publish the minutes yet. Explain this hard word first: \"ICB\".");
        Assert.That(html, Does.Contain("What does \"ICB\" mean?"), "the editor asks for it");
        Assert.That(await ScalarAsync<string>("SELECT state FROM minutes WHERE meeting_id = @m", new { m = scenario.MeetingId }), Is.EqualTo("WithReps"));
        Assert.That(await CountAsync("glossary_terms"), Is.EqualTo(glossary));

        var blank = await BoardAppFactory.PostFormAsync(coordinator, scenario.ManagePath, new Dictionary<string, string> { ["word"] = "ICB", ["explanation"] = " " }, "ExplainWord");
        await ShowsAsync(blank, "Write what the word means.");
        Assert.That(await CountAsync("glossary_terms"), Is.EqualTo(glossary), "nothing saved");

        var explained = await BoardAppFactory.PostFormAsync(coordinator, scenario.ManagePath, new Dictionary<string, string> { ["word"] = "ICB", ["explanation"] = Explanation }, "ExplainWord");
        Assert.That(explained.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await ScalarAsync<string>("SELECT explanation FROM glossary_terms WHERE board_id = @b AND word = 'ICB' AND approved = TRUE", new { b = scenario.BoardId }), Is.EqualTo(Explanation));

        var published = await BoardAppFactory.PostFormAsync(coordinator, scenario.ManagePath, new Dictionary<string, string>(), "Publish");
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await ScalarAsync<string>("SELECT state FROM minutes WHERE meeting_id = @m", new { m = scenario.MeetingId }), Is.EqualTo("Published"));
        var page = WebUtility.HtmlDecode(await (await coordinator.GetAsync($"/boards/{scenario.BoardId}/meetings/{scenario.MeetingId}/minutes/easy-read")).Content.ReadAsStringAsync());
        Assert.That(page, Does.Contain($"ICB: {Explanation}"), "the easy read minutes explain it");
    }

    [Test]
    public async Task MinutesEditor_TextRewrittenWithoutTheWord_NoLongerAsksForIt()
    {
        var scenario = await MinutesScenario.CreateAsync(Factory, Ids);
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ManagePath, new Dictionary<string, string>(), "Start");
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ItemPath(scenario.FirstItemId), MinutesScenario.Notes("We talked about the ICB."));
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ItemPath(scenario.SecondItemId), MinutesScenario.Notes());
        Assert.That(await PageAsync(coordinator, scenario.ManagePath), Does.Contain("What does \"ICB\" mean?"));

        await BoardAppFactory.PostFormAsync(coordinator, scenario.ItemPath(scenario.FirstItemId), MinutesScenario.Notes("We talked about the health group."));

        Assert.That(await PageAsync(coordinator, scenario.ManagePath), Does.Not.Contain("ICB").And.Not.Contain("Explain the hard words"));
    }

    [Test]
    public async Task PublishAgenda_WithAnUnexplainedWord_IsRefusedAndChangesNothing_ThenExplainingItLetsItPublish()
    {
        var meetings = Factory.Services.GetRequiredService<MeetingStore>();
        var items = Factory.Services.GetRequiredService<AgendaItemStore>();
        var coordinatorId = await MinutesScenario.CoordinatorAsync(Factory);
        var meetingId = await meetings.CreateAsync(Ids.Riverside, MeetingData.Draft(DateTime.Today.AddDays(20).AddHours(14)));
        await MeetingData.MoveToAsync(Factory.Database, Ids.Riverside, meetingId, MeetingState.CallingForItems);
        var item = await items.RaiseAsync(Ids.Riverside, coordinatorId, new NewAgendaItem(meetingId, null, "Health checks",
            "The DWP wants to talk to us.", "A visit about benefits.", BoardAsk.Discuss, "health"), DateTimeOffset.UtcNow);
        await items.AcceptAsync((await items.GetAsync(Ids.Riverside, item))!, new Acceptance(1, 20, "Coordinator"), coordinatorId, DateTimeOffset.UtcNow);
        var version = await meetings.AgendaVersionAsync(meetingId);
        var coChairs = (await Factory.Services.GetRequiredService<MemberQueries>().CurrentAsync(Ids.Riverside, DateOnly.FromDateTime(DateTime.Today)))
            .Where(m => m.IsCoChair).Select(m => m.PersonId).Distinct();
        foreach (var coChair in coChairs)
            await meetings.ApproveAgendaAsync(meetingId, coChair, version, DateTimeOffset.UtcNow);
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        var path = $"/boards/{Ids.Riverside}/manage/meetings/{meetingId}";
        var glossary = await CountAsync("glossary_terms");
        var step = new Dictionary<string, string> { ["step"] = nameof(MeetingStep.PublishAgenda) };

        var refused = await BoardAppFactory.PostFormAsync(coordinator, path, step, "Step");
        var html = await ShowsAsync(refused, "You cannot publish the agenda yet. Explain this hard word first: \"DWP\".");
        Assert.That(html, Does.Contain("What does \"DWP\" mean?"));
        Assert.That(await ScalarAsync<string>("SELECT state FROM meetings WHERE id = @m", new { m = meetingId }), Is.EqualTo(nameof(MeetingState.CallingForItems)));
        Assert.That(await CountAsync("glossary_terms"), Is.EqualTo(glossary));

        var explained = await BoardAppFactory.PostFormAsync(coordinator, path, new Dictionary<string, string> { ["word"] = "DWP", ["explanation"] = "The government office that pays benefits." }, "ExplainWord");
        Assert.That(explained.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var published = await BoardAppFactory.PostFormAsync(coordinator, path, step, "Step");
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await ScalarAsync<string>("SELECT state FROM meetings WHERE id = @m", new { m = meetingId }), Is.EqualTo(nameof(MeetingState.AgendaPublished)));
        var page = WebUtility.HtmlDecode(await (await coordinator.GetAsync($"/boards/{Ids.Riverside}/meetings/{meetingId}/easy-read")).Content.ReadAsStringAsync());
        Assert.That(page, Does.Contain("DWP: The government office that pays benefits."), "the easy read agenda page explains it");
    }

    // The page again (200) with the plain-words message at the top.
    private static async Task<string> ShowsAsync(HttpResponseMessage response, string message)
    {
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain(message));
        return html;
    }

    private static async Task<string> PageAsync(HttpClient client, string path) =>
        WebUtility.HtmlDecode(await (await client.GetAsync(path)).Content.ReadAsStringAsync());

    // Drafted, checked by the Reps and signed off by both co-chairs: only the hard words stand in the way.
    private async Task<(MinutesScenario, HttpClient)> MinutesReadyToPublishAsync(string easyRead)
    {
        var scenario = await MinutesScenario.CreateAsync(Factory, Ids);
        var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ManagePath, new Dictionary<string, string>(), "Start");
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ItemPath(scenario.FirstItemId), MinutesScenario.Notes(easyRead));
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ItemPath(scenario.SecondItemId), MinutesScenario.Notes());
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ManagePath, new Dictionary<string, string>(), "SendToReps");
        var version = (await ScalarAsync<long>("SELECT version FROM minutes WHERE meeting_id = @m", new { m = scenario.MeetingId })).ToString(CultureInfo.InvariantCulture);
        foreach (var coChair in new[] { "rep@riverside.example", "councillor@riverside.example" })
        {
            using var client = await Factory.SignedInClientAsync(coChair);
            await BoardAppFactory.PostFormAsync(client, scenario.SignOffPath, new Dictionary<string, string> { ["Version"] = version });
        }
        return (scenario, coordinator);
    }
}

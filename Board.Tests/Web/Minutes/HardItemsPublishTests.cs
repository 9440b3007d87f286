using System.Net;

namespace Board.Tests.Web.Minutes;

/// <summary>Publishing minutes with items a Rep marked "This is hard" since their last change asks the coordinator first.</summary>
public sealed class HardItemsPublishTests : BoardWebTest
{
    [Test]
    public async Task Publish_WithAnItemMarkedHardSinceItsLastChange_AsksFirst_ThenPublishesOnConfirm()
    {
        var scenario = await MinutesScenario.CreateAsync(Factory, Ids);
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ManagePath, new Dictionary<string, string>(), "Start");
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ItemPath(scenario.FirstItemId), MinutesScenario.Notes());
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ItemPath(scenario.SecondItemId), MinutesScenario.Notes());
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ManagePath, new Dictionary<string, string>(), "SendToReps");
        using (var rep = await Factory.SignedInClientAsync("rep@riverside.example"))
        {
            var marked = await BoardAppFactory.PostFormAsync(rep, scenario.CheckPath, new Dictionary<string, string>
            {
                ["ItemId"] = scenario.FirstItemId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Mark"] = "Hard",
                ["Comment"] = "I do not know what a leisure centre is.",
                ["Revision"] = (await ScalarAsync<long>("SELECT revision FROM minutes_items WHERE agenda_item_id = @id", new { id = scenario.FirstItemId })).ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            Assert.That(marked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }
        var version = (await ScalarAsync<long>("SELECT version FROM minutes WHERE meeting_id = @m", new { m = scenario.MeetingId })).ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var coChair in new[] { "rep@riverside.example", "councillor@riverside.example" })
        {
            using var client = await Factory.SignedInClientAsync(coChair);
            await BoardAppFactory.PostFormAsync(client, scenario.SignOffPath, new Dictionary<string, string> { ["Version"] = version });
        }

        var asked = await BoardAppFactory.PostFormAsync(coordinator, scenario.ManagePath, new Dictionary<string, string>(), "Publish");
        var html = WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync());
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain($"1 item was marked hard to understand since you last changed it: \"{MinutesScenario.FirstTitle}\". Publish anyway?"));
        Assert.That(html, Does.Contain($"href=\"{scenario.ItemPath(scenario.FirstItemId)}\""), "a link to change the item");
        Assert.That(html, Does.Contain("Publish anyway"));
        Assert.That(await ScalarAsync<string>("SELECT state FROM minutes WHERE meeting_id = @m", new { m = scenario.MeetingId }), Is.EqualTo("WithReps"));

        var published = await BoardAppFactory.PostFormAsync(coordinator, scenario.ManagePath, new Dictionary<string, string> { ["ConfirmHard"] = "true" }, "Publish");
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await ScalarAsync<string>("SELECT state FROM minutes WHERE meeting_id = @m", new { m = scenario.MeetingId }), Is.EqualTo("Published"));
    }
}

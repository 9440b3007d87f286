using System.Net;
using System.Text.RegularExpressions;
using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Tests.Data.Meetings;
using Board.Tests.Web.Minutes;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Papers;

/// <summary>A co-chair's "Not yet, I have a question": bad input changes nothing; a question reaches the coordinator's page and inbox; a later yes replaces it.</summary>
[TestFixture]
[NonParallelizable]
public sealed class CoChairQuestionWebTests : BoardWebTest
{
    private string _councillor = "";

    [OneTimeSetUp]
    public async Task NamesAsync() =>
        _councillor = await ScalarAsync<string>("SELECT p.name FROM people p JOIN accounts a ON a.person_id = p.id WHERE a.user_name = 'councillor@riverside.example'");

    private Task<long> QuestionsAsync(long meetingId) => ScalarAsync<long>("SELECT COUNT(*) FROM co_chair_questions WHERE meeting_id = @meetingId", new { meetingId });

    private async Task<long> AgendaMeetingAsync()
    {
        var items = Factory.Services.GetRequiredService<AgendaItemStore>();
        var coordinator = await MinutesScenario.CoordinatorAsync(Factory);
        var meeting = await MeetingData.MeetingAsync(Factory.Database, Ids.Riverside, DateTime.Today.AddDays(40), MeetingState.CallingForItems, "Question meeting");
        var item = await items.RaiseAsync(Ids.Riverside, coordinator, new NewAgendaItem(meeting, Ids.RiversideGroup, "Buses at night",
            "The last bus is at 6pm.", "The details.", BoardAsk.Decide, "sport"), DateTimeOffset.UtcNow);
        await items.AcceptAsync((await items.GetAsync(Ids.Riverside, item))!, new Acceptance(1, 20, "Speak Up"), coordinator, DateTimeOffset.UtcNow);
        return meeting;
    }

    [TestCase("", "Write your question, so the coordinator knows what to look at.")]
    [TestCase("   ", "Write your question, so the coordinator knows what to look at.")]
    [TestCase("long", "Your question must be 1,000 characters or fewer. It has 1,001.")]
    public async Task NotYetOnTheAgenda_BadInput_ShowsTheMessage_AndStoresNothing(string question, string message)
    {
        var meeting = await AgendaMeetingAsync();
        using var councillor = await Factory.SignedInClientAsync("councillor@riverside.example");
        var response = await BoardAppFactory.PostFormAsync(councillor, $"/boards/{Ids.Riverside}/meetings/{meeting}/approve",
            new Dictionary<string, string> { ["Question"] = question == "long" ? new string('a', 1001) : question }, "Question");
        var html = WebUtility.HtmlDecode(await AssertShowsAsync(response, "There is a problem"));
        Assert.That(html, Does.Contain(message));
        Assert.That(html, Does.Contain("govuk-textarea--error"), "the message sits at the field");
        Assert.That(await QuestionsAsync(meeting), Is.Zero);
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM notifications WHERE dedupe_key LIKE @key", new { key = $"co-chair-question:Agenda:{meeting}:%" }), Is.Zero);
    }

    [Test]
    public async Task NotYetOnTheAgenda_ReachesTheCoordinator_UntilTheCoChairApproves()
    {
        var meeting = await AgendaMeetingAsync();
        using var councillor = await Factory.SignedInClientAsync("councillor@riverside.example");
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        var approve = $"/boards/{Ids.Riverside}/meetings/{meeting}/approve";

        var asked = await BoardAppFactory.PostFormAsync(councillor, approve, new Dictionary<string, string> { ["Question"] = "Why is the bus item first?" }, "Question");
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(WebUtility.HtmlDecode(await councillor.GetStringAsync(approve)), Does.Contain("You asked:").And.Contain("Why is the bus item first?"));

        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/boards/{Ids.Riverside}/manage/meetings/{meeting}"));
        Assert.That(page, Does.Contain($"{_councillor} asked:</strong> Why is the bus item first?"));
        var inbox = WebUtility.HtmlDecode(await coordinator.GetStringAsync("/me/inbox"));
        Assert.That(inbox, Does.Contain($"{_councillor} has a question about the agenda"));

        // Asking again replaces the question; approving answers it.
        await BoardAppFactory.PostFormAsync(councillor, approve, new Dictionary<string, string> { ["Question"] = "And the day centre item?" }, "Question");
        Assert.That(await QuestionsAsync(meeting), Is.EqualTo(1));
        var version = Regex.Match(await councillor.GetStringAsync(approve), "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var approved = await BoardAppFactory.PostFormAsync(councillor, approve, new Dictionary<string, string> { ["Version"] = version });
        Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await QuestionsAsync(meeting), Is.Zero);
        Assert.That(WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/boards/{Ids.Riverside}/manage/meetings/{meeting}")), Does.Not.Contain("asked:"));
    }

    [Test]
    public async Task NotYetOnTheMinutes_ReachesTheCoordinatorsMinutesPage_UntilTheCoChairSignsOff()
    {
        var scenario = await MinutesScenario.CreateAsync(Factory, Ids);
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ManagePath, new Dictionary<string, string>(), "Start");
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ItemPath(scenario.FirstItemId), MinutesScenario.Notes());
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ItemPath(scenario.SecondItemId), MinutesScenario.Notes());
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ManagePath, new Dictionary<string, string>(), "SendToReps");
        using var councillor = await Factory.SignedInClientAsync("councillor@riverside.example");

        var empty = await BoardAppFactory.PostFormAsync(councillor, scenario.SignOffPath, new Dictionary<string, string> { ["Question"] = "" }, "Question");
        await AssertShowsAsync(empty, "Write your question, so the coordinator knows what to look at.");
        Assert.That(await QuestionsAsync(scenario.MeetingId), Is.Zero);

        var asked = await BoardAppFactory.PostFormAsync(councillor, scenario.SignOffPath, new Dictionary<string, string> { ["Question"] = "Who wrote item 2?" }, "Question");
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(WebUtility.HtmlDecode(await coordinator.GetStringAsync(scenario.ManagePath)), Does.Contain($"{_councillor} asked:</strong> Who wrote item 2?"));
        Assert.That(WebUtility.HtmlDecode(await coordinator.GetStringAsync("/me/inbox")), Does.Contain($"{_councillor} has a question about the minutes"));

        var version = Regex.Match(await councillor.GetStringAsync(scenario.SignOffPath), "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var signed = await BoardAppFactory.PostFormAsync(councillor, scenario.SignOffPath, new Dictionary<string, string> { ["Version"] = version });
        Assert.That(signed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await QuestionsAsync(scenario.MeetingId), Is.Zero);
        Assert.That(WebUtility.HtmlDecode(await coordinator.GetStringAsync(scenario.ManagePath)), Does.Not.Contain("asked:"));
    }
}

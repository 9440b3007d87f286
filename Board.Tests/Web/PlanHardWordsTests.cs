using System.Net;
using Board.Tests.Documents;

namespace Board.Tests.Web;

/// <summary>
/// Issue 17: the coordinator's plan page asks for every hard word in the easy read plan report that nobody has
/// explained; once explained (kept as a board glossary term), the report and the progress page explain it.
/// </summary>
[TestFixture]
public sealed class PlanHardWordsTests : BoardWebTest
{
    private const string Word = "LDAF";
    private const string Explanation = "The forum where people with a learning disability meet the council.";

    [Test]
    public async Task PlanPage_AsksForAHardWordInAnAction_ThenTheReportAndProgressPageExplainIt()
    {
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        var path = $"/boards/{Ids.Riverside}/manage/plan";
        await AddActionAsync(coordinator, $"The {Word} will meet in May.");
        Assert.That(await PageAsync(coordinator, path), Does.Contain($"What does \"{Word}\" mean?").And.Contain("The easy read plan report uses"));
        Assert.That(await ReportTextAsync(), Does.Contain($"The{Word}willmeetinMay").And.Not.Contain($"{Word}:"), "unexplained until the coordinator explains it");
        var glossary = await CountAsync("glossary_terms");

        var blank = await BoardAppFactory.PostFormAsync(coordinator, path, new Dictionary<string, string> { ["word"] = Word, ["explanation"] = "  " }, "ExplainWord");
        Assert.That(blank.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync()), Does.Contain("Write what the word means."));
        Assert.That(await CountAsync("glossary_terms"), Is.EqualTo(glossary), "nothing saved");

        var explained = await BoardAppFactory.PostFormAsync(coordinator, path, new Dictionary<string, string> { ["word"] = Word, ["explanation"] = Explanation }, "ExplainWord");
        Assert.That(explained.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await ScalarAsync<string>("SELECT explanation FROM glossary_terms WHERE board_id = @b AND word = @w AND approved = TRUE",
            new { b = Ids.Riverside, w = Word }), Is.EqualTo(Explanation));

        Assert.That(await PageAsync(coordinator, path), Does.Not.Contain($"What does \"{Word}\" mean?"));
        Assert.That(await ReportTextAsync(), Does.Contain(PdfReading.Compact($"{Word}: {Explanation}")), "the report's hard words explain it");
        Assert.That(await PageAsync(Factory.NewClient(), $"/boards/{Ids.Riverside}/plan/progress"), Does.Contain($"{Word}: {Explanation}"),
            "the progress page explains the same words as the report");
    }

    /// <summary>The authorization matrix refuses the handler to every other role; this checks nothing is saved either.</summary>
    [TestCase("partner@riverside.example", "/access-denied")]
    [TestCase(null, "/sign-in")]
    public async Task ExplainWord_FromSomeoneNotTheCoordinator_IsRefusedAndSavesNothing(string? user, string sentTo)
    {
        var glossary = await CountAsync("glossary_terms");
        using var client = user is null ? Factory.NewClient() : await Factory.SignedInClientAsync(user);
        // A form token from a page they may see, as a hostile member would get one.
        var token = await BoardAppFactory.AntiforgeryTokenAsync(client, user is null ? "/sign-in" : $"/boards/{Ids.Riverside}/plan/actions/{Ids.RiversideAction}");

        var response = await client.PostAsync($"/boards/{Ids.Riverside}/manage/plan?handler=ExplainWord", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["word"] = "ZZQ",
            ["explanation"] = Explanation,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString.Split('?')[0], Does.EndWith(sentTo));
        Assert.That(await CountAsync("glossary_terms"), Is.EqualTo(glossary), "nothing saved");
    }

    private async Task AddActionAsync(HttpClient coordinator, string easyRead)
    {
        var chapter = await ScalarAsync<long>("SELECT MIN(id) FROM plan_chapters WHERE plan_id IN (SELECT id FROM plans WHERE board_id = @b)", new { b = Ids.Riverside });
        var added = await BoardAppFactory.PostFormAsync(coordinator, $"/boards/{Ids.Riverside}/manage/plan", new Dictionary<string, string>
        {
            ["ActionChapterId"] = chapter.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["What"] = "The forum meets",
            ["WhatEasyRead"] = easyRead,
            ["Owner"] = "Riverside NHS Integrated Care Board",
            ["DueDate"] = DateTime.Today.AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, handler: "Action");
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the action is added");
    }

    private async Task<string> ReportTextAsync()
    {
        var response = await Factory.NewClient().GetAsync($"/boards/{Ids.Riverside}/plan/report.pdf");
        using var reading = new PdfReading(await response.Content.ReadAsByteArrayAsync());
        return PdfReading.Compact(string.Concat(reading.Document.GetPages().Select(p => p.Text)));
    }

    private static async Task<string> PageAsync(HttpClient client, string path) =>
        WebUtility.HtmlDecode(await (await client.GetAsync(path)).Content.ReadAsStringAsync());
}

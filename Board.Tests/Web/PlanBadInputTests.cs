using System.Net;
using Dapper;

namespace Board.Tests.Web;

/// <summary>Bad input to the plan pages gets a clear message in plain words and changes nothing.</summary>
[TestFixture]
public sealed class PlanBadInputTests
{
    private BoardAppFactory _factory = null!;
    private HttpClient _coordinator = null!;
    private HttpClient _partner = null!;
    private DemoIds _ids = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new BoardAppFactory();
        _ids = await DemoIds.LoadAsync(_factory.Database);
        _coordinator = await _factory.SignedInClientAsync("coordinator@riverside.example");
        _partner = await _factory.SignedInClientAsync("partner@riverside.example");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _coordinator.Dispose();
        _partner.Dispose();
        _factory.Dispose();
    }

    [TestCase("31/02/2027", "Riverside NHS Integrated Care Board", "The due date must be a real date")]
    [TestCase("2027-03-31", "Acme Ltd", "Choose an organisation the board knows")]
    public async Task AddAction_WithABadDateOrAnUnknownOwner_SaysSoAndAddsNothing(string due, string owner, string message)
    {
        var before = await ScalarAsync<long>("SELECT COUNT(*) FROM plan_actions");
        var chapter = await ScalarAsync<long>("SELECT MIN(id) FROM plan_chapters");
        var response = await BoardAppFactory.PostFormAsync(_coordinator, $"/boards/{_ids.Riverside}/manage/plan", new Dictionary<string, string>
        {
            ["ActionChapterId"] = chapter.ToString(),
            ["What"] = "Something will happen",
            ["WhatEasyRead"] = "Something will happen.",
            ["Owner"] = owner,
            ["DueDate"] = due,
        }, handler: "Action");
        await AssertShowsAsync(response, message);
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM plan_actions"), Is.EqualTo(before));
    }

    [Test]
    public async Task Update_ThatChangesTheStatusWithoutSayingWhatHappened_IsRefusedAndTheStatusStays()
    {
        var status = await ScalarAsync<string>("SELECT status FROM plan_actions WHERE id = @id", new { id = _ids.RiversideAction });
        var response = await BoardAppFactory.PostFormAsync(_partner, $"/boards/{_ids.Riverside}/plan/actions/{_ids.RiversideAction}",
            new Dictionary<string, string> { ["Input.NewStatus"] = "Done" }, handler: "Update");
        await AssertShowsAsync(response, "There is a problem");
        Assert.That(await ScalarAsync<string>("SELECT status FROM plan_actions WHERE id = @id", new { id = _ids.RiversideAction }), Is.EqualTo(status));
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM action_updates WHERE action_id = @id AND new_status = 'Done'", new { id = _ids.RiversideAction }), Is.Zero);
    }

    [Test]
    public async Task Update_BackToNotStarted_IsRefused()
    {
        var response = await BoardAppFactory.PostFormAsync(_partner, $"/boards/{_ids.Riverside}/plan/actions/{_ids.RiversideAction}",
            new Dictionary<string, string>
            {
                ["Input.WhatHappened"] = "Nothing yet.",
                ["Input.WhatHappenedEasyRead"] = "Nothing yet.",
                ["Input.NewStatus"] = "NotStarted",
            }, handler: "Update");
        await AssertShowsAsync(response, "cannot go back to not started");
    }

    [TestCase("report.pdf", new byte[] { 0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0 }, false)]
    [TestCase("photo.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, true)]
    public async Task EvidenceFile_IsCheckedByItsContent(string fileName, byte[] bytes, bool accepted)
    {
        var before = await ScalarAsync<long>("SELECT COUNT(*) FROM action_updates");
        var path = $"/boards/{_ids.Riverside}/plan/actions/{_ids.RiversideAction}";
        var token = await BoardAppFactory.AntiforgeryTokenAsync(_partner, path);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Letters are being printed."), "Input.WhatHappened" },
            { new StringContent("Letters are being printed."), "Input.WhatHappenedEasyRead" },
            { new StringContent("OnTrack"), "Input.NewStatus" },
            { new ByteArrayContent(bytes), "EvidenceFile", fileName },
        };
        var response = await _partner.PostAsync($"{path}?handler=Update", form);

        if (accepted)
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            var updateId = await ScalarAsync<long>("SELECT MAX(update_id) FROM update_evidence");
            var file = await _partner.GetAsync($"/boards/{_ids.Riverside}/plan/updates/{updateId}/evidence");
            Assert.That(file.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        }
        else
        {
            await AssertShowsAsync(response, "is not a PDF or a picture");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM action_updates"), Is.EqualTo(before));
        }
    }

    [Test]
    public async Task AnotherBoardsActionId_IsNotFound()
    {
        var response = await _coordinator.GetAsync($"/boards/{_ids.Hillside}/plan/actions/{_ids.RiversideAction}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect).Or.EqualTo(HttpStatusCode.NotFound));
        var own = await _coordinator.GetAsync($"/boards/{_ids.Riverside}/plan/actions/999999");
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static async Task AssertShowsAsync(HttpResponseMessage response, string message)
    {
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the form should be shown again");
        Assert.That(html, Does.Contain("There is a problem"));
        Assert.That(html, Does.Contain(message));
    }

    private async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var connection = await _factory.Database.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, args))!;
    }
}

using System.Net;

namespace Board.Tests.Web;

/// <summary>Bad input to the plan pages gets a clear message in plain words and changes nothing.</summary>
[TestFixture]
public sealed class PlanBadInputTests : BoardWebTest
{
    private HttpClient _coordinator = null!;
    private HttpClient _partner = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        _partner = await Factory.SignedInClientAsync("partner@riverside.example");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _coordinator.Dispose();
        _partner.Dispose();
    }

    [TestCase("31/02/2027", "Riverside NHS Integrated Care Board", "The due date must be a real date")]
    [TestCase("2027-03-31", "Acme Ltd", "Choose an organisation the board knows")]
    public async Task AddAction_WithABadDateOrAnUnknownOwner_SaysSoAndAddsNothing(string due, string owner, string message)
    {
        var before = await ScalarAsync<long>("SELECT COUNT(*) FROM plan_actions");
        var chapter = await ScalarAsync<long>("SELECT MIN(id) FROM plan_chapters");
        var response = await BoardAppFactory.PostFormAsync(_coordinator, $"/boards/{Ids.Riverside}/manage/plan", new Dictionary<string, string>
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
        var status = await ScalarAsync<string>("SELECT status FROM plan_actions WHERE id = @id", new { id = Ids.RiversideAction });
        var response = await BoardAppFactory.PostFormAsync(_partner, $"/boards/{Ids.Riverside}/plan/actions/{Ids.RiversideAction}",
            new Dictionary<string, string> { ["Input.NewStatus"] = "Done" }, handler: "Update");
        await AssertShowsAsync(response, "There is a problem");
        Assert.That(await ScalarAsync<string>("SELECT status FROM plan_actions WHERE id = @id", new { id = Ids.RiversideAction }), Is.EqualTo(status));
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM action_updates WHERE action_id = @id AND new_status = 'Done'", new { id = Ids.RiversideAction }), Is.Zero);
    }

    [Test]
    public async Task Update_BackToNotStarted_IsRefused()
    {
        var response = await BoardAppFactory.PostFormAsync(_partner, $"/boards/{Ids.Riverside}/plan/actions/{Ids.RiversideAction}",
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
        var path = $"/boards/{Ids.Riverside}/plan/actions/{Ids.RiversideAction}";
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
            var file = await _partner.GetAsync($"/boards/{Ids.Riverside}/plan/updates/{updateId}/evidence");
            Assert.That(file.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        }
        else
        {
            await AssertShowsAsync(response, "is not a PDF or a picture");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM action_updates"), Is.EqualTo(before));
        }
    }

    [Test]
    public async Task StartingThePlanAgain_DoesNotMakeASecondPlan()
    {
        var response = await BoardAppFactory.PostFormAsync(_coordinator, $"/boards/{Ids.Riverside}/manage/plan",
            new Dictionary<string, string> { ["PlanTitle"] = "Another plan", ["FromYear"] = "2026", ["ToYear"] = "2028" }, handler: "Start");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM plans WHERE board_id = @id", new { id = Ids.Riverside }), Is.EqualTo(1));
    }

    [Test]
    public async Task Update_FromAPageReadBeforeAnotherUpdate_IsRefusedAndUndoesNothing()
    {
        var status = await ScalarAsync<string>("SELECT status FROM plan_actions WHERE id = @id", new { id = Ids.RiversideAction });
        var stale = status == "OffTrack" ? "AtRisk" : "OffTrack";
        var response = await BoardAppFactory.PostFormAsync(_partner, $"/boards/{Ids.Riverside}/plan/actions/{Ids.RiversideAction}",
            new Dictionary<string, string>
            {
                ["SeenStatus"] = stale,
                ["Input.WhatHappened"] = "Still waiting.",
                ["Input.WhatHappenedEasyRead"] = "Still waiting.",
                ["Input.NewStatus"] = stale,
            }, handler: "Update");

        await AssertShowsAsync(response, "Someone posted an update just now.");
        Assert.That(await ScalarAsync<string>("SELECT status FROM plan_actions WHERE id = @id", new { id = Ids.RiversideAction }), Is.EqualTo(status));
    }

    [Test]
    public async Task AnotherBoardsActionId_IsNotFound()
    {
        var response = await _coordinator.GetAsync($"/boards/{Ids.Hillside}/plan/actions/{Ids.RiversideAction}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect).Or.EqualTo(HttpStatusCode.NotFound));
        var own = await _coordinator.GetAsync($"/boards/{Ids.Riverside}/plan/actions/999999");
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }


}

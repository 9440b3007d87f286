using System.Net;

namespace Board.Tests.Web.Minutes;

/// <summary>Each bad request gets a plain message and changes nothing.</summary>
[TestFixture]
public sealed class MinutesBadInputTests : BoardWebTest
{
    private MinutesScenario _scenario = null!;
    private HttpClient _coordinator = null!;

    [SetUp]
    public async Task CreateMeetingAsync()
    {
        _scenario = await MinutesScenario.CreateAsync(Factory, Ids);
        _coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        await BoardAppFactory.PostFormAsync(_coordinator, _scenario.ManagePath, new Dictionary<string, string>(), "Start");
    }

    [TearDown]
    public void SignOut() => _coordinator.Dispose();

    [Test]
    public async Task AnItemWithNoEasyReadNote_IsRefused()
    {
        var before = await ItemAsync(_scenario.FirstItemId);

        var response = await BoardAppFactory.PostFormAsync(_coordinator, _scenario.ItemPath(_scenario.FirstItemId), MinutesScenario.Notes(easyRead: "  "));

        await AssertShowsAsync(response, "Write the easy read note. Reps read this one.");
        Assert.That(await ItemAsync(_scenario.FirstItemId), Is.EqualTo(before));
    }

    [Test]
    public async Task APictureThatIsNotInTheSet_IsRefused()
    {
        var before = await ItemAsync(_scenario.FirstItemId);

        var response = await BoardAppFactory.PostFormAsync(_coordinator, _scenario.ItemPath(_scenario.FirstItemId), MinutesScenario.Notes(picture: "../../etc/passwd"));

        await AssertShowsAsync(response, "Choose a picture from the list.");
        Assert.That(await ItemAsync(_scenario.FirstItemId), Is.EqualTo(before));
    }

    [Test]
    public async Task AnOwnPictureThatIsNotAnImage_IsRefused()
    {
        var before = await ItemAsync(_scenario.FirstItemId);

        var response = await TestImages.PostNotesWithPictureAsync(_coordinator, _scenario.ItemPath(_scenario.FirstItemId), TestImages.Program(), "photo.png", "A photo");

        await AssertShowsAsync(response, "The picture must be a photo or picture saved as PNG or JPEG.");
        Assert.That(await ItemAsync(_scenario.FirstItemId), Is.EqualTo(before));
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM minutes_items WHERE own_picture IS NOT NULL"), Is.Zero);
    }

    [Test]
    public async Task AnOwnPictureThePdfCannotCarry_IsRefused()
    {
        var before = await ItemAsync(_scenario.FirstItemId);

        var response = await TestImages.PostNotesWithPictureAsync(_coordinator, _scenario.ItemPath(_scenario.FirstItemId),
            TestImages.Png(40, 40, bitDepth: 16), "photo.png", "A photo");

        await AssertShowsAsync(response, "This picture cannot go into the PDF. Save it as a JPEG photo and choose it again.");
        Assert.That(await ItemAsync(_scenario.FirstItemId), Is.EqualTo(before));
    }

    [Test]
    public async Task AnOwnPictureWithNoWords_IsRefused()
    {
        var before = await ItemAsync(_scenario.FirstItemId);

        var response = await TestImages.PostNotesWithPictureAsync(_coordinator, _scenario.ItemPath(_scenario.FirstItemId), TestImages.Png(40, 40), "photo.png", alt: null);

        await AssertShowsAsync(response, "Say what the picture shows, for people who cannot see it.");
        Assert.That(await ItemAsync(_scenario.FirstItemId), Is.EqualTo(before));
    }

    [Test]
    public async Task SendingToTheRepsWithAnItemUnwritten_NamesTheItem_AndChangesNothing()
    {
        await BoardAppFactory.PostFormAsync(_coordinator, _scenario.ItemPath(_scenario.FirstItemId), MinutesScenario.Notes());

        var response = await BoardAppFactory.PostFormAsync(_coordinator, _scenario.ManagePath, new Dictionary<string, string>(), "SendToReps");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.That(html, Does.Contain($"Write both notes for: {MinutesScenario.SecondTitle}."));
        Assert.That(await StateAsync(), Is.EqualTo("Drafting"));
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM notifications WHERE dedupe_key = @k", new { k = $"minutes-check:{_scenario.MeetingId}" }), Is.Zero);
    }

    [Test]
    public async Task PublishingAnUnapprovedDraft_IsRefused_AndNothingIsRendered()
    {
        var response = await BoardAppFactory.PostFormAsync(_coordinator, _scenario.ManagePath, new Dictionary<string, string>(), "Publish");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.That(html, Does.Contain("Send the minutes to the Reps to check before you publish them."));
        Assert.That(await StateAsync(), Is.EqualTo("Drafting"));
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM documents WHERE meeting_id = @m", new { m = _scenario.MeetingId }), Is.Zero);
        Assert.That((await Factory.NewClient().GetAsync($"/boards/{_scenario.BoardId}/meetings/{_scenario.MeetingId}/minutes/easy-read")).StatusCode,
            Is.EqualTo(HttpStatusCode.NotFound), "draft minutes are not public");
    }

    [Test]
    public async Task ARepsMark_BeforeTheMinutesAreSent_OrWithNoChoice_OrTooLong_IsRefused()
    {
        using var rep = await Factory.SignedInClientAsync("rep@riverside.example");
        var early = await PostMarkAsync(rep, "Understood", "");
        Assert.That(WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), Does.Contain("The minutes are not ready to check yet."));

        await BoardAppFactory.PostFormAsync(_coordinator, _scenario.ItemPath(_scenario.FirstItemId), MinutesScenario.Notes());
        await BoardAppFactory.PostFormAsync(_coordinator, _scenario.ItemPath(_scenario.SecondItemId), MinutesScenario.Notes());
        await BoardAppFactory.PostFormAsync(_coordinator, _scenario.ManagePath, new Dictionary<string, string>(), "SendToReps");

        await AssertShowsAsync(await PostMarkAsync(rep, "", ""), "Choose \"I understand this\" or \"This is hard\".".Replace("\"", "&quot;"));
        await AssertShowsAsync(await PostMarkAsync(rep, "Hard", new string('a', 501)), "Your comment must be 500 characters or fewer.");
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM minutes_marks WHERE meeting_id = @m", new { m = _scenario.MeetingId }), Is.Zero);
    }

    [Test]
    public async Task ARepsMarkOnWordsThatChangedWhileTheyRead_IsRefused()
    {
        await BoardAppFactory.PostFormAsync(_coordinator, _scenario.ItemPath(_scenario.FirstItemId), MinutesScenario.Notes());
        await BoardAppFactory.PostFormAsync(_coordinator, _scenario.ItemPath(_scenario.SecondItemId), MinutesScenario.Notes());
        await BoardAppFactory.PostFormAsync(_coordinator, _scenario.ManagePath, new Dictionary<string, string>(), "SendToReps");
        using var rep = await Factory.SignedInClientAsync("rep@riverside.example");
        var read = await ScalarAsync<long>("SELECT revision FROM minutes_items WHERE agenda_item_id = @id", new { id = _scenario.FirstItemId });
        await BoardAppFactory.PostFormAsync(_coordinator, _scenario.ItemPath(_scenario.FirstItemId), MinutesScenario.Notes("The words are new now."));

        var response = await PostMarkAsync(rep, "Understood", "", read);

        Assert.That(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), Does.Contain("The words changed while you were reading. Please read them again."));
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM minutes_marks WHERE meeting_id = @m", new { m = _scenario.MeetingId }), Is.Zero);
    }

    [Test]
    public async Task ASignOffOfWordsThatHaveChanged_IsRefused()
    {
        await BoardAppFactory.PostFormAsync(_coordinator, _scenario.ItemPath(_scenario.FirstItemId), MinutesScenario.Notes());
        await BoardAppFactory.PostFormAsync(_coordinator, _scenario.ItemPath(_scenario.SecondItemId), MinutesScenario.Notes());
        await BoardAppFactory.PostFormAsync(_coordinator, _scenario.ManagePath, new Dictionary<string, string>(), "SendToReps");
        using var councillor = await Factory.SignedInClientAsync("councillor@riverside.example");

        var response = await BoardAppFactory.PostFormAsync(councillor, _scenario.SignOffPath, new Dictionary<string, string> { ["Version"] = "1" });

        Assert.That(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), Does.Contain("The minutes changed while you were reading them."));
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM minutes_signoffs WHERE meeting_id = @m", new { m = _scenario.MeetingId }), Is.Zero);
    }

    [Test]
    public async Task AnUnknownDocumentName_IsNotFound()
    {
        var anonymous = Factory.NewClient();
        Assert.That((await anonymous.GetAsync($"/boards/{_scenario.BoardId}/meetings/{_scenario.MeetingId}/documents/secret.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await anonymous.GetAsync($"/boards/{_scenario.BoardId}/meetings/{_scenario.MeetingId}/minutes/backwards")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private async Task<HttpResponseMessage> PostMarkAsync(HttpClient rep, string mark, string comment, long? revision = null) =>
        await BoardAppFactory.PostFormAsync(rep, _scenario.CheckPath, new Dictionary<string, string>
        {
            ["ItemId"] = _scenario.FirstItemId.ToString(),
            ["Mark"] = mark,
            ["Comment"] = comment,
            ["Revision"] = (revision ?? await ScalarAsync<long>("SELECT revision FROM minutes_items WHERE agenda_item_id = @id", new { id = _scenario.FirstItemId })).ToString(),
        });

    private Task<string> StateAsync() => ScalarAsync<string>("SELECT state FROM minutes WHERE meeting_id = @m", new { m = _scenario.MeetingId });

    private Task<string> ItemAsync(long itemId) => ScalarAsync<string>(
        "SELECT standard_note || '|' || easy_read_note || '|' || actions || '|' || picture || '|' || revision FROM minutes_items WHERE agenda_item_id = @itemId",
        new { itemId });
}

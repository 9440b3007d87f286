using System.Net;
using Board.Core.Minutes;
using Board.Data.Boards;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Minutes;

/// <summary>
/// The minutes from draft to publication through the real pages: notes, the Reps' check, approval by the co-chairs
/// or by a vote, publishing, the background rendering, and the public pages and PDFs.
/// </summary>
[TestFixture]
public sealed class MinutesWorkflowTests : BoardWebTest
{
    private MinutesScenario _scenario = null!;

    [SetUp]
    public async Task CreateMeetingAsync() => _scenario = await MinutesScenario.CreateAsync(Factory, Ids);

    [Test]
    public async Task CoChairsSignOff_ThenTheCoordinatorPublishes_AndThePdfsAreRenderedAndServed()
    {
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        await DraftAndSendAsync(coordinator);

        using var rep = await Factory.SignedInClientAsync("rep@riverside.example");
        var marked = await BoardAppFactory.PostFormAsync(rep, _scenario.CheckPath, new Dictionary<string, string>
        {
            ["ItemId"] = _scenario.FirstItemId.ToString(),
            ["Mark"] = "Hard",
            ["Comment"] = "What is a provider?",
            ["Revision"] = (await ScalarAsync<long>("SELECT revision FROM minutes_items WHERE agenda_item_id = @id", new { id = _scenario.FirstItemId })).ToString(),
        });
        Assert.That(marked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var overview = WebUtility.HtmlDecode(await coordinator.GetStringAsync(_scenario.ManagePath));
        Assert.That(overview, Does.Contain("This is hard: “What is a provider?”").And.Contain("1 find it hard"));

        // The coordinator revises the item: the mark now says it was made before the change.
        var revised = await BoardAppFactory.PostFormAsync(coordinator, _scenario.ItemPath(_scenario.FirstItemId),
            MinutesScenario.Notes("We talked about swimming.\nThe leisure centre will look at the price."));
        Assert.That(revised.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(WebUtility.HtmlDecode(await coordinator.GetStringAsync(_scenario.ManagePath)), Does.Contain("(before your last change)"));

        // Not approved yet: publishing is refused and nothing changes.
        var early = await BoardAppFactory.PostFormAsync(coordinator, _scenario.ManagePath, new Dictionary<string, string>(), "Publish");
        Assert.That(WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), Does.Contain("The minutes are not approved yet."));
        Assert.That(await StateAsync(), Is.EqualTo("WithReps"));

        foreach (var coChair in new[] { "rep@riverside.example", "councillor@riverside.example" })
        {
            using var client = await Factory.SignedInClientAsync(coChair);
            var page = await client.GetStringAsync(_scenario.SignOffPath);
            Assert.That(WebUtility.HtmlDecode(page), Does.Contain("The leisure centre will look at the price."), "the co-chair reads the latest words");
            var signed = await BoardAppFactory.PostFormAsync(client, _scenario.SignOffPath, new Dictionary<string, string> { ["Version"] = await VersionAsync() });
            Assert.That(signed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }

        var published = await BoardAppFactory.PostFormAsync(coordinator, _scenario.ManagePath, new Dictionary<string, string>(), "Publish");
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await StateAsync(), Is.EqualTo("Published"));
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE kind = 'minutes-published' AND subject = @s", new { s = $"meeting:{_scenario.MeetingId}" }), Is.EqualTo(1));

        await WaitForPdfsAsync();
        var anonymous = Factory.NewClient();
        var easyRead = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/boards/{_scenario.BoardId}/meetings/{_scenario.MeetingId}/minutes/easy-read"));
        Assert.That(easyRead, Does.Contain("Easy read minutes").And.Contain("The leisure centre will look at the price.")
            .And.Contain("We voted: Should swimming cost less?").And.Contain("For: 9"));
        // Issue 17 on the web page: dates are joined with no-break spaces, and each row's words come before its picture
        // in the page (CSS shows the picture at the left).
        Assert.That(System.Text.RegularExpressions.Regex.IsMatch(easyRead, @"\d{1,2}\u00A0(?:January|February|March|April|May|June|July|August|September|October|November|December)\u00A0\d{4}"),
            Is.True, "a date joined with no-break spaces");
        Assert.That(easyRead, Does.Not.Match(@"\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}</"),
            "no date in a row with ordinary spaces");
        foreach (System.Text.RegularExpressions.Match row in System.Text.RegularExpressions.Regex.Matches(easyRead, "<div class=\"app-easy-read-row\">(.*?)</div>\\s*</div>",
                     System.Text.RegularExpressions.RegexOptions.Singleline))
            Assert.That(row.Value.IndexOf("app-easy-read-row__text", StringComparison.Ordinal), Is.LessThan(row.Value.IndexOf("<img", StringComparison.Ordinal)), "words before the picture");
        var standard = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/boards/{_scenario.BoardId}/meetings/{_scenario.MeetingId}/minutes"));
        Assert.That(standard, Does.Contain("The board discussed the item and agreed to write to the provider.").And.Contain("Record of votes"));
        // The record names the audit entry made when they were published, and does not move as the log grows.
        var publishedEntry = await ScalarAsync<long>("SELECT sequence FROM audit_log WHERE kind = 'minutes-published' AND subject = @s", new { s = $"meeting:{_scenario.MeetingId}" });
        Assert.That(standard, Does.Contain($"When these minutes were published the log's newest entry was number {publishedEntry},"));
        await Factory.Services.GetRequiredService<Board.Data.Voting.AuditLog>().AppendAsync(_scenario.BoardId, DateTimeOffset.UtcNow, "test", "later", "A later entry.");
        Assert.That(WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/boards/{_scenario.BoardId}/meetings/{_scenario.MeetingId}/minutes")),
            Does.Contain($"newest entry was number {publishedEntry},"));

        // The published minutes are the record made at publication: later edits elsewhere do not change them.
        await using (var connection = await Factory.Database.OpenAsync())
            await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE agenda_items SET title = 'A different title' WHERE id = @id; UPDATE glossary_terms SET explanation = 'Changed.'",
                new { id = _scenario.FirstItemId });
        var later = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/boards/{_scenario.BoardId}/meetings/{_scenario.MeetingId}/minutes/easy-read"));
        Assert.That(later, Does.Contain($"1. {MinutesScenario.FirstTitle}").And.Not.Contain("A different title"));

        var pdfPath = $"/boards/{_scenario.BoardId}/meetings/{_scenario.MeetingId}/documents/easy-read-minutes.pdf";
        var pdf = await anonymous.GetAsync(pdfPath);
        Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(pdf.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(pdf.Content.Headers.ContentDisposition?.FileNameStar, Does.StartWith("riverside-").And.EndWith("-easy-read-minutes.pdf"));
        Assert.That(pdf.Headers.CacheControl?.Public, Is.True);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.That(bytes[..5], Is.EqualTo("%PDF-"u8.ToArray()));
        // The PDF the job made from the stores says what the page says, in order, with the vote's counts.
        using (var reading = new Board.Tests.Documents.PdfReading(bytes))
        {
            var item = reading.Find($"1. {MinutesScenario.FirstTitle}");
            var note = reading.Find("The leisure centre will look at the price.", item?.End ?? 0);
            var vote = reading.Find("For: 9", note?.End ?? 0);
            var hardWordsOrEnd = reading.Find("About this document", vote?.End ?? 0);
            Assert.That(new[] { item, note, vote, hardWordsOrEnd }, Has.All.Not.Null, "item, note, vote and the credit, in that order");
            Assert.That(reading.Document.Information.Title, Does.Contain("easy read minutes"));
        }

        using var again = new HttpRequestMessage(HttpMethod.Get, pdfPath);
        again.Headers.IfNoneMatch.Add(pdf.Headers.ETag!);
        Assert.That((await anonymous.SendAsync(again)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        using var listed = new HttpRequestMessage(HttpMethod.Get, pdfPath);
        listed.Headers.TryAddWithoutValidation("If-None-Match", $"\"something-else\", W/{pdf.Headers.ETag!.Tag}");
        Assert.That((await anonymous.SendAsync(listed)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified), "a list with the weak form of our tag");

        var archive = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/boards/{_scenario.BoardId}/archive"));
        Assert.That(archive, Does.Contain($"/meetings/{_scenario.MeetingId}/documents/easy-read-minutes.pdf"));
        var demoPast = await ScalarAsync<long>("SELECT meeting_id FROM minutes WHERE board_id = @b AND meeting_id < @m AND state = 'Published'",
                    new { b = Ids.Riverside, m = _scenario.MeetingId });
        Assert.That(archive.IndexOf($"id=\"meeting-{_scenario.MeetingId}\"", StringComparison.Ordinal),
            Is.GreaterThan(-1).And.LessThan(archive.IndexOf($"id=\"meeting-{demoPast}\"", StringComparison.Ordinal)), "newest first");
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM notifications WHERE dedupe_key = @k", new { k = $"minutes-published:{_scenario.MeetingId}" }), Is.GreaterThan(10));
    }

    [Test]
    public async Task VoteAtTheNextMeeting_ApprovesTheMinutes_OnlyWhenItPassesForTheCurrentWords()
    {
        await Factory.Services.GetRequiredService<ConstitutionStore>().SetMinutesApprovalAsync(Ids.Riverside, MinutesApproval.VoteAtNextMeeting);
        try
        {
            using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
            await DraftAndSendAsync(coordinator);

            var setUp = await BoardAppFactory.PostFormAsync(coordinator, _scenario.ManagePath, new Dictionary<string, string>(), "SetUpVote");
            Assert.That(setUp.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            var pollId = await ScalarAsync<long>("SELECT id FROM polls WHERE approves_minutes_of = @m", new { m = _scenario.MeetingId });
            Assert.That(await ScalarAsync<long>("SELECT meeting_id FROM polls WHERE id = @pollId", new { pollId }), Is.EqualTo(Ids.RiversideMeeting), "on the next meeting");

            var refused = await BoardAppFactory.PostFormAsync(coordinator, _scenario.ManagePath, new Dictionary<string, string>(), "Publish");
            Assert.That(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), Does.Contain("Waiting for the vote at the next meeting."));

            var polls = Factory.Services.GetRequiredService<Board.Data.Voting.PollStore>();
            // Votes open only while their meeting is live.
            await Board.Tests.Data.Meetings.MeetingData.MoveToAsync(Factory.Database, Ids.Riverside, Ids.RiversideMeeting, Board.Core.Meetings.MeetingState.Live);
            Assert.That(await polls.OpenAsync(Ids.Riverside, pollId, DateTimeOffset.UtcNow), Is.True);
            var poll = (await polls.GetAsync(Ids.Riverside, pollId))!;
            await polls.RecordRoomCountsAsync(Ids.Riverside, pollId, poll.Options.Zip([8, 0, 2]).ToDictionary(p => p.First.Id, p => p.Second), Board.Tests.Data.TestData.Eligible,
                await MinutesScenario.CoordinatorAsync(Factory), DateTimeOffset.UtcNow);
            await MinutesScenario.ClosePassedAsync(Factory, Ids.Riverside, pollId);

            var published = await BoardAppFactory.PostFormAsync(coordinator, _scenario.ManagePath, new Dictionary<string, string>(), "Publish");
            Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(await StateAsync(), Is.EqualTo("Published"));
        }
        finally
        {
            await Factory.Services.GetRequiredService<ConstitutionStore>().SetMinutesApprovalAsync(Ids.Riverside, MinutesApproval.CoChairsSignOff);
        }
    }

    [Test]
    public async Task TheBoardsOwnPicture_IsPrivateWhileDrafting_AndInThePdfOncePublished()
    {
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        await DraftAndSendAsync(coordinator);
        var photo = TestImages.Png(600, 300);
        var saved = await TestImages.PostNotesWithPictureAsync(coordinator, _scenario.ItemPath(_scenario.FirstItemId), photo, "pool.png", "The swimming pool");
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var picturePath = $"/boards/{_scenario.BoardId}/meetings/{_scenario.MeetingId}/minutes/pictures/{_scenario.FirstItemId}";

        Assert.That((await Factory.NewClient().GetAsync(picturePath)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "not public before publishing");
        using var rep = await Factory.SignedInClientAsync("rep@riverside.example");
        Assert.That(await (await rep.GetAsync(picturePath)).Content.ReadAsByteArrayAsync(), Is.EqualTo(photo), "the Reps check the draft with it");
        Assert.That(WebUtility.HtmlDecode(await rep.GetStringAsync(_scenario.CheckPath)), Does.Contain($"src=\"{picturePath}\" alt=\"The swimming pool\""));

        foreach (var coChair in new[] { "rep@riverside.example", "councillor@riverside.example" })
        {
            using var client = await Factory.SignedInClientAsync(coChair);
            await BoardAppFactory.PostFormAsync(client, _scenario.SignOffPath, new Dictionary<string, string> { ["Version"] = await VersionAsync() });
        }
        await BoardAppFactory.PostFormAsync(coordinator, _scenario.ManagePath, new Dictionary<string, string>(), "Publish");
        await WaitForPdfsAsync();

        var anonymous = Factory.NewClient();
        var served = await anonymous.GetAsync(picturePath);
        Assert.That(served.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/boards/{_scenario.BoardId}/meetings/{_scenario.MeetingId}/minutes/easy-read"));
        Assert.That(page, Does.Contain($"src=\"{picturePath}\" alt=\"The swimming pool: item "));
        var pdf = await anonymous.GetByteArrayAsync($"/boards/{_scenario.BoardId}/meetings/{_scenario.MeetingId}/documents/easy-read-minutes.pdf");
        using var reading = new Board.Tests.Documents.PdfReading(pdf);
        var heading = reading.Find($"1. {MinutesScenario.FirstTitle}")!;
        var images = reading.Document.GetPage(heading.Page).GetImages().ToList();
        Assert.That(images.Any(i => i.WidthInSamples == 600 && i.HeightInSamples == 300), Is.True, "the board's own picture is in the PDF beside its item");
    }

    [Test]
    public async Task AChangeAfterSignOff_NeedsSigningOffAgain()
    {
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        await DraftAndSendAsync(coordinator);
        foreach (var coChair in new[] { "rep@riverside.example", "councillor@riverside.example" })
        {
            using var client = await Factory.SignedInClientAsync(coChair);
            await BoardAppFactory.PostFormAsync(client, _scenario.SignOffPath, new Dictionary<string, string> { ["Version"] = await VersionAsync() });
        }
        await BoardAppFactory.PostFormAsync(coordinator, _scenario.ItemPath(_scenario.SecondItemId), MinutesScenario.Notes("Bills will come in easy read."));

        var refused = await BoardAppFactory.PostFormAsync(coordinator, _scenario.ManagePath, new Dictionary<string, string>(), "Publish");

        Assert.That(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), Does.Contain("Waiting for the co-chairs to sign off."));
        Assert.That(await StateAsync(), Is.EqualTo("WithReps"));
    }

    private async Task DraftAndSendAsync(HttpClient coordinator)
    {
        var started = await BoardAppFactory.PostFormAsync(coordinator, _scenario.ManagePath, new Dictionary<string, string>(), "Start");
        Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        foreach (var itemId in new[] { _scenario.FirstItemId, _scenario.SecondItemId })
        {
            var saved = await BoardAppFactory.PostFormAsync(coordinator, _scenario.ItemPath(itemId), MinutesScenario.Notes());
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }
        var sent = await BoardAppFactory.PostFormAsync(coordinator, _scenario.ManagePath, new Dictionary<string, string>(), "SendToReps");
        Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await StateAsync(), Is.EqualTo("WithReps"));
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM notifications WHERE dedupe_key = @k AND person_id = @rep",
            new { k = $"minutes-check:{_scenario.MeetingId}", rep = Ids.RiversideRep }), Is.EqualTo(1), "the Reps are asked to check");
    }

    private Task<string> StateAsync() => ScalarAsync<string>("SELECT state FROM minutes WHERE meeting_id = @m", new { m = _scenario.MeetingId });

    private async Task<string> VersionAsync() => (await ScalarAsync<long>("SELECT version FROM minutes WHERE meeting_id = @m", new { m = _scenario.MeetingId })).ToString();

    private async Task WaitForPdfsAsync()
    {
        for (var i = 0; i < 300; i++)
        {
            if (await ScalarAsync<long>("SELECT COUNT(*) FROM documents WHERE meeting_id = @m AND kind = 'Minutes'", new { m = _scenario.MeetingId }) == 2)
                return;
            await Task.Delay(100);
        }
        Assert.Fail("The render job did not store the minutes' two PDFs within 30 seconds.");
    }
}

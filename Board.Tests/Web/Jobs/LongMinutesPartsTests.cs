using System.Net;
using System.Text.Json;
using Board.Web.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Jobs;

/// <summary>
/// Long published minutes (ADR-022): the job stores the summary as the easy read minutes' PDF and each part beside it,
/// the minutes pages link them all, and anyone may read a part, as anyone may read the easy read minutes' PDF.
/// </summary>
[TestFixture]
public sealed class LongMinutesPartsTests : BoardWebTest
{
    private long _meetingId;

    // The app renders what is missing when it starts; wait for that, so it cannot write over what a test renders.
    [SetUp]
    public async Task WaitForTheStartupRenderingAsync()
    {
        _meetingId = await ScalarAsync<long>("SELECT meeting_id FROM minutes WHERE board_id = @b AND state = 'Published' ORDER BY meeting_id LIMIT 1", new { b = Ids.Riverside });
        for (var i = 0; i < 300 && await ScalarAsync<long>("SELECT COUNT(*) FROM documents WHERE meeting_id = @m", new { m = _meetingId }) < 4; i++)
            await Task.Delay(100);
    }

    // As if the meeting had this many items when its minutes were published: the record is what the documents are made from.
    private async Task PublishedWithAsync(int items)
    {
        var record = JsonSerializer.Serialize(Documents.GeneratedMeetings.Minutes(items));
        await using var connection = await Factory.Database.OpenAsync();
        await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE minutes SET published_facts = @record WHERE meeting_id = @meetingId", new { record, meetingId = _meetingId });
    }

    [Test]
    public async Task RenderMinutes_OfSixtyItems_StoresTheSummaryAndFourParts_AndThePagesLinkThem()
    {
        var meetingId = _meetingId;
        await PublishedWithAsync(60);

        await Factory.Services.GetRequiredService<DocumentRenderJob>().RenderMinutesAsync(Ids.Riverside, meetingId);

        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM document_parts WHERE meeting_id = @meetingId AND pages <= 24", new { meetingId }), Is.EqualTo(4));
        Assert.That(await ScalarAsync<long>("SELECT pages FROM documents WHERE meeting_id = @meetingId AND kind = 'Minutes' AND style = 'EasyRead'", new { meetingId }),
            Is.LessThanOrEqualTo(24), "the summary is where the whole minutes were");

        var anonymous = Factory.NewClient();
        var basePath = $"/boards/{Ids.Riverside}/meetings/{meetingId}";
        foreach (var page in new[] { $"{basePath}/minutes/easy-read", $"{basePath}/minutes", basePath, $"/boards/{Ids.Riverside}/archive" })
        {
            var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync(page));
            Assert.That(html, Does.Contain($"href=\"{basePath}/documents/easy-read-minutes.pdf\"").And.Contain("Easy read minutes: the summary (PDF, "), page);
            for (var part = 1; part <= 4; part++)
                Assert.That(html, Does.Contain($"href=\"{basePath}/documents/easy-read-minutes-part-{part}.pdf\""), $"{page} links part {part}");
            Assert.That(html, Does.Contain("Easy read minutes. Part 2 of 4: items 16 to 30 (PDF, "));
        }

        var response = await anonymous.GetAsync($"{basePath}/documents/easy-read-minutes-part-2.pdf");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar, Does.EndWith("-easy-read-minutes-part-2.pdf"));
        using (var reading = new Documents.PdfReading(await response.Content.ReadAsByteArrayAsync()))
            Assert.That(reading.Find("Part 2 of 4: items 16 to 30"), Is.Not.Null, "the part names itself");
        using (var again = new HttpRequestMessage(HttpMethod.Get, $"{basePath}/documents/easy-read-minutes-part-2.pdf"))
        {
            again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
            Assert.That((await anonymous.SendAsync(again)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        }
        Assert.That((await anonymous.GetAsync($"{basePath}/documents/easy-read-minutes-part-5.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await anonymous.GetAsync($"/boards/{Ids.Hillside}/meetings/{meetingId}/documents/easy-read-minutes-part-1.pdf")).StatusCode,
            Is.EqualTo(HttpStatusCode.NotFound), "another board's address finds nothing");
    }

    [Test]
    public async Task RenderMinutes_ThatFitInOneDocument_LeaveNoParts()
    {
        var meetingId = _meetingId;
        await PublishedWithAsync(8);
        await using (var connection = await Factory.Database.OpenAsync())
            await Dapper.SqlMapper.ExecuteAsync(connection,
                "INSERT INTO document_parts (board_id, meeting_id, part, of_parts, first_item, last_item, content, sha256, pages, rendered_at) VALUES (@b, @m, 9, 9, 1, 2, @c, 'x', 1, '2026-01-01')",
                new { b = Ids.Riverside, m = meetingId, c = new byte[] { 1 } });

        await Factory.Services.GetRequiredService<DocumentRenderJob>().RenderMinutesAsync(Ids.Riverside, meetingId);

        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM document_parts WHERE meeting_id = @meetingId", new { meetingId }), Is.Zero);
        var html = WebUtility.HtmlDecode(await Factory.NewClient().GetStringAsync($"/boards/{Ids.Riverside}/meetings/{meetingId}/minutes/easy-read"));
        Assert.That(html, Does.Not.Contain("easy-read-minutes-part-").And.Not.Contain("the summary (PDF"));
    }
}

using Board.Tests.Web.Minutes;
using Board.Web.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Jobs;

/// <summary>The render job over the real app's stores: it renders what is published, and only that.</summary>
[TestFixture]
public sealed class DocumentRenderJobTests : BoardWebTest
{
    private long _demoMeeting;

    [SetUp]
    public async Task WaitForTheStartupRenderingAsync()
    {
        _demoMeeting = await ScalarAsync<long>("SELECT meeting_id FROM minutes WHERE board_id = @b AND state = 'Published' ORDER BY meeting_id LIMIT 1", new { b = Ids.Riverside });
        for (var i = 0; i < 300 && await DocumentsForAsync(_demoMeeting) < 4; i++)
            await Task.Delay(100);
    }

    [Test]
    public async Task RenderMissing_MakesTheAgendaAndMinutesOfAPublishedMeeting_WhenTheyAreGone()
    {
        Assert.That(await DocumentsForAsync(_demoMeeting), Is.EqualTo(4), "the app renders what is missing when it starts");
        await ExecuteAsync("DELETE FROM documents");

        await Factory.Services.GetRequiredService<DocumentRenderJob>().RenderMissingAsync();

        Assert.That(await ScalarAsync<string>(
            $"SELECT {TestSql.Concat("kind || '/' || style")} FROM (SELECT kind, style FROM documents WHERE meeting_id = @m ORDER BY kind, style) AS t", new { m = _demoMeeting }),
            Is.EqualTo("Agenda/EasyRead,Agenda/Standard,Minutes/EasyRead,Minutes/Standard"));
        Assert.That(await ScalarAsync<long>("SELECT MIN(pages) FROM documents"), Is.GreaterThan(0));
    }

    [Test]
    public async Task Minutes_ThatAreNotPublished_AreNotRendered_EvenWhenAsked()
    {
        var scenario = await MinutesScenario.CreateAsync(Factory, Ids);
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ManagePath, new Dictionary<string, string>(), "Start");
        var job = Factory.Services.GetRequiredService<DocumentRenderJob>();

        await job.RenderMinutesAsync(scenario.BoardId, scenario.MeetingId);
        await job.RenderMinutesAsync(Ids.Hillside, _demoMeeting);
        await job.RenderMissingAsync();

        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM documents WHERE meeting_id = @m AND kind = 'Minutes'", new { m = scenario.MeetingId }), Is.Zero);
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM documents WHERE board_id = @h AND meeting_id = @m", new { h = Ids.Hillside, m = _demoMeeting }), Is.Zero,
            "another board's id renders nothing");
    }

    [Test]
    public async Task AnOwnPictureThatWillNotLoad_DoesNotStopThePdfs()
    {
        var scenario = await MinutesScenario.CreateAsync(Factory, Ids);
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        await BoardAppFactory.PostFormAsync(coordinator, scenario.ManagePath, new Dictionary<string, string>(), "Start");
        foreach (var itemId in new[] { scenario.FirstItemId, scenario.SecondItemId })
            await BoardAppFactory.PostFormAsync(coordinator, scenario.ItemPath(itemId), MinutesScenario.Notes());
        // As if a picture that passed the checks then would not load: the PDF uses the page picture instead.
        await ExecuteAsync($"UPDATE minutes_items SET own_picture = {TestSql.Blob("FFD8FF00112233")}, own_picture_type = 'image/jpeg', own_picture_alt = 'A photo' WHERE agenda_item_id = {scenario.FirstItemId}");
        await ExecuteAsync($"UPDATE minutes SET state = 'Published' WHERE meeting_id = {scenario.MeetingId}");

        await Factory.Services.GetRequiredService<DocumentRenderJob>().RenderMissingAsync();

        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM documents WHERE meeting_id = @m AND kind = 'Minutes'", new { m = scenario.MeetingId }), Is.EqualTo(2));
    }

    private Task<long> DocumentsForAsync(long meetingId) =>
        ScalarAsync<long>("SELECT COUNT(*) FROM documents WHERE meeting_id = @meetingId", new { meetingId });

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await Factory.Database.OpenAsync();
        await Dapper.SqlMapper.ExecuteAsync(connection, sql);
    }
}

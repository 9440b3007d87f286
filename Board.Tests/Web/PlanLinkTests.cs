using Dapper;

namespace Board.Tests.Web;

/// <summary>An agenda item brings plan actions to the board for review; only this board's actions can be linked.</summary>
[TestFixture]
public sealed class PlanLinkTests
{
    [Test]
    public async Task Coordinator_LinksPlanActionsToAnItem_AndThePublishedAgendaShowsThem()
    {
        using var factory = new BoardAppFactory();
        var ids = await DemoIds.LoadAsync(factory.Database);
        using var coordinator = await factory.SignedInClientAsync("coordinator@riverside.example");
        long meetingId;
        await using (var connection = await factory.Database.OpenAsync())
            meetingId = await connection.ExecuteScalarAsync<long>("SELECT meeting_id FROM agenda_items WHERE id = @id", new { id = ids.RiversideItem });
        var path = $"/boards/{ids.Riverside}/manage/meetings/{meetingId}/items/{ids.RiversideItem}";
        var token = await BoardAppFactory.AntiforgeryTokenAsync(coordinator, path);

        var response = await coordinator.PostAsync($"{path}?handler=Link", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("LinkedActionIds", ids.RiversideAction.ToString()),
            new("LinkedActionIds", "999999"),
        ]));

        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Redirect));
        await using (var connection = await factory.Database.OpenAsync())
            Assert.That(await connection.QueryAsync<long>("SELECT action_id FROM agenda_item_actions WHERE item_id = @id", new { id = ids.RiversideItem }),
                Is.EqualTo(new[] { ids.RiversideAction }), "an action id that is not this board's is ignored");
        var agenda = System.Net.WebUtility.HtmlDecode(await factory.NewClient().GetStringAsync($"/boards/{ids.Riverside}/meetings/{meetingId}"));
        Assert.That(agenda, Does.Contain("Plan actions to review:").And.Contain("Hospital letters will come in easy read."));
    }
}

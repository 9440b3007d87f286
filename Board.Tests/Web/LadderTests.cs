using System.Net;
using Dapper;

namespace Board.Tests.Web;

/// <summary>
/// Ladder-of-co-production ratings through the pages (ADR-018): each person's own, changeable by them, never by the
/// coordinator; bad input and other boards' decisions get a plain message and change nothing.
/// </summary>
[TestFixture]
public sealed class LadderTests : BoardWebTest
{
    private long _lastMeeting;
    private long _undecidedItem;

    [SetUp]
    public async Task ClearAsync()
    {
        await using var connection = await Factory.Database.OpenAsync();
        await connection.ExecuteAsync("DELETE FROM ladder_ratings");
        await connection.ExecuteAsync("UPDATE boards SET ladder_public = @no", new { no = false });
        // The demo's finished meeting (the bus item was decided there) and an item still waiting on the next one.
        _lastMeeting = await ScalarAsync<long>("SELECT MIN(id) FROM meetings WHERE board_id = @b", new { b = Ids.Riverside });
        _undecidedItem = await ScalarAsync<long>("SELECT MIN(id) FROM agenda_items WHERE meeting_id = @m", new { m = Ids.RiversideMeeting });
    }

    private string Rate(long? item = null) =>
        $"/boards/{Ids.Riverside}/meetings/{_lastMeeting}/ladder/rate" + (item is { } i ? $"?item={i}" : "");

    private Task<long> RatingsAsync() => CountAsync("ladder_ratings");

    private Task<long> RungOfAsync(string user) => ScalarAsync<long>(
        "SELECT rung FROM ladder_ratings WHERE agenda_item_id = @item AND person_id = (SELECT person_id FROM accounts WHERE user_name = @user)",
        new { item = Ids.RiversideItem, user });

    [Test]
    public async Task ARep_RatesADecision_SeesWhatTheySaid_AndCanChangeIt()
    {
        using var rep = await Factory.SignedInClientAsync("rep@riverside.example");

        var saved = await BoardAppFactory.PostFormAsync(rep, Rate(Ids.RiversideItem), new Dictionary<string, string> { ["Rung"] = "6", ["Why"] = "We wrote it together." });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await rep.GetStringAsync($"/boards/{Ids.Riverside}/meetings/{_lastMeeting}/ladder"), Does.Contain("You said: <strong>Co-design</strong>"));
        Assert.That(await ScalarAsync<string>("SELECT rater_view FROM ladder_ratings"), Is.EqualTo("RepsAndCarers"));

        await BoardAppFactory.PostFormAsync(rep, Rate(Ids.RiversideItem), new Dictionary<string, string> { ["Rung"] = "2" });

        Assert.That(await RatingsAsync(), Is.EqualTo(1), "one rating per person per decision");
        Assert.That(await RungOfAsync("rep@riverside.example"), Is.EqualTo(2));
        Assert.That(await rep.GetStringAsync(Rate(Ids.RiversideItem)), Does.Contain("Save my change"));
    }

    [Test]
    public async Task TheCoordinator_CannotChangeARepsRating_TheirOwnGoesOnTheOfficersSide()
    {
        using var rep = await Factory.SignedInClientAsync("rep@riverside.example");
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        await BoardAppFactory.PostFormAsync(rep, Rate(Ids.RiversideItem), new Dictionary<string, string> { ["Rung"] = "4" });

        // Naming the Rep in the form changes nothing: who rates comes from the sign-in.
        await BoardAppFactory.PostFormAsync(coordinator, Rate(Ids.RiversideItem), new Dictionary<string, string>
        {
            ["Rung"] = "7",
            ["PersonId"] = Ids.RiversideRep.ToString(),
            ["personId"] = Ids.RiversideRep.ToString(),
            ["View"] = "RepsAndCarers",
        });

        Assert.That(await RungOfAsync("rep@riverside.example"), Is.EqualTo(4));
        Assert.That(await RungOfAsync("coordinator@riverside.example"), Is.EqualTo(7));
        Assert.That(await ScalarAsync<string>(
            "SELECT rater_view FROM ladder_ratings WHERE person_id = (SELECT person_id FROM accounts WHERE user_name = 'coordinator@riverside.example')"), Is.EqualTo("OfficersAndPartners"));
        var year = await coordinator.GetStringAsync($"/boards/{Ids.Riverside}/ladder?year={await MeetingYearAsync()}");
        Assert.That(year, Does.Contain("Officers and partners put it 3 rungs higher than Reps and carers did."));
    }

    [TestCase("9", "Choose one of the 7 pictures.")]
    [TestCase("0", "Choose one of the 7 pictures.")]
    [TestCase("high", "Choose one of the 7 pictures.")]
    [TestCase("", "Choose one of the 7 pictures.")]
    public async Task AnUnknownRung_IsRefusedNextToTheField_AndNothingIsSaved(string rung, string message)
    {
        using var rep = await Factory.SignedInClientAsync("rep@riverside.example");

        var html = await AssertShowsAsync(await BoardAppFactory.PostFormAsync(rep, Rate(Ids.RiversideItem), new Dictionary<string, string> { ["Rung"] = rung }), message);

        Assert.That(html, Does.Contain("id=\"Rung-error\""));
        Assert.That(await RatingsAsync(), Is.Zero);
    }

    [Test]
    public async Task ALongWhy_IsRefused_AndNothingIsSaved()
    {
        using var rep = await Factory.SignedInClientAsync("rep@riverside.example");

        await AssertShowsAsync(await BoardAppFactory.PostFormAsync(rep, Rate(Ids.RiversideItem), new Dictionary<string, string> { ["Rung"] = "5", ["Why"] = new string('a', 501) }),
            "Say why in 500 letters or fewer.");

        Assert.That(await RatingsAsync(), Is.Zero);
    }

    [Test]
    public async Task AnotherBoardsDecision_AnUndecidedItem_OrAMeetingNotOver_AreRefusedInPlainWords()
    {
        using var rep = await Factory.SignedInClientAsync("rep@riverside.example");
        var form = new Dictionary<string, string> { ["Rung"] = "5" };

        var other = await BoardAppFactory.PostFormAsync(rep, Rate(Ids.HillsideItem), form);
        var undecided = await BoardAppFactory.PostFormAsync(rep, $"/boards/{Ids.Riverside}/meetings/{Ids.RiversideMeeting}/ladder/rate?item={_undecidedItem}", form);
        var notOver = await BoardAppFactory.PostFormAsync(rep, $"/boards/{Ids.Riverside}/meetings/{Ids.RiversideMeeting}/ladder/rate", form);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/boards/{Ids.Hillside}/meetings/{Ids.HillsideMeeting}/ladder/rate?item={Ids.HillsideItem}");
        var otherBoard = await rep.SendAsync(request);

        await AssertShowsAsync(other, "We could not find that decision on your board.");
        await AssertShowsAsync(undecided, "This has not been decided yet.");
        await AssertShowsAsync(notOver, "You can say how we worked together when the meeting is over.");
        Assert.That(otherBoard.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK), "another board's pages are refused");
        Assert.That(await RatingsAsync(), Is.Zero);
    }

    [Test]
    public async Task ASupporter_HasNoRatingOfTheirOwn()
    {
        using var supporter = await Factory.SignedInClientAsync("supporter@riverside.example");

        await AssertShowsAsync(await BoardAppFactory.PostFormAsync(supporter, Rate(Ids.RiversideItem), new Dictionary<string, string> { ["Rung"] = "5" }),
            "Only members of the board, officers and partners give a rating.");

        Assert.That(await RatingsAsync(), Is.Zero);
    }

    [Test]
    public async Task TheMeetingAsAWhole_IsRatedApart()
    {
        using var carer = await Factory.SignedInClientAsync("carer@riverside.example");

        await BoardAppFactory.PostFormAsync(carer, Rate(), new Dictionary<string, string> { ["Rung"] = "5" });

        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ladder_ratings WHERE agenda_item_id IS NULL AND meeting_id = @m", new { m = _lastMeeting }), Is.EqualTo(1));
    }

    [Test]
    public async Task MyBoard_AsksUntilEverythingIsRated()
    {
        using var rep = await Factory.SignedInClientAsync("rep@riverside.example");
        Assert.That(await rep.GetStringAsync("/me/board"), Does.Contain("Tell us how we worked together"));

        foreach (var item in await DecidedItemsAsync())
            await BoardAppFactory.PostFormAsync(rep, Rate(item), new Dictionary<string, string> { ["Rung"] = "5" });
        await BoardAppFactory.PostFormAsync(rep, Rate(), new Dictionary<string, string> { ["Rung"] = "5" });

        Assert.That(await rep.GetStringAsync("/me/board"), Does.Not.Contain("Tell us how we worked together"));
    }

    [Test]
    public async Task ThePublicPage_ShowsTheYearOnlyWhenTheCoordinatorPublishesIt_AndOnlyTheCoordinatorCan()
    {
        using var rep = await Factory.SignedInClientAsync("rep@riverside.example");
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        await BoardAppFactory.PostFormAsync(rep, Rate(Ids.RiversideItem), new Dictionary<string, string> { ["Rung"] = "3", ["Why"] = "A private reason" });
        var publicPage = $"/boards/{Ids.Riverside}";
        var year = await MeetingYearAsync();
        Assert.That(await Factory.NewClient().GetStringAsync(publicPage), Does.Not.Contain("How we worked together in"));

        var byRep = await BoardAppFactory.PostFormAsync(rep, $"/boards/{Ids.Riverside}/ladder?year={year}", new Dictionary<string, string> { ["publish"] = "true" }, "Publish");
        Assert.That(byRep.StatusCode, Is.Not.EqualTo(HttpStatusCode.Redirect).And.Not.EqualTo(HttpStatusCode.OK), "a Rep cannot publish");
        Assert.That(await Factory.NewClient().GetStringAsync(publicPage), Does.Not.Contain("How we worked together in"));

        await BoardAppFactory.PostFormAsync(coordinator, $"/boards/{Ids.Riverside}/ladder", new Dictionary<string, string> { ["publish"] = "true" }, "Publish");

        var shown = await Factory.NewClient().GetStringAsync(publicPage);
        if (year == DateTime.Now.Year)
            Assert.That(shown, Does.Contain("How we worked together in").And.Contain("<title id=\"public-ladder-title\">"));
        Assert.That(shown, Does.Not.Contain("A private reason"), "never why, on the public page");
    }

    private async Task<int> MeetingYearAsync() =>
        (await ScalarAsync<DateTime>("SELECT starts_at FROM meetings WHERE id = @m", new { m = _lastMeeting })).Year;

    private async Task<IReadOnlyList<long>> DecidedItemsAsync()
    {
        await using var connection = await Factory.Database.OpenAsync();
        return (await connection.QueryAsync<long>("SELECT id FROM agenda_items WHERE meeting_id = @m AND state = 'Accepted'", new { m = _lastMeeting })).ToList();
    }
}

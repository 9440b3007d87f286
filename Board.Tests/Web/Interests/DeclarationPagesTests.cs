using System.Net;
using Board.Core.Meetings;
using Board.Data.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Interests;

/// <summary>
/// Declarations of interest and the register through the pages, for each role: the member, their supporter, the
/// coordinator (in the room), a partner member, a non-member, the other board. Bad input gets its message and
/// changes nothing.
/// </summary>
[TestFixture]
public sealed class DeclarationPagesTests : BoardWebTest
{
    private readonly Dictionary<string, HttpClient> _clients = [];
    private long _itemId;
    private long _meetingId;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        foreach (var user in new[] { "rep", "supporter", "coordinator", "partner", "carer" })
            _clients[user] = await Factory.SignedInClientAsync($"{user}@riverside.example");
        _clients["hillside"] = await Factory.SignedInClientAsync("coordinator@hillside.example");
        // The next Riverside meeting (asking for items) with one accepted item.
        _meetingId = Ids.RiversideMeeting;
        var items = Factory.Services.GetRequiredService<AgendaItemStore>();
        var coordinator = await ScalarAsync<long>("SELECT person_id FROM accounts WHERE user_name = 'coordinator@riverside.example'");
        _itemId = await items.RaiseAsync(Ids.Riverside, coordinator,
            new NewAgendaItem(_meetingId, null, "Day centre opening hours", "Should the day centre open later?", "Details", BoardAsk.Decide, "care"), DateTimeOffset.UtcNow);
        var accepted = await items.AcceptAsync((await items.GetAsync(Ids.Riverside, _itemId))!, new Acceptance(9, 15, "Coordinator"), coordinator, DateTimeOffset.UtcNow);
        Assert.That(accepted, Is.True, "the next meeting should still take items");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        foreach (var client in _clients.Values)
            client.Dispose();
    }

    private string Page => $"/boards/{Ids.Riverside}/meetings/{_meetingId}/interests";

    private Dictionary<string, string> Form(string kind = "JobAndMoney", string description = "My sister works at the day centre.", string action = "NotVote", long? item = null) =>
        new() { ["Input.ItemId"] = (item ?? _itemId).ToString(), ["Input.Kind"] = kind, ["Input.Description"] = description, ["Input.Action"] = action };

    [Test]
    public async Task Rep_TapsTheItem_AndDeclares_ItIsStoredForThem()
    {
        var list = await _clients["rep"].GetStringAsync(Page);
        var form = await _clients["rep"].GetStringAsync($"{Page}?item={_itemId}");
        var response = await BoardAppFactory.PostFormAsync(_clients["rep"], $"{Page}?item={_itemId}", Form(action: "LeaveForItem"));
        var after = await _clients["rep"].GetStringAsync($"{Page}?item={_itemId}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list, Does.Contain($"interests?item={_itemId}").And.Contain("Day centre opening hours"));
            Assert.That(form, Does.Contain("My job and money").And.Contain("I will leave the room for this item"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(after, Does.Contain("You will not vote on this item."));
            Assert.That(await ScalarAsync<string>("SELECT action FROM declarations WHERE agenda_item_id = @_itemId AND person_id = @RiversideRep",
                new { _itemId, Ids.RiversideRep }), Is.EqualTo("LeaveForItem"));
        }
    }

    [TestCase("JobAndMoney", "", "NotVote", "Say in a few words what the interest is.")]
    [TestCase("JobAndMoney", "   ", "NotVote", "Say in a few words what the interest is.")]
    [TestCase("JobAndMoney", "LONG", "NotVote", "Use 300 characters or fewer.")]
    [TestCase("Bribes", "My job", "NotVote", "Choose what kind of interest it is.")]
    [TestCase("2", "My job", "NotVote", "Choose what kind of interest it is.")]
    [TestCase("JobAndMoney", "My job", "Shout", "Choose what you will do for this item.")]
    public async Task BadInput_SaysWhatIsWrong_AndChangesNothing(string kind, string description, string action, string message)
    {
        var before = await CountAsync("declarations");
        var response = await BoardAppFactory.PostFormAsync(_clients["carer"], Page, Form(kind, description == "LONG" ? new string('x', 301) : description, action));
        await AssertShowsAsync(response, message);
        Assert.That(await CountAsync("declarations"), Is.EqualTo(before));
    }

    [Test]
    public async Task ForgedItemOfAnotherBoard_IsRefused_AndChangesNothing()
    {
        var before = await CountAsync("declarations");
        var response = await BoardAppFactory.PostFormAsync(_clients["carer"], Page, Form(item: Ids.HillsideItem));
        await AssertShowsAsync(response, "Choose an item on this meeting&#x27;s agenda.");
        Assert.That(await CountAsync("declarations"), Is.EqualTo(before));
    }

    [Test]
    public async Task ItemOfAClosedMeeting_IsRefused_AndChangesNothing()
    {
        var closed = await ScalarAsync<long>("SELECT MIN(id) FROM meetings WHERE board_id = @Riverside AND state = 'Closed'", Ids);
        var closedItem = await ScalarAsync<long>("SELECT MIN(id) FROM agenda_items WHERE meeting_id = @closed AND state = 'Accepted'", new { closed });
        var before = await CountAsync("declarations");
        var response = await BoardAppFactory.PostFormAsync(_clients["carer"], $"/boards/{Ids.Riverside}/meetings/{closed}/interests", Form(item: closedItem));
        await AssertShowsAsync(response, "This meeting has finished");
        Assert.That(await CountAsync("declarations"), Is.EqualTo(before));
    }

    [Test]
    public async Task NonMember_IsToldOnlyMembersDeclare_AndChangesNothing()
    {
        var before = await CountAsync("declarations");
        var response = await BoardAppFactory.PostFormAsync(_clients["coordinator"], Page, Form());
        await AssertShowsAsync(response, "Only members of the board declare interests.");
        Assert.That(await CountAsync("declarations"), Is.EqualTo(before));
    }

    [Test]
    public async Task OtherBoardsCoordinator_GetsNotFound()
    {
        var response = await _clients["hillside"].GetAsync($"/boards/{Ids.Hillside}/meetings/{_meetingId}/interests");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Supporter_DeclaresForTheirRep_ButNotForSomeoneElse()
    {
        var carer = await ScalarAsync<long>("SELECT person_id FROM accounts WHERE user_name = 'carer@riverside.example'");
        var supporter = await ScalarAsync<long>("SELECT person_id FROM accounts WHERE user_name = 'supporter@riverside.example'");
        var before = await CountAsync("declarations");
        var refused = await BoardAppFactory.PostFormAsync(_clients["supporter"], Page, new Dictionary<string, string>(Form(action: "StayAndSpeak")) { ["Input.PersonId"] = carer.ToString() });
        await AssertShowsAsync(refused, "You can only declare an interest for yourself, or for a Rep you support.");
        Assert.That(await CountAsync("declarations"), Is.EqualTo(before));

        // "Not vote": the fixture's other tests may have left the Rep a declaration giving up the vote, which only the
        // coordinator can undo, so this one gives it up too.
        var done = await BoardAppFactory.PostFormAsync(_clients["supporter"], Page, new Dictionary<string, string>(Form(action: "NotVote")) { ["Input.PersonId"] = Ids.RiversideRep.ToString() });
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await ScalarAsync<long>("SELECT recorded_by FROM declarations WHERE agenda_item_id = @_itemId AND person_id = @RiversideRep", new { _itemId, Ids.RiversideRep }),
            Is.EqualTo(supporter));
    }

    [Test]
    public async Task Partner_IsAMember_AndCanDeclare()
    {
        var response = await BoardAppFactory.PostFormAsync(_clients["partner"], Page, Form(kind: "Groups", action: "StayAndSpeak"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task Coordinator_RecordsOneSaidInTheRoom_AndSeesTheList()
    {
        var carer = await ScalarAsync<long>("SELECT person_id FROM accounts WHERE user_name = 'carer@riverside.example'");
        var path = $"/boards/{Ids.Riverside}/manage/meetings/{_meetingId}/declarations";
        var bad = await BoardAppFactory.PostFormAsync(_clients["coordinator"], path, new Dictionary<string, string>(Form()) { ["Input.PersonId"] = Ids.HillsidePerson.ToString() });
        await AssertShowsAsync(bad, "Choose a member of the board.");

        var response = await BoardAppFactory.PostFormAsync(_clients["coordinator"], path,
            new Dictionary<string, string>(Form(kind: "FamilyAndFriends", description: "Her son goes to the day centre.")) { ["Input.PersonId"] = carer.ToString() });
        var page = await _clients["coordinator"].GetStringAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(await ScalarAsync<bool>("SELECT in_room FROM declarations WHERE agenda_item_id = @_itemId AND person_id = @carer", new { _itemId, carer }), Is.True);
            Assert.That(page, Does.Contain("Her son goes to the day centre.").And.Contain("(said in the room)"));
        }
    }

    [Test]
    public async Task Register_MemberAddsAndChecks_SupporterHelpsTheirRep_OthersCannot()
    {
        var register = $"/boards/{Ids.Riverside}/interests";
        var tooLong = await BoardAppFactory.PostFormAsync(_clients["carer"], register,
            new Dictionary<string, string> { ["Input.Kind"] = "Groups", ["Input.Description"] = new string('x', 301) }, handler: "Add");
        await AssertShowsAsync(tooLong, "Use 300 characters or fewer.");
        var badDate = await BoardAppFactory.PostFormAsync(_clients["carer"], register,
            new Dictionary<string, string> { ["Input.Kind"] = "Groups", ["Input.Description"] = "Chair of Carers Together", ["Input.From"] = "last spring" }, handler: "Add");
        await AssertShowsAsync(badDate, "Enter the date like 2026-04-01, or leave it empty.");
        Assert.That(await CountAsync("interests"), Is.Zero);

        var added = await BoardAppFactory.PostFormAsync(_clients["carer"], register,
            new Dictionary<string, string> { ["Input.Kind"] = "Groups", ["Input.Description"] = "Chair of Carers Together", ["Input.From"] = "2025-04-01" }, handler: "Add");
        var checkedIt = await BoardAppFactory.PostFormAsync(_clients["carer"], register, new Dictionary<string, string>(), handler: "Reviewed");
        var forRep = await PostForAsync(_clients["supporter"], register, Ids.RiversideRep,
            new Dictionary<string, string> { ["Input.Kind"] = "JobAndMoney", ["Input.Description"] = "I work at the café on Mill Street" });
        var carer = await ScalarAsync<long>("SELECT person_id FROM accounts WHERE user_name = 'carer@riverside.example'");
        var forged = await PostForAsync(_clients["supporter"], register, carer,
            new Dictionary<string, string> { ["Input.Kind"] = "Other", ["Input.Description"] = "Forged" });
        var board = await _clients["coordinator"].GetStringAsync($"/boards/{Ids.Riverside}/manage/interests");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(checkedIt.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(forRep.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM interests WHERE description = 'Forged'"), Is.Zero);
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM interests WHERE person_id = @RiversideRep", Ids), Is.EqualTo(1));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM interest_reviews WHERE person_id = @carer", new { carer }), Is.EqualTo(1));
            Assert.That(board, Does.Contain("Chair of Carers Together").And.Contain("Mill Street"));
        }
    }

    /// <summary>Adds to someone else's register (?person=), as the page's own form does.</summary>
    private static async Task<HttpResponseMessage> PostForAsync(HttpClient client, string register, long person, Dictionary<string, string> fields)
    {
        var token = await BoardAppFactory.AntiforgeryTokenAsync(client, $"{register}?person={person}");
        return await client.PostAsync($"{register}?handler=Add&person={person}",
            new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
    }
}

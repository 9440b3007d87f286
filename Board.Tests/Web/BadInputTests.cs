using System.Net;

namespace Board.Tests.Web;

/// <summary>Bad input gets a clear message in plain words and changes nothing.</summary>
[TestFixture]
public sealed class BadInputTests : BoardWebTest
{
    private HttpClient _coordinator = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _coordinator.Dispose();
    }

    [TestCase("", "Enter the person&#x27;s name")]
    [TestCase("   ", "Enter the person&#x27;s name")]
    public async Task AddPerson_WithEmptyName_SaysSoAndAddsNobody(string name, string message)
    {
        var before = await CountAsync("people");
        var response = await PostAsync($"/boards/{Ids.Riverside}/manage/people/new", new() { ["Input.Name"] = name, ["Input.Role"] = "Rep" });
        await AssertShowsAsync(response, message);
        Assert.That(await CountAsync("people"), Is.EqualTo(before));
    }

    [Test]
    public async Task AddPerson_WithOverLongNameAndBadEmail_SaysBothAndAddsNobody()
    {
        var before = await CountAsync("people");
        var response = await PostAsync($"/boards/{Ids.Riverside}/manage/people/new",
            new() { ["Input.Name"] = new string('x', 101), ["Input.Role"] = "Rep", ["Input.Email"] = "not an email" });
        var html = await AssertShowsAsync(response, "The name must be 100 characters or fewer");
        Assert.That(html, Does.Contain("Enter an email address in the right format"));
        Assert.That(await CountAsync("people"), Is.EqualTo(before));
    }

    [Test]
    public async Task AddPerson_AsAdministrator_IsNotAChoice()
    {
        var before = await CountAsync("people");
        var response = await PostAsync($"/boards/{Ids.Riverside}/manage/people/new", new() { ["Input.Name"] = "Sneaky", ["Input.Role"] = "Admin" });
        // Admin is not among the choices; the form refuses it rather than making a platform administrator.
        await AssertShowsAsync(response, "Choose what the person does on the board");
        Assert.That(await CountAsync("people"), Is.EqualTo(before));
    }

    [Test]
    public async Task EditPerson_FromAnotherBoard_IsNotFoundAndUnchanged()
    {
        var nameBefore = await ScalarAsync<string>("SELECT name FROM people WHERE id = @id", new { id = Ids.HillsidePerson });
        var response = await PostAsync($"/boards/{Ids.Riverside}/manage/people/{Ids.HillsidePerson}/edit",
            new() { ["Input.Name"] = "Changed", ["Input.Role"] = "Rep" }, tokenFrom: $"/boards/{Ids.Riverside}/manage/people/new");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ScalarAsync<string>("SELECT name FROM people WHERE id = @id", new { id = Ids.HillsidePerson }), Is.EqualTo(nameBefore));
    }

    [Test]
    public async Task EditPerson_RepWithASeat_CannotBecomeAPartner()
    {
        var path = $"/boards/{Ids.Riverside}/manage/people/{Ids.RiversideRep}/edit";
        var response = await PostAsync(path, new() { ["Input.Name"] = "Still A Rep", ["Input.Role"] = "Partner" });
        await AssertShowsAsync(response, "which only a Rep can hold. End that membership first.");
        Assert.That(await ScalarAsync<string>("SELECT role FROM people WHERE id = @id", new { id = Ids.RiversideRep }), Is.EqualTo("Rep"));
    }

    [Test]
    public async Task EditMembership_UnknownId_IsNotFound()
    {
        var response = await _coordinator.GetAsync($"/boards/{Ids.Riverside}/manage/memberships/999999/edit");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Page not found"));
    }

    [Test]
    public async Task AddMembership_TermEndingBeforeItStarts_SaysSoAndAddsNothing()
    {
        var before = await CountAsync("memberships");
        var response = await PostAsync($"/boards/{Ids.Riverside}/manage/memberships/new", new()
        {
            ["Input.PersonId"] = Ids.RiversidePerson.ToString(),
            ["Input.SeatCode"] = "partner",
            ["Input.TermFrom"] = "2030-01-01",
            ["Input.TermTo"] = "2029-01-01",
        });
        await AssertShowsAsync(response, "The end of the term must be on or after the start");
        Assert.That(await CountAsync("memberships"), Is.EqualTo(before));
    }

    [Test]
    public async Task AddMembership_DuplicateForTheSameDates_SaysSoAndAddsNothing()
    {
        var before = await CountAsync("memberships");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var response = await PostAsync($"/boards/{Ids.Riverside}/manage/memberships/new", new()
        {
            ["Input.PersonId"] = Ids.RiversidePerson.ToString(),
            ["Input.SeatCode"] = "carer",
            ["Input.TermFrom"] = today,
        });
        await AssertShowsAsync(response, "already has a seat on this board for some of these dates");
        Assert.That(await CountAsync("memberships"), Is.EqualTo(before));
    }

    [Test]
    public async Task AddMembership_NotARealDate_SaysSoInPlainWords()
    {
        var before = await CountAsync("memberships");
        var response = await PostAsync($"/boards/{Ids.Riverside}/manage/memberships/new", new()
        {
            ["Input.PersonId"] = Ids.RiversidePerson.ToString(),
            ["Input.SeatCode"] = "partner",
            ["Input.TermFrom"] = "31 February",
        });
        await AssertShowsAsync(response, "The start of the term must be a real date");
        Assert.That(await CountAsync("memberships"), Is.EqualTo(before));
    }

    [Test]
    public async Task AddMembership_ForAPersonOnAnotherBoard_IsRefused()
    {
        var before = await CountAsync("memberships");
        var response = await PostAsync($"/boards/{Ids.Riverside}/manage/memberships/new", new()
        {
            ["Input.PersonId"] = Ids.HillsidePerson.ToString(),
            ["Input.SeatCode"] = "partner",
            ["Input.TermFrom"] = "2026-01-01",
        });
        await AssertShowsAsync(response, "Choose a person from this board");
        Assert.That(await CountAsync("memberships"), Is.EqualTo(before));
    }

    [Test]
    public async Task AddGroup_DuplicateName_SaysSoAndAddsNothing()
    {
        var before = await CountAsync("self_advocacy_groups");
        var response = await PostAsync($"/boards/{Ids.Riverside}/manage/groups", new() { ["Input.Name"] = "speak up north" });
        await AssertShowsAsync(response, "There is already a group with this name on the board");
        Assert.That(await CountAsync("self_advocacy_groups"), Is.EqualTo(before));
    }

    [Test]
    public async Task Constitution_QuorumNeedingMoreRepsThanSeats_SaysSoAndChangesNothing()
    {
        var before = await ScalarAsync<long>("SELECT quorum_min_reps_present FROM constitutions WHERE board_id = @id", new { id = Ids.Riverside });
        var response = await PostAsync($"/boards/{Ids.Riverside}/manage/constitution", new()
        {
            ["Input.MinimumVotingMembersPresent"] = "8",
            ["Input.MinimumRepsPresent"] = "40",
            ["Input.Majority"] = "SimpleMajorityOfVotesCast",
            ["Input.Tie"] = "CoChairCastingVote",
            ["Input.CastingVoteSeatCode"] = "rep",
        });
        await AssertShowsAsync(response, "The quorum cannot need more Reps than the 10 Rep seats that vote");
        Assert.That(await ScalarAsync<long>("SELECT quorum_min_reps_present FROM constitutions WHERE board_id = @id", new { id = Ids.Riverside }), Is.EqualTo(before));
    }

    [Test]
    public async Task Constitution_WordsInANumberBox_SaysSoInPlainWordsAndChangesNothing()
    {
        var before = await ScalarAsync<long>("SELECT quorum_min_voting_present FROM constitutions WHERE board_id = @id", new { id = Ids.Riverside });
        var response = await PostAsync($"/boards/{Ids.Riverside}/manage/constitution", new()
        {
            ["Input.MinimumVotingMembersPresent"] = "eight",
            ["Input.MinimumRepsPresent"] = "3",
            ["Input.Majority"] = "SimpleMajorityOfVotesCast",
            ["Input.Tie"] = "CoChairCastingVote",
            ["Input.CastingVoteSeatCode"] = "rep",
        });
        var html = await AssertShowsAsync(response, "Enter a whole number, like 3, or choose from the list");
        Assert.That(html, Does.Not.Contain("is not valid for"));
        Assert.That(await ScalarAsync<long>("SELECT quorum_min_voting_present FROM constitutions WHERE board_id = @id", new { id = Ids.Riverside }), Is.EqualTo(before));
    }

    [Test]
    public async Task SupporterLink_ToARepOnAnotherBoard_IsRefused()
    {
        var before = await CountAsync("supporter_links");
        var supporter = await ScalarAsync<long>("SELECT id FROM people WHERE board_id = @id AND role = 'Supporter' LIMIT 1", new { id = Ids.Riverside });
        var response = await PostAsync($"/boards/{Ids.Riverside}/manage/supporters",
            new() { ["Input.SupporterId"] = supporter.ToString(), ["Input.RepId"] = Ids.HillsidePerson.ToString() }, handler: "Add");
        await AssertShowsAsync(response, "Choose a Rep from this board");
        Assert.That(await CountAsync("supporter_links"), Is.EqualTo(before));
    }

    private async Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> fields, string? handler = null, string? tokenFrom = null)
    {
        var token = await BoardAppFactory.AntiforgeryTokenAsync(_coordinator, tokenFrom ?? path);
        fields["__RequestVerificationToken"] = token;
        return await _coordinator.PostAsync(handler is null ? path : $"{path}?handler={handler}", new FormUrlEncodedContent(fields));
    }



}

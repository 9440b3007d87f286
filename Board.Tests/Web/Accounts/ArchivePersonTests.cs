using System.Net;

namespace Board.Tests.Web.Accounts;

/// <summary>Archiving a person keeps what they did and ends every way they had of signing in.</summary>
[TestFixture]
public sealed class ArchivePersonTests : BoardWebTest
{
    [Test]
    public async Task Archive_WithoutTheTick_ChangesNothing()
    {
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        var personId = Ids.RiversidePerson;

        var response = await BoardAppFactory.PostFormAsync(coordinator, $"/boards/{Ids.Riverside}/manage/people/{personId}/archive", new Dictionary<string, string>());

        await AssertShowsAsync(response, "Tick the box");
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM people WHERE id = @personId AND archived_at IS NULL", new { personId }), Is.EqualTo(1));
    }

    [Test]
    public async Task Archive_EndsSessionsPasswordCardAndSeats_KeepsTheRecord()
    {
        using var rep = await Factory.SignedInClientAsync("rep@riverside.example");
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        var repId = Ids.RiversideRep;
        Assert.That((await rep.GetAsync("/me/profile")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var response = await BoardAppFactory.PostFormAsync(coordinator, $"/boards/{Ids.Riverside}/manage/people/{repId}/archive",
            new Dictionary<string, string> { ["Confirm"] = "true" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await rep.GetAsync("/me/profile")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "signed out at once");
        Assert.That((await ProductionAppFactory.SignInAsync(Factory.NewClient(), "rep@riverside.example", BoardAppFactory.Password)).StatusCode,
            Is.EqualTo(HttpStatusCode.OK), "the password no longer signs in");
        var cardPage = await Factory.NewClient().GetAsync($"/card/{Board.Web.Demo.DemoSeeder.DemoCardToken()}");
        Assert.That(cardPage.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the card is stopped");
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM people WHERE id = @repId", new { repId }), Is.EqualTo(1), "the record stays");
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM memberships WHERE person_id = @repId AND (term_to IS NULL OR term_to >= @today)",
            new { repId, today = DateOnly.FromDateTime(DateTime.UtcNow) }),
            Is.Zero, "their seats have ended");
        Assert.That(await Factory.NewClient().GetStringAsync($"/boards/{Ids.Riverside}/meetings"), Is.Not.Empty);
    }
}

using System.Net;
using Dapper;

namespace Board.Tests.Web;

/// <summary>A coordinator's change to a person takes effect on their very next request, not when the cookie expires.</summary>
[TestFixture]
public sealed class SessionCheckTests
{
    private BoardAppFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new BoardAppFactory();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task Coordinator_WhoseRoleIsChanged_LosesTheManagementPagesAtOnce()
    {
        var ids = await DemoIds.LoadAsync(_factory.Database);
        using var coordinator = await _factory.SignedInClientAsync("coordinator@riverside.example");
        var manage = $"/boards/{ids.Riverside}/manage";
        Assert.That((await coordinator.GetAsync(manage)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await using (var connection = await _factory.Database.OpenAsync())
            await connection.ExecuteAsync("UPDATE people SET role = 'Partner' WHERE id = (SELECT person_id FROM accounts WHERE user_name = 'coordinator@riverside.example')");

        var after = await coordinator.GetAsync(manage);
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(after.Headers.Location!.ToString(), Does.Contain("/sign-in"));
    }

    [Test]
    public async Task Member_StillOnTheBoard_StaysSignedIn()
    {
        using var carer = await _factory.SignedInClientAsync("carer@riverside.example");
        Assert.That((await carer.GetAsync("/me/profile")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await carer.GetAsync("/me/profile")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}

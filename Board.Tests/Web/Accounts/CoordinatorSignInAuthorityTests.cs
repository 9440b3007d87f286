using Board.Core.Accounts;
using Board.Core.Composition;
using Board.Data.Accounts;
using Board.Data.People;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Accounts;

/// <summary>
/// A coordinator cannot change how a coordinator or an administrator signs in: no card, no link, no archive. Otherwise
/// one coordinator could point a colleague's email at their own address, send a reset link and take the account over.
/// </summary>
[TestFixture]
public sealed class CoordinatorSignInAuthorityTests : BoardWebTest
{
    [TestCase("sign-in?handler=IssueCard")]
    [TestCase("sign-in?handler=RevokeCard")]
    [TestCase("sign-in?handler=SendLink")]
    [TestCase("archive")]
    public async Task Coordinator_OnTheAdministratorsSignIn_IsRefusedAndNothingChanges(string action)
    {
        var adminId = await SecondCoordinatorAsync();
        var before = await StateOfAsync(adminId);
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");

        var response = await BoardAppFactory.PostFormAsync(coordinator, $"/boards/{Ids.Riverside}/manage/people/{adminId}/{action}",
            new Dictionary<string, string> { ["Confirm"] = "true" });

        await AssertShowsAsync(response, SignInAuthority.OnlyTheAdministrator.Replace("'", "&#x27;", StringComparison.Ordinal));
        Assert.That(await StateOfAsync(adminId), Is.EqualTo(before));
    }

    [Test]
    public async Task Coordinator_SignInPage_OfAnotherCoordinator_OffersNoControls()
    {
        var adminId = await SecondCoordinatorAsync();
        using var coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");

        var page = await coordinator.GetStringAsync($"/boards/{Ids.Riverside}/manage/people/{adminId}/sign-in");

        Assert.That(page, Does.Not.Contain("Make a card").And.Not.Contain("Email them"));
    }

    /// <summary>A second coordinator of Riverside, with a password and a card (so there is something to take over).</summary>
    private async Task<long> SecondCoordinatorAsync()
    {
        var services = Factory.Services;
        var email = $"casey.{Guid.NewGuid():N}@riverside.example";
        var personId = await services.GetRequiredService<PersonStore>().CreateAsync(Ids.Riverside, "Casey Colleague", Role.Coordinator,
            "Riverside Council", email, DateTimeOffset.UtcNow);
        await services.GetRequiredService<AccountStore>().SetPasswordAsync(personId, email, "not-a-real-hash");
        await services.GetRequiredService<SignInCardStore>().IssueAsync(personId, "CARD-HASH-" + personId, DateTimeOffset.UtcNow);
        return personId;
    }

    private Task<string> StateOfAsync(long personId) => ScalarAsync<string>(
        """
        SELECT (SELECT COUNT(*) FROM sign_in_cards WHERE person_id = @personId AND revoked_at IS NULL) || '/' ||
               (SELECT COUNT(*) FROM sign_in_cards WHERE person_id = @personId) || '/' ||
               (SELECT COUNT(*) FROM account_links WHERE person_id = @personId) || '/' ||
               (SELECT COUNT(*) FROM accounts WHERE person_id = @personId) || '/' ||
               (SELECT COUNT(*) FROM people WHERE id = @personId AND archived_at IS NULL)
        """, new { personId });
}

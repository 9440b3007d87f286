using System.Net;

namespace Board.Tests.Web;

/// <summary>"Tell me when a vote opens" is a choice of its own on the profile, no longer tied to "Read it aloud".</summary>
[TestFixture]
public sealed class VoteAlertSettingTests : BoardWebTest
{
    [TestCase(true, false)]
    [TestCase(false, true)]
    public async Task TheVoteAlert_FollowsItsOwnChoice_NotReadAloud(bool alert, bool readAloud)
    {
        using var carer = await Factory.SignedInClientAsync("carer@riverside.example");
        var fields = new Dictionary<string, string>();
        if (alert)
            fields["Input.VoteAlert"] = "true";
        if (readAloud)
            fields["Input.ReadAloud"] = "true";

        var saved = await BoardAppFactory.PostFormAsync(carer, "/me/profile", fields);
        var home = await carer.GetStringAsync("/me/board");

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(home, Does.Contain($"data-sound=\"{(alert ? "true" : "false")}\""));
        Assert.That(home, Does.Contain($"data-read-aloud=\"{(readAloud ? "true" : "false")}\""));
        Assert.That(await ScalarAsync<long>("SELECT vote_alert FROM people WHERE id = (SELECT person_id FROM accounts WHERE user_name = 'carer@riverside.example')"),
            Is.EqualTo(alert ? 1 : 0));
    }

    [Test]
    public async Task TheProfilePage_OffersTheChoice()
    {
        using var carer = await Factory.SignedInClientAsync("carer@riverside.example");

        Assert.That(await carer.GetStringAsync("/me/profile"), Does.Contain("Tell me when a vote opens"));
    }
}

using System.Net;
using Board.Web.Jobs;
using Board.Web.Operations;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.ScaleOut;

/// <summary>
/// Two app servers over one PostgreSQL and one Redis, with no demo boards: one schedule of jobs for both, both ready,
/// and the data-protection keys shared through the database (a form token made by A is read by B).
/// </summary>
[TestFixture]
[Category("ScaleOut")]
[NonParallelizable]
public sealed class TwoServerJobsTests
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(10);
    private ScaleOutSite _site = null!;

    [OneTimeSetUp]
    public async Task StartServers() => _site = await ScaleOutSite.StartAsync(seed: false);

    [OneTimeTearDown]
    public async Task StopServers() => await _site.DisposeAsync();

    [Test]
    public async Task BothServersRun_TheRecurringJobsAreScheduledOnce_AndBothAreReady()
    {
        var storage = _site.A.Services.GetRequiredService<JobStorage>();
        var deadline = DateTime.UtcNow + Soon;
        while (HealthEndpoints.RunningJobServers(storage) < 2 && DateTime.UtcNow < deadline)
            await Task.Delay(100);

        using var connection = storage.GetConnection();
        var recurring = connection.GetRecurringJobs().Select(job => job.Id).ToList();
        var scheduleRows = await _site.ScalarAsync<long>(
            $"SELECT COUNT(*) FROM {JobsServiceCollectionExtensions.HangfireSchema}.set WHERE key = 'recurring-jobs'");
        using var onA = _site.A.NewClient();
        using var onB = _site.B.NewClient();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(HealthEndpoints.RunningJobServers(storage), Is.EqualTo(2), "two job servers share one schedule");
            Assert.That(recurring, Is.EquivalentTo(new[] { "reminders", "plan-reminders", "interest-reminders", "claim-reminders", "render-missing-documents", "sweep-staged-files" }));
            Assert.That(scheduleRows, Is.EqualTo(recurring.Count), "each recurring job once, not once per server");
            Assert.That((await onA.GetAsync(HealthEndpoints.ReadyPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await onB.GetAsync(HealthEndpoints.ReadyPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task AFormTokenMadeByServerA_IsReadByServerB()
    {
        using var onA = _site.A.NewClient();
        var anonymous = await RoleSession.AnonymousAsync(onA);
        using var onB = _site.B.NewClient();

        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = "nobody@example.org",
                ["Input.Password"] = "not-a-password",
                ["__RequestVerificationToken"] = anonymous.Token,
            }),
        };
        signIn.Headers.Add("Cookie", anonymous.CookieHeader);
        var response = await onB.SendAsync(signIn);
        var keys = await _site.ScalarAsync<long>("SELECT COUNT(*) FROM data_protection_keys");

        using (Assert.EnterMultipleScope())
        {
            // 400 would mean B could not read A's antiforgery cookie; the page with "wrong password" means it could.
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(keys, Is.EqualTo(1), "one key, made by the first server and read by the second");
        }
    }
}

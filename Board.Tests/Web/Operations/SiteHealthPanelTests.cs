using System.Net;
using Board.Data.Database;
using Board.Web.Jobs;
using Board.Web.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Board.Tests.Web.Operations;

/// <summary>The site health panel on /admin: what it shows when all is well, when things go wrong, and to whom.</summary>
[TestFixture]
public sealed class SiteHealthPanelTests
{
    private const long Gb = 1L << 30;

    [Test]
    [Category(TestEngine.SqliteOnly)] // it makes a backup first: the app backs up SQLite only
    public async Task AllWell_ShowsTheDatabaseVersionJobsLastBackupEmailDiskAndVersion()
    {
        using var app = new BoardAppFactory();
        app.ExtraServices.Add(services => services.Replace(ServiceDescriptor.Singleton<IDiskSpace>(new FixedDisk(40 * Gb, 100 * Gb))));
        using var admin = await app.SignedInClientAsync("admin@riverside.example");
        var backup = app.Services.GetRequiredService<BackupMaker>().Make();
        var script = Migrator.NewestApplied(app.Database)!.Replace("db.", "").Replace(".sql", "");

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("Everything is working."));
            Assert.That(html, Does.Contain("Yes: it can be read and is up to date"));
            Assert.That(html, Does.Contain($"{int.Parse(script[..4], System.Globalization.CultureInfo.InvariantCulture)} ({script})"));
            Assert.That(html, Does.Match(@"Job servers running</dt>\s*<dd[^>]*>1<"));
            Assert.That(html, Does.Contain($"UTC, in {backup}"));
            Assert.That(html, Does.Contain("Off: messages go to the in-app inbox only"));
            Assert.That(html, Does.Contain("40.0 GB free of 100.0 GB"));
            Assert.That(html, Does.Match(@"App version</dt>\s*<dd[^>]*>\d+\.\d+\.\d+"));
        }
    }

    [Test]
    public async Task Trouble_NoBackupAFailedEmailAndAFullDisk_AreSaidPlainly()
    {
        using var app = new BoardAppFactory();
        app.ExtraServices.Add(services => services.Replace(ServiceDescriptor.Singleton<IDiskSpace>(new FixedDisk(Gb / 2, 100 * Gb))));
        using var admin = await app.SignedInClientAsync("admin@riverside.example");
        app.Services.GetRequiredService<EmailStatus>().Failed(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero), "Connection refused");

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("3 things need looking at:"));
            Assert.That(html, Does.Contain("Backups: no backup has been made yet."));
            Assert.That(html, Does.Contain("Email: the last try to send failed on 1 December 2026 at 09:30 UTC."));
            Assert.That(html, Does.Contain("Disk space: only 512 MB is free where the data is kept."));
            Assert.That(html, Does.Contain("1 December 2026 at 09:30 UTC: Connection refused"));
            Assert.That(html, Does.Contain("512 MB free of 100.0 GB: running out"));
        }
    }

    [Test]
    public async Task AFailedEmail_FollowedByASuccessfulSend_IsNoLongerAProblem_AndTheLastSendIsShown()
    {
        using var app = new BoardAppFactory();
        using var admin = await app.SignedInClientAsync("admin@riverside.example");
        var status = app.Services.GetRequiredService<EmailStatus>();
        status.Failed(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero), "Connection refused");
        status.Sent(new DateTimeOffset(2026, 12, 1, 9, 31, 0, TimeSpan.Zero));

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Not.Contain("Email: the last try to send failed"));
            Assert.That(html, Does.Match(@"Last message sent</dt>\s*<dd[^>]*>1 December 2026 at 09:31 UTC<"));
            Assert.That(html, Does.Contain("1 December 2026 at 09:30 UTC: Connection refused"), "the failure is still shown, as history");
        }
    }

    [Test]
    public void EmailStatus_FailingIsWhetherTheLastThingThatHappenedWasAFailure()
    {
        var status = new EmailStatus();
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        Assert.That(status.Failing, Is.False);
        status.Failed(at, "down");
        Assert.That(status.Failing, Is.True);
        status.Sent(at.AddMinutes(1));
        Assert.That((status.Failing, status.LastSentAt, status.LastFailure?.Reason), Is.EqualTo((false, (DateTimeOffset?)at.AddMinutes(1), "down")));
        status.Failed(at.AddMinutes(2), "down again");
        Assert.That(status.Failing, Is.True);
    }

    [TestCase("coordinator@riverside.example")]
    [TestCase("rep@riverside.example")]
    public async Task OnlyTheAdministrator_SeesIt(string user)
    {
        using var app = new BoardAppFactory();
        using var client = await app.SignedInClientAsync(user);

        var response = await client.GetAsync("/admin");

        Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("Site health"));
    }

    private sealed class FixedDisk(long free, long total) : IDiskSpace
    {
        public (long Free, long Total)? Measure(string folder) => (free, total);
    }
}
